"""parsers.ocr.grid on black-and-white scans whose thin rules come as dashes (a fax: a tilted hairline
falls between two of the scanner's rows every inch or so, and the threshold drops it there). Made-up
tables, no corpus text."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from parsers.ocr import grid, image, page

XS, YS = [90, 165, 1050, 1410], [90, 195, 390, 585, 780]
DASH, GAP = 150, 30  # pixels at 300 dpi: dashes, and the white between them (shorter than the rule kernel, 37 here)


def _sheet(missing_middle: int | None = None) -> np.ndarray:
    """A page at 300 dpi with a table whose horizontal rules are dashes (each rule's gaps elsewhere,
    as the tilt sets them) and whose column sides are whole, a line of words in each middle cell;
    `missing_middle`: the index of a rule drawn only over the outer columns (a cell spanning two rows)."""
    sheet = np.full((1050, 1500), 255, np.uint8)
    for i, y in enumerate(YS):
        start = XS[0] - 37 * i  # the gaps of each rule fall elsewhere
        for x in range(start, XS[-1], DASH + GAP):
            a, b = max(x, XS[0]), min(x + DASH, XS[-1])
            if b > a:
                sheet[y - 1:y + 2, a:b] = 0
        if i == missing_middle:
            sheet[y - 1:y + 2, XS[1] + 2:XS[2] - 1] = 255
    for x in XS:
        sheet[YS[0]:YS[-1] + 1, x - 1:x + 1] = 0
    for top in YS[:-1]:
        cv2.putText(sheet, "Plan 2.1 test", (XS[1] + 20, top + 60), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)
    return sheet


def _grid(sheet: np.ndarray) -> list[list[tuple[int, bool]]]:
    """The (colspan, covered) of every cell of the tables the reader finds on the page scanned in black
    and white."""
    buffer = io.BytesIO()
    Image.fromarray(sheet).convert("1").save(buffer, "PDF", resolution=300)
    gray, scanned, bilevel = image.page_image(pdfium.PdfDocument(buffer.getvalue()), 0)
    assert bilevel
    _, tables, _ = page.page_grid(gray, image.speck_area(scanned), bilevel)
    return [[(c.colspan, c.covered) for c in row] for t in tables for row in t.rows]


def test_a_black_and_white_scans_dashed_rules_make_one_whole_grid():
    """Each dash is shorter than a fifth of the page: taken apart, no rule is as long as a table is
    wide, and the table fell into pieces (its columns read as free text, its plan lost)."""
    assert _grid(_sheet()) == [[(1, False)] * 3] * 4
    ink = image.ink(np.where(_sheet() < 128, 0, 255).astype(np.uint8), median=False)
    apart, _ = grid.find_tables(ink)
    assert [[(c.colspan, c.covered) for c in row] for t in apart for row in t.rows] != [[(1, False)] * 3] * 4


def test_a_rule_missing_over_a_whole_column_stays_missing():
    """The dashes are joined across gaps shorter than a dash; a column is wider: the middle cell of the
    second and third rows is one cell spanning both."""
    found = _grid(_sheet(missing_middle=2))
    assert found == [[(1, False)] * 3, [(1, False)] * 3, [(1, False), (1, True), (1, False)], [(1, False)] * 3]


def test_dashes_are_joined_along_their_line_only():
    """Two dashes a few pixels apart across the line meet; runs of two lines further apart do not."""
    pieces = np.zeros((60, 400), np.uint8)
    pieces[20, 10:150] = 255
    pieces[21, 190:330] = 255  # the tilt's step: one pixel lower
    pieces[40, 150:190] = 255  # another line's run, under the gap
    joined = grid.join_dashes(pieces, 62)
    assert joined[20:22, 150:190].any(axis=0).all()
    assert not joined[23:40].any()
    assert not joined[20:22, 331:].any()
