"""A header row cut by a page: its first lines at one page's foot, the rest at the next page's top.

A renderer that may split rows breaks a tall header row (narrow columns, a large font) where the
page ends: "№ п/п | Содержан | Организация | Результат" at the foot, "ие мероприятия | исполнения"
over the next page's table. The piece at the foot is read as a table of its own, its columns
guessed from its few words (a group cell may look like one narrow column); the next page's table
has the true columns. Each cell at the foot is put on top of the cell under it, words the page cut
glued back, so the next page's table opens with the whole header and the piece left behind is
dropped. A header printed whole at the foot and again on the next page is no cut and stays apart.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.model import Cell, Row, Table
from parsers.pdf.linejoin import WordTest, join_lines
from parsers.pdf.pagefoot import tables_across_pages

_SAME_X = 3.0  # points: a merged cell's copies are cut where each row's text leaves room


def join_cut_header_rows(blocks: list, is_word: WordTest | None = None) -> None:
    """Glue a bold row left at a page's foot onto the bold first row of the next page's first table
    when each of its cells stands over one cell of that row."""
    for block, nxt in tables_across_pages(blocks):
        upper, lower = _boxed(block.rows), nxt.rows[0]
        owners = _owners(upper, lower)
        if owners is None:
            continue
        for cell, owner in zip(upper.cells, owners, strict=True):
            _prepend(nxt.rows, owner, cell, is_word)
        _fold_under(nxt.rows)
        block.rows.pop()
        _carry_group_row(block.rows, upper, nxt.rows)
    blocks[:] = [b for b in blocks if not (isinstance(b, Table) and not b.rows)]


def _boxed(rows: list[Row]) -> Row:
    """The last row, its cells merged down from the row above given that cell's place: the lower row of
    a two-row header, cut by the page, has no box of its own under the cells that span both rows."""
    last = rows[-1]
    if len(rows) < 2 or all(c.box is not None or not c.vmerged for c in last.cells):
        return last
    above = _by_column(rows[-2])
    if len(above) != len(last.cells):
        return last
    cells = [replace(c, box=above[j].box) if c.box is None and c.vmerged and above[j].colspan == 1 else c
             for j, c in enumerate(last.cells)]
    return replace(last, cells=cells)


def _by_column(row: Row) -> list[Cell]:
    """The row's cell over each grid column (a cell spanning two stands over both)."""
    return [c for c in row.cells for _ in range(c.colspan)]


def _carry_group_row(rows: list[Row], cut: Row, below: list[Row]) -> None:
    """The upper row of a two-row header whose lower row the page cut goes over with it, atop `below`:
    the cells it merged down take the text glued together overleaf, as a header read on one page has."""
    if not rows or not any(c.vmerged for c in cut.cells) or not _bold_row(rows[-1], 2):
        return
    columns = _by_column(rows[-1])
    glued = below[0]
    if not len(columns) == len(cut.cells) == len(glued.cells):
        return
    for above, part, whole in zip(columns, cut.cells, glued.cells, strict=True):
        if part.vmerged and above.colspan == 1 and above.text.strip() == part.text.strip():
            above.text, above.paragraphs, above.lines = whole.text, [whole.text], None
            whole.vmerged = True
    below.insert(0, rows.pop())


def _bold_row(row: Row, least: int) -> bool:
    filled = [c for c in row.cells if c.text.strip()]
    return len(filled) >= least and all(c.bold for c in filled)


def _owners(upper: Row, lower: Row) -> list[int] | None:
    """For each cell of `upper`, the index of the cell of `lower` under its middle: one each, in
    order, every filled cell of `lower` under one. None when the rows are no header cut in two."""
    if not _bold_row(upper, 2) or not _bold_row(lower, 1) or len(upper.cells) != len(lower.cells):
        return None
    if any(c.box is None for c in upper.cells + lower.cells) or any(c.colspan != 1 for c in upper.cells):
        return None
    owners = []
    for cell in upper.cells:
        middle = _middle(cell)
        inside = [j for j, c in enumerate(lower.cells) if c.box[0] <= middle <= c.box[2]]
        if len(inside) != 1:
            return None
        owners.append(inside[0])
    if owners != sorted(set(owners)) or len(owners) != len(lower.cells):
        return None
    if all(a.text.strip() == b.text.strip() for a, b in zip(upper.cells, lower.cells, strict=True)):
        return None  # the header printed again, not cut
    return owners


def _middle(cell: Cell) -> float:
    """The middle of a cell's text (of its box when it has none): the foot's columns are guessed from
    a header's few words, so its boxes may reach over the next page's true column edges."""
    if cell.lines:
        return (min(ln.x0 for ln in cell.lines) + max(ln.x1 for ln in cell.lines)) / 2
    return (cell.box[0] + cell.box[2]) / 2


def _prepend(rows: list[Row], column: int, cell: Cell, is_word: WordTest | None) -> None:
    """Put the foot's cell text before the cell's at the top, and in the copies a merged header cell
    left in the rows under it."""
    head = rows[0].cells[column]
    old, top = head.text.strip(), cell.text.strip()
    if not top:
        return
    text = " ".join(join_lines([top, old], is_word)) if old else top
    head.text, head.paragraphs, head.lines, head.bold = text, [text], None, True
    for row in rows[1:]:
        below = next((c for c in row.cells if c.box is not None and abs(c.box[0] - head.box[0]) < _SAME_X
                      and abs(c.box[2] - head.box[2]) < _SAME_X), None)
        if below is None or not old or not below.vmerged or below.text.strip() != old:
            break
        below.text, below.paragraphs, below.lines = text, [text], None


def _fold_under(rows: list[Row]) -> None:
    """A header of two rows, split under a group cell: a cell of the upper row outside the group that
    the page left empty at the top stands in the lower row too, as the reader folds a whole header."""
    if len(rows) < 2 or not _bold_row(rows[1], 1) or len(rows[1].cells) <= len(rows[0].cells):
        return
    for head in rows[0].cells:
        below = next((c for c in rows[1].cells if c.box is not None and abs(c.box[0] - head.box[0]) < _SAME_X
                      and abs(c.box[2] - head.box[2]) < _SAME_X), None)
        if head.colspan == 1 and head.text.strip() and below is not None and not below.text.strip():
            below.text, below.paragraphs, below.bold, below.vmerged = head.text, [head.text], True, True
