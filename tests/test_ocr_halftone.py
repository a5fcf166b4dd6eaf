"""parsers.ocr on black-and-white scans made in halftone mode (a fax's photo mode): greys dithered
into dots, so thin rules come as dotted lines (made-up tables, no corpus text)."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from parsers.ocr import halftone, image, page

XS, YS = [60, 110, 700, 940], [60, 130, 260, 390, 520]  # a table at 204 dpi, a narrow first column


def _sheet(angle: float, noise: float, rng: np.random.Generator) -> np.ndarray:
    """A page as a fax machine sees it at 204 dpi before it goes black-and-white: grey rules two pixels wide,
    a line of words in each cell of the middle column, the paper's grain; turned by `angle`."""
    sheet = np.full((720, 1000), 250, np.uint8)
    for y in YS:
        cv2.line(sheet, (XS[0], y), (XS[-1], y), 110, 2)
    for x in XS:
        cv2.line(sheet, (x, YS[0]), (x, YS[-1]), 110, 2)
    for top in YS[:-1]:
        cv2.putText(sheet, "Plan 2.1 test", (XS[1] + 15, top + 45), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 40, 2)
    h, w = sheet.shape
    turned = cv2.warpAffine(sheet, cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0), (w, h),
                            flags=cv2.INTER_LINEAR, borderValue=250).astype(np.float32)
    return np.clip(turned + rng.normal(0, noise, turned.shape), 0, 255).astype(np.uint8)


def _pdf(picture: Image.Image) -> pdfium.PdfDocument:
    buffer = io.BytesIO()
    picture.save(buffer, "PDF", resolution=204)
    return pdfium.PdfDocument(buffer.getvalue())


def _dithered(angle: float, noise: float = 4.0) -> Image.Image:
    return Image.fromarray(_sheet(angle, noise, np.random.default_rng(5))).convert("1", dither=Image.FLOYDSTEINBERG)


def _thresholded(angle: float) -> Image.Image:
    grey = _sheet(angle, 4.0, np.random.default_rng(5))
    return Image.fromarray(np.where(grey < 180, 0, 255).astype(np.uint8)).convert("1")


@pytest.mark.parametrize("angle", [0.0, 0.7, -1.1])
def test_a_dithered_fax_is_read_as_grey_and_its_dotted_grid_found_whole(angle):
    """Read as black and white, the dotted rules broke under the opening that finds rules: no table."""
    gray, scanned, bilevel = image.page_image(_pdf(_dithered(angle)), 0)
    assert not bilevel
    speck = image.speck_area(scanned)
    skew = image.skew_angle(image.ink(gray, speck))
    _, tables, _ = page.page_grid(image.straighten(gray, skew), speck)
    assert [[c.colspan for c in row] for t in tables for row in t.rows] == [[1, 1, 1]] * 4


@pytest.mark.parametrize("noise", [0.0, 4.0])
def test_dots_tell_a_halftone_from_a_thresholded_page(noise):
    """With or without grain on the paper, the dithered page is a halftone; the same page cut at one
    threshold is not (its blobs are letters and rules), nor is a page with a few specks and stops."""
    dots = np.asarray(Image.fromarray(_sheet(0.5, noise, np.random.default_rng(2)))
                      .convert("1", dither=Image.FLOYDSTEINBERG)).astype(np.uint8) * 255
    cut = np.asarray(_thresholded(0.5)).astype(np.uint8) * 255
    specked = cut.copy()
    specked[np.random.default_rng(3).random(cut.shape) < 0.0005] = 0
    assert [halftone.dithered(p) for p in (dots, cut, specked)] == [True, False, False]


def test_a_thresholded_fax_stays_black_and_white():
    """A fax in its text mode is bilevel as before: no blur is laid on its sharp rules."""
    assert image.page_image(_pdf(_thresholded(0.4)), 0)[2]
