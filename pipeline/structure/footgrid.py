"""A two-row header a page cuts, its foot read in a grid of its own with fewer columns than overleaf.

A scan's reader finds a table's columns by the rules it sees: at a page's foot, under the title of a
next plan, only the header's upper row stands, and its group cell ("Организация исполнения") is one
cell there; the sides that part the columns under it begin overleaf, in the header's lower row. The
foot then holds one grid column less than the table it heads. Its cells still stand one by one over
the cells overleaf: the grid overleaf tells how many columns each spans.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from parsers.model import Cell, Row
from pipeline.structure.headers import cell_role, read_header, tops
from pipeline.structure.rows import starts_lowercase


def spans_overleaf(last: Row, first: Row) -> Row | None:
    """The foot in as many cells as the row overleaf, each one column wide, the row overleaf wider (its
    group cell's rest "исполнения" spans two): the foot's cells span what the cells under them span."""
    if len(last.cells) != len(first.cells) or any(c.colspan != 1 for c in last.cells) \
            or first.width <= last.width:
        return None
    return replace(last, cells=[replace(a, colspan=b.colspan) for a, b in zip(last.cells, first.cells, strict=True)])


def group_over_names(last: Row, first: Row, join: Callable[[Cell, Cell], Cell]) -> tuple[Row, Row] | None:
    """The page cut between the header's rows: the upper row at the foot, one cell short, and overleaf the
    lower row, one cell more, two of its cells naming columns ("Ответственные исполнители" | "Результат")
    under a foot cell that names none ("Исполнение"). That cell is the group over the two; the foot's other
    cells go on in the cells under them ("Наименов" | "ание мероприятия") and are carried down into the
    lower row as a merged cell is. Returns (upper row, lower row), or None when no one cell fits."""
    if len(first.cells) != len(last.cells) + 1 or any(c.colspan != 1 for c in (*last.cells, *first.cells)):
        return None
    # a name of a column opens in a capital; "ание мероприятия" is the rest of the word the page cut
    spots = [k for k, c in enumerate(last.cells) if c.text.strip() and cell_role(c) is None
             and all(first.cells[j].text.strip() and not starts_lowercase(first.cells[j].text)
                     and cell_role(first.cells[j]) is not None for j in (k, k + 1))]
    if len(spots) != 1:
        return None
    k = spots[0]
    under = [*first.cells[:k], None, *first.cells[k + 2:]]  # the foot's cells' rest, cell by cell
    upper = [replace(last.cells[j], colspan=2) if j == k else join(last.cells[j], under[j])
             for j in range(len(last.cells))]
    carried = [replace(c, vmerged=True) for c in upper]
    lower = replace(first, cells=[*carried[:k], *first.cells[k:k + 2], *carried[k + 1:]])
    upper_row = replace(last, cells=upper)
    below = read_header(lower)
    if read_header(upper_row) is None and (below is None or not tops(upper_row, below, lower)):
        return None
    return upper_row, lower
