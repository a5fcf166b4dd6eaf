"""How far a PDF column's text reaches, read from the whole table piece.

Where a table has no vertical rules, the reader guesses a cell's box from the white strips between
columns, and the right edge it gives a cell's text may lie well beyond where the renderer wrapped.
The split of stacked measures asks whether a line's next word would have fitted on it
(pipeline/structure/printed.py); against a guessed edge a word that did not fit seems to. The
longest line of a column, over every row of the piece, stands within a word's end of the edge the
renderer wrapped at: a cell's edge is taken no further right than that when the column has lines
enough to tell (a short column leaves the reader's edge as it is)."""

from __future__ import annotations

from dataclasses import replace

from parsers.model import Cell, Table
from pipeline.structure import printed

MIN_LINES = 12  # lines a column needs before its longest line stands for its edge


def tightened(table: Table) -> Table:
    """The table with each cell's right edge no further than its column's longest line."""
    reach: dict[tuple[int, int], list[float]] = {}
    for row in table.rows:
        for key, cell in _placed(row.cells):
            if printed.geometric(cell) and cell.right is not None:
                reach.setdefault(key, []).extend(ln.x1 for ln in cell.lines)
    edges = {key: max(x1s) for key, x1s in reach.items() if len(x1s) >= MIN_LINES}
    if not edges:
        return table
    rows = []
    for row in table.rows:
        cells = [_edged(cell, edges.get(key)) for key, cell in _placed(row.cells)]
        rows.append(replace(row, cells=cells))
    return Table(rows, table.page_start, table.page_end)


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
