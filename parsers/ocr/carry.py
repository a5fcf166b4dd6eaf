"""A table without column rules that a page break cuts: its rest atop the next page, read with its columns.

Pages are read side by side, each on its own; the few lines of a row that a page break carries over
keep to no columns of their own (two cells of text, or one), so the page alone shows no table there.
Once every page is read, in page order, the lines atop a page that follows an open table are looked
at again with that table's columns (`parsers.pdf.stream`, as the PDF reader hands them from page to
page); the piece found becomes the page's first table, its cells made of the words the page's
reading found in them.
"""

from __future__ import annotations

from parsers.ocr import image, unruled
from parsers.ocr.engine import OcrLine
from parsers.ocr.page import OcrCell, OcrPage
from parsers.pdf.stream import find_stream_tables
from parsers.pdf.text import TextLine


def _middle_in(box: tuple[float, float, float, float], x0: float, top: float, x1: float, bottom: float) -> bool:
    return box[0] <= (x0 + x1) / 2 <= box[2] and box[1] <= (top + bottom) / 2 <= box[3]


def cell_lines(box: tuple[float, float, float, float], free: list[tuple[OcrLine, TextLine]]) -> list[TextLine]:
    """The words of the free lines that stand in a cell's box (points), as lines of that cell."""
    lines = []
    for found, line in free:
        words = [(text, b) for text, b in found.spans
                 if _middle_in(box, b[0] * image.PT, line.top, b[2] * image.PT, line.bottom)]
        if words:
            lines.append(TextLine(" ".join(t for t, _ in words), words[0][1][0] * image.PT, words[-1][1][2] * image.PT,
                                  line.top, line.bottom, line.size, line.bold))
    return lines


def carry_over(pages: list[OcrPage]) -> None:
    """In page order: the rest of an open table atop the page after it, made the page's first table."""
    for before, page in zip(pages, pages[1:], strict=False):
        if before.open_strips is None or not page.free:
            continue
        chars = unruled.word_chars(page.free)
        found = find_stream_tables(chars, [], carried=before.open_strips, right=before.open_right)
        tops = [top for top, _ in page.tables]
        if not found or (tops and found[0].bbox[3] > min(tops)):
            continue  # no piece, or not one above the page's own tables
        piece = found[0]
        rows = [[OcrCell(cell_lines(box, page.free), span) for box, span in row] for row in unruled.cell_layout(piece)]
        page.tables.insert(0, (piece.bbox[1], rows))
        page.free = [(f, ln) for f, ln in page.free if not _middle_in(piece.bbox, ln.x0, ln.top, ln.x1, ln.bottom)]
        kept = {id(ln) for _, ln in page.free}
        page.lines = [ln for ln in page.lines if id(ln) in kept]
        if not tops and piece.open_end:
            page.open_strips, page.open_right = piece.strips, piece.bbox[2]
