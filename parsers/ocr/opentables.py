"""Tables a scan shows without column rules, found once every page is read, as the PDF reader finds them.

Pages are read side by side, each on its own (`parsers.ocr.page`), but an open table's columns run
from page to page: the rest of a row a page break cuts fills a column or two atop the next page, a
page showing a row or two has too few lines to part every column, a header at a page's foot heads
the body overleaf. So once every page is read, the free lines of the pages, in page order, go through
the same page-by-page reading of columns the PDF reader hands its characters through
(`parsers.pdf.streampages`). Then, side by side again, each cell found is read as a block from the
page's image kept for that, as a ruled cell is; a page whose image was not kept (its lines showed
no sign of a table) takes the words its reading found in each cell.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr import image, lettercase, ruled_heads, unruled
from parsers.ocr.cv import cv2
from parsers.ocr.engine import OcrLine
from parsers.ocr.page import OcrCell, OcrPage, grey_ink, mark_bold, read_cell
from parsers.pdf.stream import GridTable
from parsers.pdf.streampages import OpenColumns
from parsers.pdf.text import TextLine
from parsers.settings import current as tolerances
from parsers.settings import using

Box = tuple[float, float, float, float]
# A recognised line's size (its row height over image.ROW_SHARE) comes out about 1.4 times the font
# size of print: a blank line (an empty paragraph, one line's height at single spacing) then fell short
# of the blank the PDF reader sees, and a table ran on into the heading under it ("Приложение 2" set
# right, the next plan's title). Such a blank is told against the font size as in a PDF; not above a
# line starting at a column's edge: a line the reading lost inside a cell leaves a gap as wide.
BLANK_SHARE = 0.7
_TOUCH = 2.0  # points: a grid's top rule may touch the free line above it (a line's box hugs its letters)


def find(pages: list[OcrPage]) -> list[list[GridTable]]:
    """The tables without a full grid on each page, read in page order with the columns of the pages
    before (a page that does not follow the one before starts afresh)."""
    with using(blank_line_elsewhere=tolerances().blank_line * BLANK_SHARE):
        return _find(pages)


def _find(pages: list[OcrPage]) -> list[list[GridTable]]:
    columns, found, before = OpenColumns(), [], None
    for page in pages:
        if before is None or page.number != before + 1:
            columns = OpenColumns()
        if (head := ruled_heads.header_strips(page.tables)) is not None:
            columns.last = head  # a header ruled alone heads a new table: its columns, not the last one's
        tables = columns.tables(unruled.word_chars(page.free), [])
        if tables and _heading_over_grid(tables[-1], page):
            tables = tables[:-1]
            columns.open, columns.right, columns.header = None, None, False
        found.append(tables)
        before = page.number
    return found


def _heading_over_grid(table: GridTable, page: OcrPage) -> bool:
    """A table taken for a header at the page's foot (its body overleaf, `parsers.pdf.stream`) that a
    ruled grid on the page stands under, with text in two cells or more in fewer rows than a table
    has: the page's free lines ended there, the page did not. It is the heading over the grid, a title
    whose words lay far apart ("Приложение 1", a bold title split in four "cells")."""
    if not table.open_end or not any(top >= table.bbox[3] - _TOUCH for top, _ in page.tables):
        return False
    filled = sum(1 for row in table.rows
                 if sum(1 for box in set(row.cells) if box is not None and cell_lines(box, page.free)) >= 2)
    return filled < tolerances().min_filled_rows


def _middle_in(box: Box, line: TextLine | tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = (line.x0, line.top, line.x1, line.bottom) if isinstance(line, TextLine) else line
    return box[0] <= (x0 + x1) / 2 <= box[2] and box[1] <= (top + bottom) / 2 <= box[3]


def cell_lines(box: Box, free: list[tuple[OcrLine, TextLine]]) -> list[TextLine]:
    """The words of the free lines that stand in a cell's box (points), as lines of that cell."""
    lines = []
    for found, line in free:
        words = [(text, b) for text, b in found.spans
                 if _middle_in(box, (b[0] * image.PT, line.top, b[2] * image.PT, line.bottom))]
        if words:
            lines.append(TextLine(" ".join(t for t, _ in words), words[0][1][0] * image.PT, words[-1][1][2] * image.PT,
                                  line.top, line.bottom, line.size, line.bold))
    return lines


def _images(kept: tuple[bytes, bytes, bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The page's clean image, its grey, and its grey near the ink, from the PNGs kept."""
    gray, clean, rules = (cv2.imdecode(np.frombuffer(b, np.uint8), cv2.IMREAD_UNCHANGED) for b in kept)
    return clean, gray, grey_ink(gray, clean, rules)


def read_tables(page: OcrPage, found: list[GridTable]) -> None:
    """Each table found on the page read into its cells and added to its tables; the free lines it
    holds are no longer free; bold told again against the page's usual line."""
    kept, page.kept = page.kept, None
    if not found:
        return
    images = _images(kept) if kept is not None else None
    new = []
    for table in found:
        rows = []
        for row in unruled.cell_layout(table):
            cells = []
            for k, (box, span) in enumerate(row):
                if images is None:
                    cells.append(OcrCell(cell_lines(box, page.free), span))
                    continue
                clean, gray, inked = images
                first = k == 0 and len(row) > 1
                lines, confidence, read = read_cell(clean, unruled.pixel_box(box, clean.shape), gray, first, inked)
                new.extend(lines)
                cells.append(OcrCell([ln for ln, _ in lines], span, False, confidence, read))
            rows.append(cells)
        page.tables.append((table.bbox[1], rows))
        if table.header_rows == 2:
            page.split_headers.add(table.bbox[1])
    page.tables.sort(key=lambda t: t[0])
    inside = [t.bbox for t in found]
    taken = {id(ln) for _, ln in page.free if any(_middle_in(box, ln) for box in inside)}
    page.free = [(ocr, ln) for ocr, ln in page.free if id(ln) not in taken]
    page.lines = [ln for ln in page.lines if id(ln) not in taken]
    page.measured = [m for m in page.measured if id(m[0]) not in taken] + new
    mark_bold(page.measured)
    lettercase.letter_case([line for line, _ in page.measured])
