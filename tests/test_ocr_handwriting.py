"""A dark signature's loops over the print taken off before the cells are read (parsers/ocr/handwriting.py)."""

import numpy as np

from parsers.ocr.cv import cv2
from parsers.ocr.handwriting import signature_mask, without_signature

SPECK = 10


def _print(height: int = 900, width: int = 1200) -> np.ndarray:
    """A clean page (black on white) of text lines: letter-sized blobs 16 x 24 pixels, 6 apart."""
    page = np.full((height, width), 255, np.uint8)
    for top in range(60, height - 60, 50):
        for left in range(60, width - 60, 22):
            page[top:top + 24, left:left + 16] = 0
    return page


def _loops(page: np.ndarray, x0: int, y0: int) -> None:
    """A signature's loops: one pen stroke of several loops, 130 pixels high and 500 wide."""
    t = np.linspace(0, 1, 400)
    xs = x0 + 500 * t + 30 * np.sin(2 * np.pi * 6 * t)
    ys = y0 + 65 * np.sin(2 * np.pi * 6 * t + 1.2)
    cv2.polylines(page, [np.stack([xs, ys], 1).astype(np.int32)], False, 0, 4)


def test_a_signature_over_the_margin_between_lines_is_whitened_and_the_letters_stay():
    page = np.full((900, 1400), 255, np.uint8)
    page[60:850] = _print(790, 1400)[:790]  # text down the page
    page[300:560, :] = 255  # a gap in it: the place signed
    _loops(page, 500, 430)
    mask = signature_mask(page, SPECK)
    assert mask is not None
    assert mask[330:530, 500:1000].sum() > 2000  # the loops
    gray, clean = without_signature(page.copy(), page, SPECK)
    assert np.count_nonzero(clean[300:560] < 128) == 0
    assert np.array_equal(clean[:300], page[:300]) and np.array_equal(clean[560:], page[560:])
    assert gray[430, 500:1000].min() == 255


def test_print_alone_and_a_filled_emblem_are_no_signature():
    """Letters, a rule's remnant down the page (narrow) and a solid emblem (fills its box) stay."""
    page = _print()
    page[100:800, 1150:1154] = 0  # a rule's remnant
    cv2.circle(page, (600, 450), 120, 0, -1)  # an emblem, filled
    assert signature_mask(page, SPECK) is None
    gray = page.copy()
    got_gray, got_clean = without_signature(gray, page, SPECK)
    assert got_gray is gray and got_clean is page
