"""Where a row of a table without rules begins, read from the lines' geometry alone.

A word processor starts every cell of a row on the row's top line and wraps a cell's text only when
the next word does not fit. So, going down the lines of a table's body:

- a line with text where the line above had none (no text of the line above stands over it) opens a
  new row: a cell cannot start lower than its row's top (a column empty in most rows, a number
  column, a shuffled column order are all the same to this);
- a line whose text stands only under text of the line above continues the row, unless every one of
  those cells had ended there: the first word of each would have fitted on the line above, so the
  line above was no wrapped line but the end of its cell (a row holding only a name, under a row
  whose name was its longest cell); or the line above has no space glyph after its last word where
  the column's wrapped lines carry one (an office renderer writes the space it broke a line at) and
  the line opens with a capital: a cell's last line, and a new row's first. Where that line above
  fills the column, so no space could follow it, the words tell: a line opening with a noun in the
  nominative under a word that ends no phrase short (no comma, preposition or conjunction) opens a
  row holding only a name ("…детей и молодежи|Участие в мероприятиях…"), unless the cell's text so far
  leaves a quotation open («…фонда «Открытая|Мастерская…»): a name cannot end inside its quotes. Words
  read off a scan carry no space glyph at all: there the words alone tell, the same way.

Nothing here depends on the column strips: a gap the strips missed still parts two cells' text.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from normalizers.language import (
    introduces_a_name,
    is_function_word,
    is_known_word,
    is_noun_nominative,
    leaves_quote_open,
)
from parsers.pdf.segments import StreamLine
from parsers.settings import Settings

Span = tuple[float, float]
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u00ad"


@dataclass
class _Line:
    segments: list[Span]
    first_words: list[float]  # width of each segment's first word
    spaced: list[bool]  # a space glyph follows the segment's last visible one
    space_ends: list[float | None]  # where that space glyph ends: the next word would start there
    capital: list[bool]  # the segment opens with a capitalised word ("Участие"; not "Я»", "ПО": a cut's tail)
    hyphened: list[bool]  # the segment ends with a hyphen or a dash (a break after it carries no space)
    texts: list[str]  # the segment's visible text


def _words_by_line(chars: list[dict], lines: list[StreamLine], settings: Settings) -> list[list[list[dict]]]:
    """Characters dealt to the lines (nearest top), then to each line's segments; a space glyph goes
    with the segment it follows."""
    tops = [ln.top for ln in lines]
    dealt: list[list[dict]] = [[] for _ in lines]
    for ch in chars:
        if not lines:
            continue
        k = bisect_left(tops, ch["top"])
        near = min((j for j in (k - 1, k) if 0 <= j < len(lines)), key=lambda j: abs(tops[j] - ch["top"]))
        if abs(tops[near] - ch["top"]) <= settings.line_tolerance * max(ch["size"], 1.0):
            dealt[near].append(ch)
    out = []
    for ln, group in zip(lines, dealt, strict=True):
        group.sort(key=lambda c: c["x0"])
        gap = settings.segment_gap * ln.size
        out.append([[c for c in group if a - 0.5 <= c["x0"] and (c["x1"] <= b + 0.5 or (
            c["text"].isspace() and c["x0"] <= b + gap))] for a, b in ln.segments])
    return out


def _parsed(line: StreamLine, words: list[list[dict]], settings: Settings) -> _Line:
    visible = [[c for c in w if not c["text"].isspace()] for w in words]
    return _Line(line.segments, [_first_word(w, line.size, settings) for w in visible],
                 [bool(w) and w[-1]["text"].isspace() for w in words],
                 [w[-1]["x1"] if w and w[-1]["text"].isspace() else None for w in words],
                 [_capitalised("".join(c["text"] for c in v[:2])) for v in visible],
                 [bool(v) and v[-1]["text"][-1:] in _HYPHENS for v in visible],
                 [_text(w, line.size, settings) for w in words])


def _text(chars: list[dict], size: float, settings: Settings) -> str:
    """A segment's text, a space put where its characters stand a space apart with no space glyph
    between them (a PDF written without space glyphs) or where a word starts (words read off a scan)."""
    out = []
    for prev, ch in zip([None, *chars], chars, strict=False):
        if prev is not None and not prev["text"].isspace() and not ch["text"].isspace() \
                and _starts_word(prev, ch, size, settings):
            out.append(" ")
        out.append(ch["text"])
    return "".join(out).strip()


def _first_word(chars: list[dict], size: float, settings: Settings) -> float:
    """Width of the first word of a segment's characters (a gap wider than a space ends it, or the
    start of another word)."""
    if not chars:
        return 0.0
    end = chars[0]["x1"]
    for prev, ch in zip(chars, chars[1:], strict=False):
        if _starts_word(prev, ch, size, settings):
            break
        end = max(end, ch["x1"])
    return end - chars[0]["x0"]


def _starts_word(prev: dict, ch: dict, size: float, settings: Settings) -> bool:
    """A gap wider than a space parts the two characters, or the second is marked as a word's first (the
    characters made of words read off a scan, whose ink boxes stand closer than a PDF's glyphs)."""
    return ch.get("starts_word", False) or ch["x0"] - prev["x1"] > settings.space_gap * size


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] - 0.5 and b[0] < a[1] - 0.5


def _capitalised(start: str) -> bool:
    return len(start) == 2 and start[0].isupper() and start[1].islower()


@dataclass
class RowBreaks:
    """The lines of a table body that open a row by geometry: `new_cell` where a cell starts under
    white, `cells_ended` where every cell of the line above had ended."""

    new_cell: set[int]
    cells_ended: set[int]

    def __contains__(self, k: int) -> bool:
        return k in self.new_cell or k in self.cells_ended


@dataclass
class _Columns:
    """What the body tells of its cells: every segment, the left edges of lines wrapped at a space."""

    edges: list[Span]
    spaced_at: list[float]
    tol: float
    words_only: bool = False  # the characters hold no space glyph at all (words read off a scan)

    def room(self, s: Span) -> float:
        """How far right a cell at s may reach: as far as any line starting at its left edge."""
        return max((b for a, b in self.edges if abs(a - s[0]) <= self.tol), default=s[1])

    def marks_breaks(self, left: float) -> bool:
        """Lines of the column at `left` carry a space glyph where they wrap (two at least)."""
        return sum(1 for x in self.spaced_at if abs(x - left) <= self.tol) >= 2


def _cut_word(line: _Line, i: int, below: _Line | None, room: float, size: float, tol: float,
              settings: Settings) -> bool:
    """Segment i is one token (no hyphen at its end) filling its column to within the width of a
    glyph, and the line below goes on under it in lowercase: a word too wide for the column, which
    the renderer cut; it could not have fitted on the line above whatever that line held."""
    s = line.segments[i]
    if s[1] - s[0] - line.first_words[i] >= 0.5 or s[1] + settings.cut_word_room * size < room or line.hyphened[i]:
        return False
    return below is not None and any(abs(u[0] - s[0]) <= tol and not cap
                                     for u, cap in zip(below.segments, below.capital, strict=True))


def _ended(above: _Line, line: _Line, below: _Line | None, i: int, cols: _Columns, size: float,
           settings: Settings, cell: str = "") -> bool:
    """The cell of the line above over segment i of this line ended there: its first word would have
    fitted on the line above; or that line has no space glyph after it where its column marks wraps
    with one, no hyphen, and room for a space, and this line opens with a capital (not a word too wide, cut)."""
    s, word = line.segments[i], line.first_words[i]
    j = next(j for j, t in enumerate(above.segments) if _overlaps(s, t))
    t = above.segments[j]
    room, space = cols.room(s), settings.row_space * size
    cut = bool(word) and _cut_word(line, i, below, room, size, cols.tol, settings)
    if cut:
        word = room  # one token filling the line, going on in lowercase below: a word too wide, cut
    # the renderer's own space where it wrote one (an estimate may let a word fit by a tenth of a point)
    # ...with a hair to spare: the edge is the widest line's end, and the renderer fits in rounded units
    if word and (above.space_ends[j] or t[1] + space) + word <= room - settings.fit_margin * size:
        return True
    # a word too wide, cut, stands on a line of its own: the line above ends without a space for that reason
    if cut or above.hyphened[j] or not line.capital[i] or abs(s[0] - t[0]) > cols.tol:
        return False
    if cols.words_only:  # no space glyph anywhere (words read off a scan): the words alone tell
        return _opens_name(above.texts[j], line, cell)
    return (t[1] + space <= room or _opens_name(above.texts[j], line, cell)) and not above.spaced[j] \
        and cols.marks_breaks(t[0])


def _opens_name(above: str, line: _Line, cell: str = "") -> bool:
    """A line holding one cell's text alone, opening with a noun in the nominative ("Участие"), under a line
    whose last word ends no phrase short (a letter, no preposition or conjunction): the first line of a name
    of its own. Text beside it is a row going on (a stacked row's entries open with capitals too)."""
    texts = [text for text in line.texts if text]
    if len(texts) != 1:
        return False
    last, first = above.split()[-1:], texts[0].split()[:1]
    if not last or not first or not last[0][-1:].isalpha() or is_function_word(last[0]) or not first[0].isalpha():
        return False
    if leaves_quote_open(cell or above):  # "фонда «Открытая|Мастерская»": the quoted name goes on
        return False
    if introduces_a_name(last[0]) or introduces_a_name(first[0]):  # "в сети|Интернет", "конкурс|Учитель года"
        return False
    # a word of the dictionary, capitalised: no abbreviation ("ОбОО" reads as any noun it is guessed to be)
    return first[0][1:].islower() and is_known_word(first[0]) and is_noun_nominative(first[0])


def row_breaks(lines: list[StreamLine], chars: list[dict], settings: Settings) -> RowBreaks:
    """Indices k (k >= 1) of these lines at which a new row starts by the rules in the module doc."""
    words = _words_by_line(chars, lines, settings)
    parsed = [_parsed(ln, ws, settings) for ln, ws in zip(lines, words, strict=True)]
    cols = _Columns([seg for other in parsed for seg in other.segments],
                    [seg[0] for other in parsed for seg, sp in zip(other.segments, other.spaced, strict=True) if sp],
                    settings.cell_edge_tolerance, not any(c["text"].isspace() for c in chars))
    breaks = RowBreaks(set(), set())
    top = 0  # the line the current row opened at
    for k in range(1, len(lines)):
        above, line = parsed[k - 1], parsed[k]
        if any(not any(_overlaps(s, t) for t in above.segments) for s in line.segments):
            breaks.new_cell.add(k)
            top = k
            continue
        below = parsed[k + 1] if k + 1 < len(parsed) else None
        cells = [_cell_text(parsed[top:k], s, cols.tol) for s in line.segments]
        if all(_ended(above, line, below, i, cols, lines[k].size, settings, cell) for i, cell in enumerate(cells)):
            breaks.cells_ended.add(k)
            top = k
    return breaks


def _cell_text(rows: list[_Line], s: Span, tol: float) -> str:
    """The text the lines hold in the cell over segment s, starting at its left edge (the row's lines so far)."""
    above = next((t for t in rows[-1].segments if _overlaps(s, t)), s)
    return " ".join(text for ln in rows for seg, text in zip(ln.segments, ln.texts, strict=True)
                    if abs(seg[0] - above[0]) <= tol and text)
