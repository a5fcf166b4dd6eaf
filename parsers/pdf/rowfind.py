"""Where a row of a table without rules begins, read from the lines' geometry alone.

A word processor starts every cell of a row on the row's top line and wraps a cell's text only when
the next word does not fit. So, going down the lines of a table's body:

- a line with text where the line above had none (no text of the line above stands over it) opens a
  new row: a cell cannot start lower than its row's top (a column empty in most rows, a number
  column, a shuffled column order are all the same to this);
- a line whose text stands only under text of the line above continues the row, unless every one of
  those cells had ended there: the first word of each would have fitted on the line above, so the
  line above was no wrapped line but the end of its cell (a row holding only a name, under a row
  whose name was its longest cell).

Nothing here depends on the column strips: a gap the strips missed still parts two cells' text.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from parsers.pdf.segments import StreamLine
from parsers.settings import Settings

Span = tuple[float, float]


@dataclass
class _Line:
    segments: list[Span]
    first_words: list[float]  # width of each segment's first word


def _words_by_line(chars: list[dict], lines: list[StreamLine], settings: Settings) -> list[list[list[dict]]]:
    """Visible characters dealt to the lines (nearest top), then to each line's segments."""
    tops = [ln.top for ln in lines]
    dealt: list[list[dict]] = [[] for _ in lines]
    for ch in chars:
        if ch["text"].isspace() or not lines:
            continue
        k = bisect_left(tops, ch["top"])
        near = min((j for j in (k - 1, k) if 0 <= j < len(lines)), key=lambda j: abs(tops[j] - ch["top"]))
        if abs(tops[near] - ch["top"]) <= settings.line_tolerance * max(ch["size"], 1.0):
            dealt[near].append(ch)
    out = []
    for ln, group in zip(lines, dealt, strict=True):
        group.sort(key=lambda c: c["x0"])
        out.append([[c for c in group if a - 0.5 <= c["x0"] and c["x1"] <= b + 0.5] for a, b in ln.segments])
    return out


def _first_word(chars: list[dict], size: float, settings: Settings) -> float:
    """Width of the first word of a segment's characters (a gap wider than a space ends it)."""
    if not chars:
        return 0.0
    end = chars[0]["x1"]
    for prev, ch in zip(chars, chars[1:], strict=False):
        if ch["x0"] - prev["x1"] > settings.space_gap * size:
            break
        end = max(end, ch["x1"])
    return end - chars[0]["x0"]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] - 0.5 and b[0] < a[1] - 0.5


@dataclass
class RowBreaks:
    """The lines of a table body that open a row by geometry: `new_cell` where a cell starts under
    white, `cells_ended` where every cell of the line above had ended."""

    new_cell: set[int]
    cells_ended: set[int]

    def __contains__(self, k: int) -> bool:
        return k in self.new_cell or k in self.cells_ended


def row_breaks(lines: list[StreamLine], chars: list[dict], settings: Settings) -> RowBreaks:
    """Indices k (k >= 1) of these lines at which a new row starts by the rules in the module doc."""
    words = _words_by_line(chars, lines, settings)
    parsed = [_Line(ln.segments, [_first_word(w, ln.size, settings) for w in ws])
              for ln, ws in zip(lines, words, strict=True)]
    tol = settings.cell_edge_tolerance
    edges = [seg for other in parsed for seg in other.segments]
    breaks = RowBreaks(set(), set())
    for k in range(1, len(lines)):
        above, line = parsed[k - 1], parsed[k]
        if any(not any(_overlaps(s, t) for t in above.segments) for s in line.segments):
            breaks.new_cell.add(k)
            continue
        space = settings.row_space * lines[k].size
        ended = True
        for s, word in zip(line.segments, line.first_words, strict=True):
            t = next(t for t in above.segments if _overlaps(s, t))
            # the room of this cell: as far right as any line starting at its left edge reaches
            room = max((b for a, b in edges if abs(a - s[0]) <= tol), default=s[1])
            if not word or t[1] + space + word > room:
                ended = False
                break
        if ended:
            breaks.cells_ended.add(k)
    return breaks
