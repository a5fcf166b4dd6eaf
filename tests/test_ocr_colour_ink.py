"""A colour scan's stamp and signature ink lifted off before binarisation (parsers/ocr/colour_ink.py)."""

import numpy as np

from parsers.ocr.colour_ink import to_grey
from parsers.ocr.cv import cv2


def _page(ring: tuple[int, int, int], lines: tuple[int, int, int] = (30, 30, 30)) -> np.ndarray:
    """A warm paper (BGR) with ten dark print bars and a ring of `ring` ink multiplied over them."""
    page = np.full((400, 600, 3), (215, 228, 232), np.uint8)
    for y in range(40, 360, 32):
        page[y:y + 8, 40:560] = lines
    stamp = np.zeros((400, 600), np.uint8)
    cv2.circle(stamp, (300, 200), 120, 255, 8)
    over = page.astype(np.float32) * np.array(ring, np.float32) / 255
    page[stamp > 0] = over[stamp > 0].astype(np.uint8)
    return page


def test_a_blue_ring_over_black_print_turns_white_and_the_print_under_it_stays_dark():
    page = _page((200, 80, 60))  # blue (BGR)
    grey = to_grey(page)
    assert grey[190, 417:424].min() >= 230  # the ring's right side, on paper between two bars
    assert grey[200:208, 417:424].max() < 60  # a print bar where the ring crosses it
    usual = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    assert usual[190, 417:424].max() < 150  # the usual grey keeps the ring as dark ink


def test_a_violet_signature_stroke_turns_white():
    page = np.full((200, 400, 3), 225, np.uint8)
    page[40:48, 20:380] = 35  # a print bar
    cv2.line(page, (20, 150), (380, 120), (150, 40, 110), 4)  # violet pen (BGR)
    grey = to_grey(page)
    assert grey[135:138, 195:205].min() >= 225
    assert grey[40:48, 100].max() <= 40


def test_a_page_printed_in_colour_and_a_grey_page_keep_their_usual_grey():
    coloured = _page((200, 80, 60), lines=(160, 40, 20))  # the print itself blue
    assert np.array_equal(to_grey(coloured), cv2.cvtColor(coloured, cv2.COLOR_BGR2GRAY))
    grey = _page((120, 120, 120), lines=(30, 30, 30))
    grey[...] = grey.min(axis=2, keepdims=True)  # equal channels
    assert np.array_equal(to_grey(grey), cv2.cvtColor(grey, cv2.COLOR_BGR2GRAY))
    flat = grey[..., 0].copy()
    assert to_grey(flat) is flat
