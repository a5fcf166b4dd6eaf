"""Tables a scan shows without column rules, found the way the PDF reader finds them.

An office may print its plan with rules only around the header, or with none, and scan the signed
copy. The page's recognised words keep their boxes; each word's box is shared out among its letters
as characters in points, and `parsers.pdf.stream` finds the tables among them as it does among a
PDF's characters: columns from the white gaps running down the body, rows from the text lines. The
logic stays in one place; this module only turns words into characters and found cells into boxes
on the page image, where each cell is then read as a block, as a ruled cell is.
"""

from __future__ import annotations

from parsers.ocr import colnumbers, image
from parsers.ocr.engine import OcrLine
from parsers.pdf.segments import stream_lines
from parsers.pdf.stream import GridTable, find_stream_tables
from parsers.pdf.text import TextLine
from parsers.settings import current

MARGIN = 4  # pixels added around a found cell: its box hugs the text, and a cell's reading cuts its edge
# a line's box between these many times the engine's row height is its print's height (a line's box is
# about its row height, a tenth more with tall letters; from a breve's top (Й) to a descender's foot
# (р, у, a comma) half as much again); taller, it holds more than print
ROW_SLACK = (1.2, 1.6)


def word_chars(lines: list[tuple[OcrLine, TextLine]]) -> list[dict]:
    """Recognised lines (the engine's, with the TextLine made of each) -> characters in points, as
    pdfplumber gives them: each word's box shared out among its letters, on the line's height (a
    word's own box rises and falls with its letters), bold where the line was told bold. No space
    glyphs: where a line was broken is not seen on paper (`parsers.pdf.rowfind` reads the rows from
    the words alone then). The ink between two words of print is a fifth of the font size or so, below
    the gap that parts two cells (`Settings.segment_gap`), and closer than a space may part two glyphs:
    each word's first character says that it starts one (`parsers.pdf.rowfind`)."""
    chars = []
    # a misread numeral would glue the row numbering the columns to the row under it
    mended = colnumbers.mend_words([found for found, _ in lines])
    for number, (found, (_, line)) in enumerate(zip(mended, lines, strict=True)):
        size = line_height(found) * image.PT / image.ROW_SHARE
        font = "OCR-Bold" if line.bold else "OCR-Regular"
        run = number if not line.bold and _even_run(found, size) else None  # a bold line: `_header_spread`
        for text, (x0, _, x1, _) in found.spans:
            step = (x1 - x0) * image.PT / len(text)
            chars.extend({"text": ch, "x0": x0 * image.PT + k * step, "x1": x0 * image.PT + (k + 1) * step,
                          "top": line.top, "bottom": line.bottom, "size": size, "fontname": font,
                          "starts_word": k == 0, "run": run} for k, ch in enumerate(text))
    return chars


def _even_run(found: OcrLine, size: float) -> bool:
    """One line the engine read whose word spaces, two or more, are alike and no wider than a stretched
    space: a run of words of a wide face (a deadline of three short words), whose spaces may pass the
    gap that parts two cells; a column's gap holds two cells' padding, and the engine's line seldom
    spans one evenly."""
    settings = current()
    gaps = [(b[1][0] - a[1][2]) * image.PT for a, b in zip(found.spans, found.spans[1:], strict=False)]
    return len(gaps) >= 2 and max(gaps) <= settings.stretched_space * size \
        and max(gaps) - min(gaps) <= settings.even_spaces * size


def line_height(found: OcrLine) -> float:
    """The line's row height in pixels: the engine's, unless the line's box is clearly taller (it may
    give too little, now and then, for one line of print: a title's word spaces then look as wide as
    a column's gap and part the title into cells); a box much taller still holds more than its print."""
    box = found.box[3] - found.box[1]
    return box if ROW_SLACK[0] * found.row_height < box <= ROW_SLACK[1] * found.row_height else found.row_height


def find_tables(lines: list[tuple[OcrLine, TextLine]]) -> list[GridTable]:
    """The tables without a full grid among a page's recognised lines, as `parsers.pdf.stream` finds them."""
    chars = word_chars(lines)
    return find_stream_tables(chars, []) if chars else []


def may_hold_table(lines: list[tuple[OcrLine, TextLine]]) -> bool:
    """A line of these has text in two runs parted by a column's white: the page may hold a piece of
    a table without column rules (a row or two going on from the page before), so its image is kept
    for reading cells once the pages before are read (`parsers.ocr.opentables`)."""
    chars = word_chars(lines)
    return any(len(ln.segments) >= 2 for ln in stream_lines(chars, current())) if chars else False


def pixel_box(box: tuple[float, float, float, float], shape: tuple[int, int]) -> tuple[int, int, int, int]:
    """A cell's box in points -> in the page image's pixels, widened by MARGIN, within the page."""
    h, w = shape
    x0, y0, x1, y1 = (v / image.PT for v in box)
    return (max(int(x0) - MARGIN, 0), max(int(y0) - MARGIN, 0), min(int(x1) + MARGIN + 1, w),
            min(int(y1) + MARGIN + 1, h))


def cell_layout(table: GridTable) -> list[list[tuple[tuple[float, float, float, float], int]]]:
    """The table's rows as (cell box, colspan): a row holds a box per cell and None for each further
    column a cell covers."""
    rows = []
    for row in table.rows:
        out: list[tuple[tuple[float, float, float, float], int]] = []
        for box in row.cells:
            if box is not None:
                out.append((box, 1))
            elif out:
                out[-1] = (out[-1][0], out[-1][1] + 1)
        rows.append(out)
    return rows
