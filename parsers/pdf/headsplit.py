"""A header of two rows that a page parted: the upper row at one page's foot, the lower at the next's top.

A renderer keeps a row whole but may break a page between a header's two rows. The upper row alone
at the foot is read as a table of its own, its columns guessed from its words (a group cell spanning
two columns looks like one column); the lower row opens the next page's table, its bold words under
the group cell, its other cells empty. Read apart, the plan's header names too few columns. Put
together as a DOCX reader gives them (the group cell spanning the columns under it, the cells
outside it merged down), the next page's table opens with the whole header.
"""

from __future__ import annotations

from parsers.model import Cell, Row, Table
from parsers.pdf.linejoin import WordTest
from parsers.pdf.pagefoot import tables_across_pages
from parsers.pdf.tables import fold_header


def join_split_headers(blocks: list, is_word: WordTest | None = None) -> None:
    """Move a header row left alone at a page's foot onto the next page's table, above the row that
    splits its group cell; the table it leaves behind, empty, is dropped."""
    for block, nxt in tables_across_pages(blocks):
        spans = _spans_over(block.rows[-1], nxt.rows[0])
        if spans is None:
            continue
        upper = _respanned(block.rows[-1], nxt.rows[0], spans, nxt.page_start)
        fold_header(upper, nxt.rows[0], is_word)
        nxt.rows.insert(0, upper)
        block.rows.pop()
    blocks[:] = [b for b in blocks if not (isinstance(b, Table) and not b.rows)]


def _spans_over(upper: Row, lower: Row) -> list[int] | None:
    """How many cells of `lower` each cell of `upper` stands over, when `upper` is a bold row and
    `lower` the rest of its header: bold words under a cell of `upper` that stands over two or more
    cells, under the others nothing or the rest of their words the page cut. None when the rows are no
    such pair."""
    filled = [c for c in lower.cells if c.text.strip()]
    if not filled or not all(c.bold for c in filled) or not all(c.bold and c.text.strip() for c in upper.cells):
        return None
    if any(c.box is None or c.colspan != 1 for c in upper.cells + lower.cells) or len(lower.cells) <= len(upper.cells):
        return None
    owners = [_nearest(upper, (c.box[0] + c.box[2]) / 2) for c in lower.cells]
    if owners != sorted(owners) or set(owners) != set(range(len(upper.cells))):
        return None
    spans = [owners.count(k) for k in range(len(upper.cells))]
    groups = {k for k, n in enumerate(spans) if n >= 2}
    if not any(owners[i] in groups for i, c in enumerate(lower.cells) if c.text.strip()):
        return None
    if any(owners[i] not in groups and not _goes_on(c.text) for i, c in enumerate(lower.cells) if c.text.strip()):
        return None
    return spans


def _goes_on(text: str) -> bool:
    """A header cell's rest the page carried over ("Наименование | мероприятия"): a cell merged down
    over both header rows prints its words down through them, so the page may cut it too; a rest opens
    in lowercase, a cell of its own with a capital."""
    first = text.strip()[:1]
    return first.isalpha() and first.islower()


def _nearest(row: Row, x: float) -> int:
    """The cell of `row` whose x range lies nearest `x` (0 when inside it)."""
    return min(range(len(row.cells)), key=lambda k: max(row.cells[k].box[0] - x, 0.0, x - row.cells[k].box[2]))


def _respanned(upper: Row, lower: Row, spans: list[int], page: int) -> Row:
    """The upper row on the lower's columns: each cell as wide as the cells under it."""
    cells, start = [], 0
    for cell, span in zip(upper.cells, spans, strict=True):
        under = lower.cells[start:start + span]
        box = (under[0].box[0], cell.box[1], under[-1].box[2], cell.box[3])
        cells.append(Cell(cell.text, list(cell.paragraphs), cell.bold, span, lines=cell.lines, box=box))
        start += span
    return Row(cells=cells, page=page)
