"""parsers.ocr on black-and-white (bilevel) scans: 1-bit page images, as an office scanner in
black-and-white mode writes them (made-up tables, no corpus text)."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from degrade import degrade_page
from PIL import Image

from parsers.ocr import image, page

XS, YS = [90, 165, 1050, 1410], [90, 195, 390, 585, 780]  # a narrow first column, as "№" has


def _sheet(angle: float) -> np.ndarray:
    """A page at 300 dpi with a table of one-pixel rules (a hairline a scanner's threshold keeps thin)
    and a line of words in each cell of its middle column, turned by `angle` pixel for pixel."""
    sheet = np.full((1050, 1500), 255, np.uint8)
    for y in YS:
        cv2.line(sheet, (XS[0], y), (XS[-1], y), 0, 1)
    for x in XS:
        cv2.line(sheet, (x, YS[0]), (x, YS[-1]), 0, 1)
    for top in YS[:-1]:
        cv2.putText(sheet, "Plan 2.1 test", (XS[1] + 20, top + 60), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)
    h, w = sheet.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(sheet, turn, (w, h), flags=cv2.INTER_NEAREST, borderValue=255)


def _pdf(picture: Image.Image, dpi: int) -> pdfium.PdfDocument:
    buffer = io.BytesIO()
    picture.save(buffer, "PDF", resolution=dpi)
    return pdfium.PdfDocument(buffer.getvalue())


def _read(pdf: pdfium.PdfDocument) -> tuple[float, list[list[int]]]:
    """The page's skew and the colspans of its table's rows, as the OCR reader finds them."""
    gray, scanned, bilevel = image.page_image(pdf, 0)
    speck = image.speck_area(scanned)
    angle = image.skew_angle(image.ink(gray, speck, median=not bilevel))
    _, tables, _ = page.page_grid(image.straighten(gray, angle), speck, bilevel)
    return angle, [[c.colspan for c in row] for t in tables for row in t.rows]


@pytest.mark.parametrize("angle", [0.0, 0.9, -1.4])
def test_a_bilevel_scan_with_hairline_rules_is_straightened_and_its_grid_found_whole(angle):
    """The median that takes the grain out of a grey scan wipes a one-pixel rule out: the tilt was
    taken from the letters alone and the table was not found at all."""
    skew, grid = _read(_pdf(Image.fromarray(_sheet(angle)).convert("1"), 300))
    assert skew == pytest.approx(-angle, abs=0.15)
    assert grid == [[1, 1, 1]] * 4


def test_a_black_and_white_scan_is_told_from_a_grey_one():
    """A 1-bit image, and a thresholded page saved as a grey JPEG, are bilevel; the same page scanned
    in grey (blurred, speckled, JPEG) is not."""
    sheet = Image.fromarray(_sheet(0.6))
    grey = degrade_page(sheet, np.random.default_rng(3), 0.0, 0.8, 0.002, 40)
    thresholded = Image.fromarray(np.where(np.asarray(grey) < 150, 0, 255).astype(np.uint8))
    jpeg = io.BytesIO()
    thresholded.save(jpeg, "JPEG", quality=90)
    found = [image.page_image(_pdf(picture, 300), 0)[2]
             for picture in (sheet.convert("1"), Image.open(io.BytesIO(jpeg.getvalue())), grey)]
    assert found == [True, True, False]
