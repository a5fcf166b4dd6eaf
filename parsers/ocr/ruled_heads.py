"""A header ruled alone over a body without rules: its columns, for the body under it.

An office may rule its plan's header and leave the body open. The grid finder reads the header as a
ruled table of its own, and the body goes to the open-table reader (`parsers.ocr.opentables`), which
would part it with the columns of the last open table read (the plan before, on the page before): a
body of one long row shows too few lines to part every column on its own, and gaps of its own that
one line alone parts inside such a column are taken for word spaces. The header is the new table's:
its columns are told from the white between its cells' text.
"""

from __future__ import annotations

Strip = tuple[float, float]
MAX_HEADER_ROWS = 2  # a header alone is a row, or two under group cells


def _columns(rows: list[list]) -> dict[int, tuple[float, float]] | None:
    """Each grid column's text extent (points) from the cells spanning it alone; None when a row holds
    any line that is not bold (a body row: the grid is no header alone)."""
    extents: dict[int, tuple[float, float]] = {}
    for row in rows:
        column = 0
        for cell in row:
            if any(not line.bold for line in cell.lines):
                return None
            if cell.colspan == 1 and not cell.covered and cell.lines:
                x0, x1 = min(ln.x0 for ln in cell.lines), max(ln.x1 for ln in cell.lines)
                a, b = extents.get(column, (x0, x1))
                extents[column] = (min(a, x0), max(b, x1))
            column += cell.colspan
    return extents


def header_strips(tables: list[tuple[float, list[list]]]) -> list[Strip] | None:
    """The white strips between the columns of the page's last ruled table when it is a header alone
    (bold rows, one or two): between one column's text and the next's. None otherwise, or when a
    column shows no text of its own or two columns' text overlaps."""
    if not tables or not 0 < len(rows := tables[-1][1]) <= MAX_HEADER_ROWS:
        return None
    extents = _columns(rows)
    width = max(sum(cell.colspan for cell in row) for row in rows)
    if extents is None or width < 2 or sorted(extents) != list(range(width)):
        return None
    strips = [(extents[k][1], extents[k + 1][0]) for k in range(width - 1)]
    return strips if all(a < b for a, b in strips) else None
