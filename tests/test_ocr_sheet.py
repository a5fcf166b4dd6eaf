"""parsers.ocr.sheet: a photographed sheet is cut off the darker desk it lies on and warped upright, its
uneven light evened, before its grid is looked for; a scan (no surround) is left as it is. On a ruled
table drawn here, photographed by hand (corners moved, a darker surface, light falling off)."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from parsers.ocr import image, page, sheet

FONT = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
DPI = 150
W, H = 1240, 1754  # an A4 page at DPI
XS, YS = [120, 220, 800, 1120], [200, 280, 380, 480, 580, 680, 780]
ROWS = [["№", "Мероприятие", "Срок"], ["1.", "Семинар для учителей", "Март"],
        ["2.", "Отчет о работе школ", "Апрель"], ["3.", "Олимпиада по физике", "Май"],
        ["4.", "Совещание директоров", "Июнь"], ["5.", "Конкурс проектов", "Сентябрь"]]
MARGIN = 110  # pixels of desk around the sheet in the photo
MOVED = np.float32([[35, -30], [-40, 20], [30, 45], [-20, -35]])  # where the photo moved the corners
DESK = 70  # the desk's grey


def _table_page() -> np.ndarray:
    """An A4 page with a ruled table of three columns and six rows."""
    drawn = Image.new("L", (W, H), 255)
    draw = ImageDraw.Draw(drawn)
    font = ImageFont.truetype(FONT, 24)
    for y in YS:
        draw.line([(XS[0], y), (XS[-1], y)], fill=0, width=2)
    for x in XS:
        draw.line([(x, YS[0]), (x, YS[-1])], fill=0, width=2)
    for row, top in zip(ROWS, YS, strict=False):
        for text, left in zip(row, XS, strict=False):
            draw.text((left + 12, top + 25), text, font=font, fill=0)
    return np.asarray(drawn).copy()


def _light(h: int, w: int, dark: float) -> np.ndarray:
    """Light falling off from the left side to the right by `dark` of its strength."""
    return np.tile(1 - dark * np.linspace(0, 1, w, dtype=np.float32), (h, 1))


def _photo(gray: np.ndarray, dark: float = 0.4, shadow: bool = False, band: bool = False,
           desk: float = DESK) -> np.ndarray:
    """The page as a phone takes it: on a desk, its corners moved, lit unevenly, a little blurred."""
    size = (W + 2 * MARGIN, H + 2 * MARGIN)
    source = np.float32([[0, 0], [W, 0], [W, H], [0, H]])
    target = source + MARGIN + MOVED
    matrix = cv2.getPerspectiveTransform(source, target)
    paper = cv2.warpPerspective(gray.astype(np.float32), matrix, size, flags=cv2.INTER_LINEAR)
    on = cv2.warpPerspective(np.ones_like(gray, np.float32), matrix, size, flags=cv2.INTER_LINEAR)
    shot = paper * on + desk * (1 - on)
    shot *= _light(size[1], size[0], dark)
    if shadow:  # the phone's shadow over the sheet's lower right corner
        yy, xx = np.mgrid[0:size[1], 0:size[0]]
        shot[(xx + yy) > 0.85 * (size[0] + size[1])] *= 0.6
    if band:  # a shadow across the whole sheet, slanting
        yy, xx = np.mgrid[0:size[1], 0:size[0]]
        shot[np.abs(yy - 0.4 * size[1] - 0.3 * xx) < 90] *= 0.45
    return np.clip(cv2.GaussianBlur(shot, (0, 0), 1.0), 0, 255).astype(np.uint8)


def test_a_scan_without_a_surround_comes_back_as_it_was():
    scan = (_table_page().astype(np.float32) * 0.9 + 20).astype(np.uint8)
    assert sheet.flatten(scan, DPI) == (scan, 1.0)


def test_the_photographed_sheet_is_found_at_its_corners():
    corners = sheet.find(_photo(_table_page()))
    expected = np.float32([[0, 0], [W, 0], [W, H], [0, H]]) + MARGIN + MOVED
    assert corners is not None
    assert np.abs(corners - expected).max() < 0.01 * W


def test_a_shadowed_corner_still_leaves_the_sheet_found():
    assert sheet.find(_photo(_table_page(), dark=0.3, shadow=True)) is not None


def test_a_shadow_across_the_sheet_does_not_part_it():
    corners = sheet.find(_photo(_table_page(), dark=0.2, band=True))
    expected = np.float32([[0, 0], [W, 0], [W, H], [0, H]]) + MARGIN + MOVED
    assert corners is not None
    assert np.abs(corners - expected).max() < 0.01 * W


def test_the_desk_is_cut_off_and_the_table_read_in_its_columns():
    shot = _photo(_table_page())
    flat, zoom = sheet.flatten(shot, DPI)
    assert max(flat.shape) == round(sheet.A4_LONG * DPI)
    assert abs(zoom - 1) < 0.05  # the page was drawn at a page's size
    ink = image.ink(flat)
    band = int(0.01 * W)
    assert not ink[:band].any() and not ink[-band:].any() and not ink[:, :band].any() and not ink[:, -band:].any()
    _, tables, _ = page.page_grid(flat, image.SPECK_AREA)
    assert [(len(t.rows), max(len(r) for r in t.rows)) for t in tables] == [(len(YS) - 1, len(XS) - 1)]


def test_the_light_is_evened_so_the_paper_is_white_on_both_sides():
    lit = (_table_page().astype(np.float32) * _light(H, W, 0.5)).astype(np.uint8)
    flat = sheet.even(lit)
    left, right = flat[1000:1200, 30:90], flat[1000:1200, W - 90:W - 30]
    assert abs(float(np.median(left)) - float(np.median(right))) <= 5
    assert float(np.median(right)) >= 240
    rule = flat[YS[0] + 40:YS[-1] - 40, XS[-1] - 3:XS[-1] + 3]  # the right-hand rule, where the light is weakest
    assert rule.min(axis=1).max() < 128


def test_a_dark_band_along_one_side_of_a_page_filling_the_image_is_no_desk():
    copy = _table_page()
    copy[:, :60] = 40  # a copier's shade along the left edge, the page reaching the other three
    assert sheet.flatten(copy, DPI) == (copy, 1.0)


def test_a_sheet_photographed_small_is_enlarged_to_a_page_and_says_by_how_much():
    shot = _photo(_table_page())
    small = cv2.resize(shot, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    flat, zoom = sheet.flatten(small, DPI)
    assert max(flat.shape) == round(sheet.A4_LONG * DPI)
    assert abs(zoom - 2) < 0.1


def test_under_light_falling_off_strongly_the_dark_end_of_the_sheet_is_still_sheet():
    shot = _photo(_table_page(), dark=0.6, desk=160)  # the paper's far end darker than the desk's lit side
    corners = sheet.find(shot)
    expected = np.float32([[0, 0], [W, 0], [W, H], [0, H]]) + MARGIN + MOVED
    assert corners is not None
    assert np.abs(corners - expected).max() < 0.01 * W
