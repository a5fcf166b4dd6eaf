"""How far a PDF column's text reaches, read from the whole table piece.

Where a table has no vertical rules, the reader guesses a cell's box from the white strips between
columns, and the right edge it gives a cell's text may lie well beyond where the renderer wrapped.
The split of stacked measures asks whether a line's next word would have fitted on it
(pipeline/structure/printed.py); against a guessed edge a word that did not fit seems to. The
longest line of a column, over every row of the piece, stands within a word's end of the edge the
renderer wrapped at: a cell's edge is taken no further right than that when the column has lines
enough to tell (a short column leaves the reader's edge as it is)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from parsers.model import Cell, Paragraph, Row, Table
from pipeline.structure import printed, titles

MIN_LINES = 12  # lines a column needs before its longest line stands for its edge
_SAME_START = 2.0  # pt: lines of one left-aligned column start this close to each other


def tightened(table: Table) -> Table:
    """The table with each cell's right edge no further than its column's longest line."""
    edges = _edges(table)
    if not edges:
        return table
    rows = [replace(row, cells=[_edged(cell, edges.get(key, (None, None))[1]) for key, cell in _placed(row.cells)])
            for row in table.rows]
    return Table(rows, table.page_start, table.page_end)


def stray_tail(table: Table, text_after: bool = False) -> tuple[Table, list[Paragraph]]:
    """The table without its last rows that are lines printed under it (`_stray`), and those lines as
    paragraphs. Where text follows the table (`text_after`), a last row holding an appendix's mark alone
    ("Приложение 4", read into a column short of lines to tell its edge) is the next plan's."""
    edges = _edges(table)
    kept = list(table.rows)
    while len(kept) > 1 and (_stray(kept[-1], edges) or text_after and _appendix_mark(kept[-1])):
        kept.pop()
    if len(kept) == len(table.rows):
        return table, []
    strays = [Paragraph(" ".join(c.text.strip() for c in row.cells if c.text.strip()), page=row.page)
              for row in table.rows[len(kept):]]
    return Table(kept, table.page_start, max((r.page for r in kept if r.page is not None),
                                              default=table.page_end)), strays


def _edges(table: Table) -> dict[tuple[int, int], tuple[float | None, float]]:
    """For each column (first grid column, span) with lines enough: where its lines start, its edge."""
    reach: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for row in table.rows:
        for key, cell in _placed(row.cells):
            if printed.geometric(cell) and cell.right is not None:
                reach.setdefault(key, []).extend((ln.x0, ln.x1) for ln in cell.lines)
    return {key: _longest(spans) for key, spans in reach.items() if len(spans) >= MIN_LINES}


def _longest(spans: list[tuple[float, float]]) -> tuple[float | None, float]:
    """Where most of the column's lines start (None: no start most share, centred text) and the right
    end of its longest line among those (a line set right of that start, "Приложение 4" printed right
    under the table and read into its last column, is no line of the column's)."""
    start, count = Counter(round(x0) for x0, _ in spans).most_common(1)[0]
    if 2 * count < len(spans):
        return None, max(x1 for _, x1 in spans)
    return start, max(x1 for x0, x1 in spans if abs(x0 - start) <= _SAME_START)


def _stray(row: Row, edges: dict[tuple[int, int], tuple[float | None, float]]) -> bool:
    """The row holds one line only, in a column whose lines start left of it, and it reaches past that
    column's edge: a line printed under the table ("Приложение 4" set right), not a cell of it."""
    filled = [(key, cell) for key, cell in _placed(row.cells) if cell.text.strip()]
    if len(filled) != 1 or not printed.geometric(filled[0][1]) or len(filled[0][1].lines) != 1:
        return False
    key, cell = filled[0]
    start, edge = edges.get(key, (None, None))
    line = cell.lines[0]
    return start is not None and line.x0 > start + _SAME_START and line.x1 > edge + _SAME_START


def _appendix_mark(row: Row) -> bool:
    """The row holds one cell's text, an appendix's mark and nothing more (no measure's cell reads so)."""
    filled = [cell.text for cell in row.cells if cell.text.strip()]
    return len(filled) == 1 and titles.is_appendix_mark(filled[0])


def _placed(cells: list[Cell]) -> list[tuple[tuple[int, int], Cell]]:
    out, pos = [], 0
    for cell in cells:
        out.append(((pos, cell.colspan), cell))
        pos += cell.colspan
    return out


def _edged(cell: Cell, edge: float | None) -> Cell:
    if edge is None or cell.right is None or edge >= cell.right:
        return cell
    return replace(cell, right=edge)
