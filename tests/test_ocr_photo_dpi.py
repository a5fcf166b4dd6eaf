"""A photo page far larger than a printed one is rendered at what its sheet needs (parsers.ocr.photo_dpi)."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw

from parsers.ocr import image, photo_dpi, sheet


def _pdf(picture: Image.Image, resolution: float) -> pdfium.PdfDocument:
    buf = io.BytesIO()
    picture.save(buf, "PDF", resolution=resolution)
    return pdfium.PdfDocument(buf.getvalue())


def _photo() -> Image.Image:
    """A bright sheet with lines of print, slightly turned, on a dark desk."""
    picture = Image.new("L", (1200, 1700), 70)
    draw = ImageDraw.Draw(picture)
    draw.polygon([(160, 150), (1050, 180), (1030, 1540), (140, 1510)], fill=225)
    for y in range(300, 1400, 60):
        draw.line([(260, y), (900, y + 10)], fill=30, width=4)
    return picture


def test_large_photo_is_rendered_at_what_its_sheet_needs():
    pdf = _pdf(_photo(), 50)  # 24 x 34 inches: a phone's pixels put in at a low resolution
    dpi = photo_dpi.render_dpi(pdf[0], 300)
    assert 100 < dpi < 250
    gray, _, _ = image.page_image(pdf, 0, 300)
    assert abs(max(gray.shape) - sheet.A4_LONG * 300) < 0.03 * sheet.A4_LONG * 300  # still a page at 300 dpi


def test_page_of_a_printed_size_keeps_the_reading_resolution():
    pdf = _pdf(_photo(), 150)  # 8 x 11.3 inches
    assert photo_dpi.render_dpi(pdf[0], 300) == 300


def test_large_page_without_a_sheet_keeps_the_reading_resolution():
    blank = Image.fromarray(np.full((1700, 1200), 235, np.uint8))
    assert photo_dpi.render_dpi(_pdf(blank, 50)[0], 300) == 300
