"""parsers.ocr.soft: a cell of a coarse, soft scan read from its grey at the scanner's resolution."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from test_ocr import needs_tesseract

from parsers.ocr import engine, image, page, soft
from parsers.ocr.cv import cv2
from parsers.ocr.gibberish import is_noise

FONTS = [Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
         Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")]
FONT = next((f for f in FONTS if f.is_file()), None)
# Times-like thin print (Debian's fonts-liberation, which LibreOffice brings), as orders are set in.
needs_font = pytest.mark.skipif(FONT is None, reason="fonts-liberation not installed")
# Made-up lines of a measure, as an order's name column sets them.
LINES = ["Проведение совещаний по итогам", "контрольных работ учащихся", "основной школы района"]
_PREP = soft.Prep(soft.scale(125), soft.BLUR_SIGMA)  # as a 125 dpi page without rules is prepared


def _soft_cell(dpi: int, blur: float, rng: np.random.Generator) -> np.ndarray:
    """The lines printed in 12 pt at `dpi`, blurred, speckled and JPEG'd as a cheap scanner does, then
    rendered at 300 dpi as the page reader sees them."""
    font = ImageFont.truetype(str(FONT), round(12 * dpi / 72))
    step = round(14 * dpi / 72)
    cell = Image.new("L", (round(3.4 * dpi), step * len(LINES) + round(0.2 * dpi)), 255)
    draw = ImageDraw.Draw(cell)
    for i, line in enumerate(LINES):
        draw.text((round(0.1 * dpi), round(0.1 * dpi) + i * step), line, font=font, fill=0)
    pixels = np.asarray(cell.filter(ImageFilter.GaussianBlur(blur))).copy()
    noise = rng.random(pixels.shape)
    pixels[noise < 0.003] = 0
    pixels[noise > 0.997] = 255
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "JPEG", quality=28)
    scan = np.asarray(Image.open(io.BytesIO(buffer.getvalue())))
    return cv2.resize(scan, None, fx=image.DPI / dpi, fy=image.DPI / dpi, interpolation=cv2.INTER_LINEAR)


def _read(gray: np.ndarray, coarse: page.Coarse | None) -> str:
    ink = image.ink(gray, image.speck_area(125))
    clean = page.without_rules(ink, np.zeros_like(ink))
    inked = page.grey_ink(gray, clean, np.zeros_like(ink))
    box = (0, 0, gray.shape[1], gray.shape[0])
    lines, _, _ = page.read_cell(clean, box, gray, False, inked, coarse)
    return " ".join(ln.text for ln, _ in lines)


def test_a_fine_scan_or_one_of_unknown_resolution_is_read_as_rendered():
    assert soft.scale(None) is None and soft.scale(300) is None and soft.scale(280) is None
    assert soft.scale(150) == pytest.approx(0.5)
    assert soft.scale(60) == soft.MIN_SCALE  # a scan so coarse is not read smaller than print allows


def _ruled(blur: float) -> tuple[np.ndarray, np.ndarray]:
    """A page with three thin horizontal rules and a column rule across them, blurred by `blur` (pixels),
    and the rules' mask as the grid finder makes it."""
    sharp = np.full((400, 900), 255, np.uint8)
    for y in (100, 200, 300):
        sharp[y:y + 3, 50:850] = 0
    sharp[100:303, 400:403] = 0
    gray = cv2.GaussianBlur(sharp, (0, 0), blur) if blur else sharp
    return gray, np.where(sharp < 128, 255, 0).astype(np.uint8)


def test_the_spread_of_a_rule_tells_the_blur_of_the_page():
    """A rule's grey profile spreads as far as the blur does: the measure follows the blur, not the
    file, and a page without long rules (letters only) gives none."""
    spreads = [soft.rule_spread(*_ruled(blur)) for blur in (0, 1.5, 3.0, 4.5)]
    assert spreads[0] < 1.5
    assert spreads[1] < spreads[2] < spreads[3]
    assert spreads[3] == pytest.approx(4.5, abs=0.5)
    letters = np.zeros((400, 900), np.uint8)
    letters[100:130, 50:70] = 255
    assert soft.rule_spread(np.full((400, 900), 255, np.uint8), letters) is None


def test_a_softer_page_is_sharpened_harder_and_read_smaller():
    """The blur taken back and the scale follow the measured spread; without rules, the scan's
    resolution and the fixed blur decide; a fine scan is read as rendered whatever it shows."""
    soft_page, softer_page = soft.preparation(125, *_ruled(3.0)), soft.preparation(125, *_ruled(4.5))
    assert softer_page.sigma > soft_page.sigma and softer_page.scale < soft_page.scale
    assert soft.MIN_SCALE <= softer_page.scale <= soft.COARSE
    blank = np.full((400, 900), 255, np.uint8)
    assert soft.preparation(125, blank, np.zeros_like(blank)) == soft.Prep(soft.scale(125), soft.BLUR_SIGMA)
    assert soft.preparation(300, *_ruled(4.5)) is None


def test_the_blur_is_taken_back_and_specks_removed():
    """A blurred stroke comes back darker at its core and with a lighter skirt; a lone speck is gone."""
    sharp = np.full((60, 60), 255, np.uint8)
    sharp[10:50, 28:32] = 0
    blurred = cv2.GaussianBlur(sharp, (0, 0), 2.5)
    blurred[5, 5] = 0
    out = soft.sharpened(blurred)
    assert out[30, 30] < blurred[30, 30] - 20
    assert out[30, 24] > blurred[30, 24] + 10 and out[30, 35] > blurred[30, 35] + 10
    assert out[5, 5] > 200


@needs_tesseract
@needs_font
def test_a_soft_cell_of_a_coarse_scan_is_read_from_its_grey_at_the_scans_resolution():
    """At 125 dpi with a blur of 1.3 of its pixels, the black-and-white cell breaks the letters into
    crumbs; read from the despeckled, sharpened grey at the scan's resolution, the lines come back."""
    gray = _soft_cell(125, 1.3, np.random.default_rng(5))
    printed = " ".join(LINES).split()
    before = _words_right(_read(gray, None), printed)
    after = _words_right(_read(gray, (gray, soft.Prep(soft.scale(125), soft.BLUR_SIGMA))), printed)
    assert after >= len(printed) - 1 and after >= before + 2


def _words_right(text: str, printed: list[str]) -> int:
    """How many printed words are read letter for letter (a speck's stop beside one aside)."""
    read = [w.strip(".,:;") for w in text.split()]
    return sum(1 for w in printed if w in read)


@needs_tesseract
@needs_font
def test_text_outside_the_tables_of_a_soft_coarse_scan_is_read_from_its_grey_too():
    """A plan's title between two tables is read with the engine's page layout: on the same soft
    125 dpi print it comes back from the grey as it does in a cell."""
    gray = cv2.copyMakeBorder(_soft_cell(125, 1.3, np.random.default_rng(5)), 60, 60, 60, 60,
                              cv2.BORDER_CONSTANT, value=255)
    outside = page.without_rules(image.ink(gray, image.speck_area(125)), np.zeros(gray.shape, np.uint8))
    printed = " ".join(LINES).split()
    before = _words_right(" ".join(ln.text for ln in page._free_text(outside, [], None)), printed)
    after = _words_right(" ".join(ln.text for ln in page._free_text(outside, [], (gray, _PREP))), printed)
    assert after >= len(printed) - 1 and after >= before + 2


def test_speck_marks_glued_before_a_lines_first_letter_are_dropped():
    """A speck at a line's start read with the word ("‘дополнительного"); a number's speck mark is left
    to the number reader, a quote inside the line stays."""
    assert engine.without_leading_specks("‘дополнительного образования") == "дополнительного образования"
    assert engine.without_leading_specks("‚`образования") == "образования"
    assert engine.without_leading_specks("`55.") == "`55."
    assert engine.without_leading_specks("акция ‘Точка’") == "акция ‘Точка’"


@needs_tesseract
@needs_font
def test_the_words_of_a_grey_reading_stand_where_its_lines_stand():
    """The grey reading is made at the scan's resolution and brought back to the page's pixels: each
    word's box too, since the columns of a table without rules are found from the words
    (`parsers.ocr.unruled`)."""
    gray = cv2.copyMakeBorder(_soft_cell(125, 1.3, np.random.default_rng(5)), 60, 60, 60, 60,
                              cv2.BORDER_CONSTANT, value=255)
    lines = soft.read(gray, _PREP, engine.PAGE)
    spans = [(ln.box, box) for ln in lines for _, box in ln.spans]
    assert spans
    for (x0, y0, x1, y1), (a, b, c, d) in spans:
        assert x0 - 3 <= a < c <= x1 + 3 and y0 - 3 <= b < d <= y1 + 3


@needs_tesseract
@needs_font
def test_a_reading_of_the_coarse_grey_is_kept_as_read(monkeypatch):
    """The grey reading of a soft cell is made to avoid the black-and-white cell's crumbs: its weak
    lines are not read again from those crumbs (`refine`), while a cell kept as binarised still is."""
    gray = _soft_cell(125, 1.3, np.random.default_rng(5))
    made, refined = [], []
    read = soft.read
    monkeypatch.setattr(soft, "read", lambda *a, **k: made.append(read(*a, **k)) or made[-1])
    monkeypatch.setattr(page, "refine", lambda src, found, pad, shades: refined.append(found) or found)
    text = _read(gray, (gray, _PREP))
    assert made and text == " ".join(ln.text for ln in made[-1] if not is_noise(ln))
    assert not any(found is mine for found in refined for mine in made)
    _read(gray, None)
    assert refined
