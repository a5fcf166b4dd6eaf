"""What OCR read on a page -> the model's Tables and Paragraphs, as the PDF parser would make them.

The recognised lines are the same TextLine objects the PDF parser groups, so cells and paragraphs
come out of the same functions: words broken at a line end are joined with the same vocabulary,
page numbers in the margins are dropped by the same rule.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.model import Block, Cell, Row, Table
from parsers.ocr.cutcase import lowered
from parsers.ocr.page import OcrCell, OcrPage
from parsers.pdf.linejoin import WordTest, join_lines
from parsers.pdf.paragraphs import cell_paragraphs, is_page_number, paragraphs
from parsers.pdf.tables import fold_header


def _cell(cell: OcrCell, is_word: WordTest | None) -> Cell:
    lines = [ln if text == ln.text else replace(ln, text=text)
             for ln, text in zip(cell.lines, lowered([ln.text for ln in cell.lines], is_word), strict=True)]
    return Cell(
        text="\n".join(join_lines((ln.text for ln in lines), is_word)),
        paragraphs=cell_paragraphs(lines, is_word),
        bold=bool(lines) and all(ln.bold for ln in lines),
        colspan=cell.colspan,
        confidence=cell.confidence,
        repaired=cell.repaired,
    )


def _table(rows: list[list[OcrCell]], number: int, is_word: WordTest | None) -> Table:
    """The page's rows as a model table; the lower part of a vertically merged cell takes the text of
    the cell above it in its column, as the PDF and DOCX readers give it (`Cell.vmerged`), and its
    confidence: it is OCR's reading still (a header's "№ п/п" read as marks is told by it, `headers`)."""
    model_rows = []
    above: dict[int, Cell] = {}  # grid column -> the cell that last started there
    for row in rows:
        cells, column = [], 0
        for ocr_cell in row:
            cell = _cell(ocr_cell, is_word)
            origin = above.get(column)
            if ocr_cell.covered and not ocr_cell.lines and origin is not None:
                cell = Cell(text=origin.text, paragraphs=list(origin.paragraphs), bold=origin.bold,
                            colspan=ocr_cell.colspan, vmerged=True, confidence=origin.confidence)
            else:
                above[column] = cell
            cells.append(cell)
            column += max(ocr_cell.colspan, 1)
        model_rows.append(Row(cells=cells, page=number))
    return Table(rows=model_rows, page_start=number, page_end=number)


def _folded(table: Table, split: bool, is_word: WordTest | None) -> Table:
    """A header split in two rows under a group cell folded as the PDF reader folds it: a column
    outside the group is one cell in both rows ("Содержание | мероприятия")."""
    if split and len(table.rows) >= 2:
        fold_header(table.rows[0], table.rows[1], is_word)
    return table


def page_blocks(page: OcrPage, is_word: WordTest | None) -> list[Block]:
    """One OCR page -> its blocks top to bottom."""
    placed: list[tuple[float, Block]] = [(top, _folded(_table(rows, page.number, is_word), top in page.split_headers,
                                                       is_word)) for top, rows in page.tables]
    tops = [top for top, _ in placed]
    lines = page.lines
    if lines:
        everything = sorted([ln.top for ln in lines] + tops)
        lines = [ln for ln in lines
                 if not is_page_number(ln, page.height, ln.top <= everything[0], ln.top >= everything[-1])]
    if lines:
        every = lines + [ln for _, rows in page.tables for row in rows for c in row for ln in c.lines]
        column = (min(ln.x0 for ln in every), max(ln.x1 for ln in every))  # the page's text box, as in a PDF
        placed.extend(paragraphs(lines, page.number, tops, is_word, column))
    placed.sort(key=lambda item: item[0])
    return [block for _, block in placed]
