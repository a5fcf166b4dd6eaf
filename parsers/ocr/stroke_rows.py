"""A row a pen's stroke cut off under one cell: taken back out of its table.

A signature's flourish or a stamp's ring drawn across a table's last rows runs level for a stretch and
is found as a rule under one column only; the grid then parts that column's cell in two and makes the
row's other cells a vertical merge of the row above (`parsers.ocr.grid`). The row below holds nothing
of its own: its one cell is the white under the stroke. Read as a row, it repeats the measure above
with that column empty. A row whose cells but one continue the cells above and whose one cell reads
empty is no row of the table; dropping it loses nothing (the merged cells above were read whole, and
the one cell holds no text).
"""

from __future__ import annotations

from typing import Protocol


class _Cell(Protocol):
    lines: list
    covered: bool


def without_stroke_rows(rows: list[list[_Cell]]) -> list[list[_Cell]]:
    """The table's rows without those a stroke cut off under one cell (see the module's note)."""
    return [row for k, row in enumerate(rows) if k == 0 or not _cut_off(row)]


def _cut_off(row: list[_Cell]) -> bool:
    own = [cell for cell in row if not cell.covered]
    return len(row) > 1 and len(own) == 1 and not own[0].lines
