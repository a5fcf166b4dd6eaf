"""Which column strips an unruled table keeps: those carried from the page before, those read before
on this page (`known`), or its own. A few rows, or a header alone, show too few gaps or gaps too wide;
the row numbering the columns under the header, and strips that overlap one for one, tell which to trust."""

from __future__ import annotations

from parsers.pdf.columns import crosses
from parsers.pdf.segments import StreamLine


def refined(carried, own, lines: list[StreamLine]):
    """The columns a page shows on its own when they hold every column carried over (the page before
    showed a few rows only, too few to part every column, or a header alone, whose words leave wider
    gaps than the body does), and no text of the page stands wholly inside one of them: a column the
    page fills on one line only ("педагога", a word run over from the cut row) is no white."""
    if any(ga < x0 and x1 < gr for ga, gr in own for ln in lines
           if not ln.bold and not ln.numbering for x0, x1 in ln.segments):
        return carried
    empty = _left_empty(carried, own, lines)
    if not _runs_into(carried[len(empty):], lines):
        empty = []  # the columns carried over fit the page's text: kept as they are
    rest = carried[len(empty):]
    # a gap more, with a column left empty or not, is a column the strips carried over missed (a group
    # cell of a header cut by the page; its rows are joined by pipeline/structure/pagecut.py)
    if len(own) > len(rest) and all(any(a < gr and ga < b for ga, gr in own) for a, b in rest):
        return empty + own
    # one for one: each own gap overlaps its carried strip, or that strip runs into the page's text (a
    # header's gap between words centred in their cells, right of where the body's text starts)
    if len(own) == len(rest) and all(a < gr and ga < b or _runs_into([(a, b)], lines)
                                     for (a, b), (ga, gr) in zip(rest, own, strict=True)):
        return empty + own
    return carried


def _runs_into(strips, lines: list[StreamLine]) -> bool:
    """Some body text of the page stands in one of these strips: they are no white on this page."""
    return any(a < x1 and x0 < b for ln in lines if not ln.bold and not ln.numbering
               for x0, x1 in ln.segments for a, b in strips)


def _left_empty(carried, own, lines: list[StreamLine]) -> list:
    """The carried strips that start left of every text of the page and meet none of its own: a first
    column this page leaves empty (the numbers of measures stacked in one row stand in the name cell)
    shows no white of its own, yet it is there; a header's strip, wider than the body's, is cut back to
    where the text begins. A strip the page's own first gap overlaps is that gap, not an empty column."""
    left = min((x0 for ln in lines for x0, _ in ln.segments), default=None)
    if left is None:
        return []
    empty = []
    for a, b in carried:
        if a >= left - 1.0 or any(a < gr and ga < b for ga, gr in own):
            break
        empty.append((a, min(b, left - 1.0)))
    return empty


def numbered_in(lines: list[StreamLine], columns) -> bool:
    """The header's row of column numbers ("1 2 3 4 5", down to the next body line) has one number in
    each of these columns."""
    numbers = next((ln for ln in lines if ln.numbering or (not ln.bold and len(ln.segments) >= 2)), None)
    if numbers is None or not numbers.numbering or len(numbers.segments) != len(columns) + 1:
        return False
    places = [sum(1 for a, b in columns if (a + b) / 2 < (x0 + x1) / 2) for x0, x1 in numbers.segments]
    return places == list(range(len(columns) + 1))


def numbers_keep(lines: list[StreamLine], block: list[StreamLine], strips, known, body: int) -> bool:
    """The row of column numbers under the header says the columns read before: a header alone (its
    words' gaps are no columns), or a body too short to show every gap (a column it leaves empty, a
    group cell crossing the gap above it) that keeps to them while the gaps it shows miss a number."""
    if not numbered_in(lines, known):
        return False
    if body == 0:
        return True
    return not numbered_in(lines, strips) and not any(
        crosses(ln, known) for ln in block if len(ln.segments) >= 2 and not ln.bold and not ln.numbering)


def same_columns(strips, known) -> bool:
    """As many column gaps as the table read before, each overlapping its own."""
    return bool(known) and len(strips) == len(known) and all(
        a < gr and ga < b for (a, b), (ga, gr) in zip(known, strips, strict=True))


def keeps_known(lines: list[StreamLine], k: int, known, settings) -> bool:
    """Line k and the one under it each fill two columns read before on the page at least, every piece
    opening at a column's left edge and none crossing a strip: a table of the known columns that fills
    fewer than a table's least columns on its first lines (a stack's names and results, the cells
    between blank) goes on after a section's heading; read as paragraphs, its first rows were lost."""
    if not known or k + 1 >= len(lines):
        return False
    edges = [gr for _, gr in known]
    return all(len(ln.segments) >= 2 and not ln.bold and not crosses(ln, known)
               and all(any(abs(x0 - e) <= settings.min_strip_width for e in edges) for x0, _ in ln.segments)
               for ln in lines[k:k + 2])
