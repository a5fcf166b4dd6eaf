"""Glyphs a row drawn too short prints past its bottom rule, put back above it (tables without a grid).

A renderer draws a cell's text in one run, line under line. A repeated header row squeezed by the page
(LibreOffice draws it shorter than its text) prints its last line under the rule that closes it, over
the row below ("мероприят|ия" over the column numbers "1 2 3"). Read by height, those glyphs join the
row below. A short run drawn right after the line above it, one line pitch lower, within that line's
width, with a ruled boundary between them, is that cell's last line: it goes back to the end of the
line above (no wider: a glyph drawn without width), where a reader finds it in its own cell, a word
the line cut closed and one the line wrapped at a space after that space.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from parsers.pdf.linejoin import LIST_NUMBER
from parsers.settings import current as tolerances

_SAME_LINE = 1.0  # points: glyphs drawn one after another this close in height are one printed line


def lift_overflow(chars: list[dict], rules: list[dict]) -> list[dict]:
    """`chars` in drawing order, runs printed past a horizontal rule under their cell moved back up."""
    runs = _runs(chars)
    heights = _Heights(chars)
    moved: dict[int, dict] = {}
    for above, run, after in zip(runs, runs[1:], runs[2:] + [[]], strict=False):
        rule = _overflown(chars, heights, above, run, after, rules)
        if rule is None:
            continue
        last = chars[run[0] - 1]  # the line's last glyph drawn, the space it wrapped at if any
        # a line drawn over the body's text was no word's end the renderer squeezed (those are short):
        # it is a word of its own, a space's width after the line above
        spaced = _overprinted(chars, heights, above, run) and not last["text"].isspace()
        space = 0.3 * (last["bottom"] - last["top"]) if spaced else 0.0
        for n, k in enumerate(run):
            x = last["x1"] + space + 0.01 * (n + 1)
            moved[k] = {**chars[k], "top": last["top"], "bottom": last["bottom"], "x0": x, "x1": x,
                        "doctop": chars[k].get("doctop", chars[k]["top"]) - (chars[k]["top"] - last["top"])}
    return [moved.get(k, ch) for k, ch in enumerate(chars)] if moved else chars


def _runs(chars: list[dict]) -> list[list[int]]:
    """Visible glyphs grouped into printed lines of one cell in drawing order (indices into `chars`):
    a gap wider than a line is high parts two cells' lines."""
    runs: list[list[int]] = []
    for k, ch in enumerate(chars):
        if ch["text"].isspace():
            continue
        prev = chars[runs[-1][-1]] if runs else None
        if prev is not None and abs(prev["top"] - ch["top"]) <= _SAME_LINE \
                and 0 <= ch["x0"] - prev["x0"] and ch["x0"] - prev["x1"] <= prev["bottom"] - prev["top"]:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


class _Heights:
    """The visible glyphs sorted by height: those near a line's height are found without a pass over
    the page's every glyph for each line (that pass was a seventh of reading a generated layout)."""

    def __init__(self, chars: list[dict]):
        visible = sorted((ch["top"], k) for k, ch in enumerate(chars) if not ch["text"].isspace())
        self.tops = [top for top, _ in visible]
        self.keys = [k for _, k in visible]

    def near(self, top: float) -> list[int]:
        """Indices of the visible glyphs within twice the same-line tolerance of `top`, in no particular
        order (the callers only ask whether any qualifies): a superset of those on its printed line,
        which the callers' own test then picks."""
        low, high = bisect_left(self.tops, top - 2 * _SAME_LINE), bisect_right(self.tops, top + 2 * _SAME_LINE)
        return self.keys[low:high]


def _overflown(chars: list[dict], heights: _Heights, above: list[int], run: list[int], after: list[int],
               rules: list[dict]) -> float | None:
    """The height of the rule `run` was printed past, when it is the overflowing last line of `above`'s cell."""
    if _overprinted(chars, heights, above, run):
        return chars[run[0]]["top"]
    if len(run) > tolerances().stray_glyphs or len(above) <= len(run):
        return None
    if LIST_NUMBER.match("".join(chars[k]["text"] for k in run)):
        return None  # an item's number ("5.") alone on its line opens the row below the rule; a header spills words
    a_top, a_bottom = chars[above[0]]["top"], max(chars[k]["bottom"] for k in above)
    r_top, r_bottom = chars[run[0]]["top"], max(chars[k]["bottom"] for k in run)
    height = a_bottom - a_top
    if not 0 < r_top - a_top <= 2 * height:
        return None  # not the next line down
    a_x0, a_x1 = chars[above[0]]["x0"], chars[above[-1]]["x1"]
    r_x0, r_x1 = chars[run[0]]["x0"], chars[run[-1]]["x1"]
    if r_x0 < a_x0 - 1 or r_x1 > a_x1 + 1:
        return None  # a cell's lines stand within its column
    mixed = _other_face_beside(chars, heights, run, r_top)
    if after and abs(chars[after[0]]["top"] - r_top) <= _SAME_LINE and not mixed:
        return None  # the next cell drawn goes on at its height: the first line of the row below
    middle = (r_top + r_bottom) / 2
    for rule in rules:
        if a_bottom - 1 <= rule["top"] < middle and rule["x0"] <= r_x0 and r_x1 <= rule["x1"]:
            return rule["top"]
    return r_top if mixed else None  # no rule under it: the row below's text shares its line


def _other_face_beside(chars: list[dict], heights: _Heights, run: list[int], top: float) -> bool:
    """Glyphs of another face share the run's printed line: a header's last line (bold) that a row
    drawn too short printed down among the body's first line, even over its text; no rule need part
    them. A cell's own short last line shares its line with its row's cells, in its face."""
    face = chars[run[0]].get("fontname")
    mine = set(run)
    return any(k not in mine and abs(chars[k]["top"] - top) <= _SAME_LINE and chars[k].get("fontname") != face
               for k in heights.near(top))


def _overprinted(chars: list[dict], heights: _Heights, above: list[int], run: list[int]) -> bool:
    """A header's line the row drawn too short printed down among the body's first line, in another
    face: right over the body's text (no cell prints over another's), or beside it while only the
    header's face stands above (the header atop the page). Its words are centred under the line
    above, whatever the run's length."""
    first, last = chars[run[0]], chars[run[-1]]
    top, face = first["top"], first.get("fontname")
    a_first, a_last = chars[above[0]], chars[above[-1]]
    height = max(chars[k]["bottom"] for k in above) - a_first["top"]
    if a_first.get("fontname") != face or not 0 < top - a_first["top"] <= 2 * height:
        return False
    if first["x0"] >= a_last["x1"] or last["x1"] <= a_first["x0"]:
        return False  # not under the line above: no line of its cell
    mine = set(run)
    beside = [chars[k] for k in heights.near(top) if k not in mine
              and abs(chars[k]["top"] - top) <= _SAME_LINE and chars[k].get("fontname") != face]
    if any(ch["x0"] < last["x1"] and first["x0"] < ch["x1"] for ch in beside):
        return True
    return bool(beside) and all(ch.get("fontname") == face for ch in chars
                                if not ch["text"].isspace() and ch["top"] < top - _SAME_LINE)
