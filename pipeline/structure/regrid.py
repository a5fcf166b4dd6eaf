"""The rest of a row at a page's top read into fewer, wider cells than the row above the cut.

A reader that finds a page's columns from its text (no rules to go by) gives a cell empty overleaf no
column of its own: the entry beside it spans both ("Ожидаемый результат" with "Ответственные" blank
below the cut), and the rest no longer fits the row it goes on. Each wide cell's printed lines standing
within one of the cells above is that cell's; the others under it are blank.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.model import Cell, Row

_EDGE = 3.0  # points a printed line may stand past the box above (the two pages' readings differ a little)


def regridded(upper: Row, rest: Row) -> Row:
    """`rest` cut into `upper`'s cells, when its wider cells' lines each stand inside one of them; else
    `rest` as it is."""
    if [c.colspan for c in upper.cells] == [c.colspan for c in rest.cells] or upper.width != rest.width:
        return rest
    starts, pos = {}, 0
    for k, cell in enumerate(upper.cells):
        starts[pos] = k
        pos += cell.colspan
    cells: list[Cell] = []
    pos = 0
    for cell in rest.cells:
        under = _under(upper, starts, pos, cell.colspan)
        pos += cell.colspan
        if under is None:
            return rest
        if len(under) == 1:
            cells.append(cell)
            continue
        home = _home(cell, under)
        if home is None:
            return rest
        cells.extend(replace(cell, colspan=c.colspan) if c is home
                     else Cell("", colspan=c.colspan, lines=[], right=c.right, box=c.box) for c in under)
    return replace(rest, cells=cells)


def _under(upper: Row, starts: dict[int, int], pos: int, span: int) -> list[Cell] | None:
    """The cells of `upper` that fill grid columns pos..pos+span exactly; None when one crosses an edge."""
    if pos not in starts:
        return None
    k, out, width = starts[pos], [], 0
    while width < span and k < len(upper.cells):
        out.append(upper.cells[k])
        width += upper.cells[k].colspan
        k += 1
    return out if width == span else None


def _home(cell: Cell, under: list[Cell]) -> Cell | None:
    """The one cell above whose box holds every printed line of `cell` (an empty cell goes to the first)."""
    if not cell.text.strip():
        return under[0]
    if not cell.lines or any(c.box is None for c in under):
        return None
    x0, x1 = min(ln.x0 for ln in cell.lines), max(ln.x1 for ln in cell.lines)
    homes = [c for c in under if c.box[0] - _EDGE <= x0 and x1 <= c.box[2] + _EDGE]
    return homes[0] if len(homes) == 1 else None
