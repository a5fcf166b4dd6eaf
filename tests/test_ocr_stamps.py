"""parsers.ocr.stamps: a round stamp fainter than the print taken off the page before OCR; the print,
a page with no stamp, a straight faint line and a black-and-white page left as they are."""

from __future__ import annotations

import cv2
import numpy as np

from parsers.ocr import image
from parsers.ocr.stamps import without_stamp

H, W = 900, 1200
CENTRE, RADIUS = (620, 460), 260


def _print(gray: np.ndarray) -> None:
    """Made-up lines of black text over the page, about 10 pt at 300 dpi."""
    for k, words in enumerate(["Plan of measures for the year", "Monitoring of the schools results",
                               "Methodical support of teachers", "Report on the results of the work",
                               "Seminars for the heads of schools", "Analysis of the regional tests",
                               "Courses of the teachers", "Round tables and conferences"]):
        cv2.putText(gray, words, (60, 120 + 95 * k), cv2.FONT_HERSHEY_SIMPLEX, 1.3, 0, 3, cv2.LINE_AA)


def _ring(gray: np.ndarray, shade: int) -> None:
    """A stamp drawn over the print as a scanner sees it: two rings and marks round them in `shade`."""
    stamp = np.full_like(gray, 255)
    cv2.circle(stamp, CENTRE, RADIUS, shade, 6)
    cv2.circle(stamp, CENTRE, int(RADIUS * 0.78), shade, 3)
    for k in range(24):
        a = 2 * np.pi * k / 24
        inner = (int(CENTRE[0] + np.cos(a) * RADIUS * 0.84), int(CENTRE[1] + np.sin(a) * RADIUS * 0.84))
        outer = (int(CENTRE[0] + np.cos(a) * RADIUS * 0.95), int(CENTRE[1] + np.sin(a) * RADIUS * 0.95))
        cv2.line(stamp, inner, outer, shade + 10, 3)
    np.minimum(gray, stamp, out=gray)


def _scanned(gray: np.ndarray, seed: int = 3) -> np.ndarray:
    blurred = cv2.GaussianBlur(gray.astype(np.float32), (0, 0), 1.0)
    noisy = blurred + np.random.default_rng(seed).normal(0, 4, gray.shape)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def _page(stamp: int | None) -> tuple[np.ndarray, np.ndarray]:
    """A scanned page of print, with a stamp of grey `stamp` over it or none; and its print alone."""
    gray = np.full((H, W), 255, np.uint8)
    _print(gray)
    alone = _scanned(gray)
    if stamp is not None:
        _ring(gray, stamp)
    return _scanned(gray), alone


def _ring_band() -> np.ndarray:
    band = np.zeros((H, W), np.uint8)
    cv2.circle(band, CENTRE, RADIUS, 255, 14)
    return band > 0


def test_a_faint_ring_over_the_print_is_taken_off_and_the_letters_stay():
    gray, alone = _page(stamp=130)
    ink = image.ink(gray)
    _, clean, _ = without_stamp(gray, 255 - ink)
    kept = 255 - clean
    letters = image.ink(alone) > 0
    off_print = ~cv2.dilate(letters.astype(np.uint8), np.ones((9, 9), np.uint8)).astype(bool)
    band = _ring_band() & off_print
    assert np.count_nonzero(ink[band]) > 2000  # the ring is in the binarised ink ...
    assert np.count_nonzero(kept[band]) < 0.1 * np.count_nonzero(ink[band])  # ... and taken off it
    marks = off_print & ~_ring_band()  # the inner ring and the marks round it
    assert np.count_nonzero(ink[marks]) > 1000
    assert np.count_nonzero(kept[marks]) < 0.1 * np.count_nonzero(ink[marks])
    # the letters' ink stays: all but the few pixels where the ring runs over them
    assert np.count_nonzero(kept[letters]) > 0.97 * np.count_nonzero(ink[letters])


def test_a_page_with_no_stamp_comes_back_as_it_is():
    gray, _ = _page(stamp=None)
    ink = image.ink(gray)
    clean = 255 - ink
    got_gray, got_clean, _ = without_stamp(gray, clean)
    assert got_gray is gray and got_clean is clean


def test_a_ring_as_dark_as_the_print_is_no_stamp():
    """Black-and-white scans and dark circles of the print itself (a drawn diagram) have cores: kept."""
    gray, _ = _page(stamp=0)
    ink = image.ink(gray)
    _, got_clean, _ = without_stamp(gray, 255 - ink)
    assert np.array_equal(got_clean, 255 - ink)


def test_a_long_straight_faint_line_is_no_ring():
    """A faint underline or the stub of a grey rule runs long but does not bend: it stays."""
    gray = np.full((H, W), 255, np.uint8)
    _print(gray)
    cv2.line(gray, (60, 860), (1100, 860), 135, 4)
    gray = _scanned(gray)
    ink = image.ink(gray)
    _, got_clean, _ = without_stamp(gray, 255 - ink)
    assert np.array_equal(got_clean, 255 - ink)
