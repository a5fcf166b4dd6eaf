"""A handwritten signature over the print: its loops taken off the ink before the cells are read.

A signature in dark pen (or copied in black toner) is as dark as the print, so neither its grey nor its
colour tells it (`stamps`, `colour_ink`); its shape does. Its loops run on in one stroke across two or
three text lines and several letters: one piece of ink far taller and wider than the page's letters,
and thin for its box. Read with the cells it crosses it came out as stray letters ("У", "©", "\\_")
in them, or as a field of its own in an empty cell. No print makes such a piece once the rules are
off the ink: a letter, a word welded by a blur, a bracket or a rule's remnant is either short, or
narrow, or fills its box. The letters a signature crosses go with it; they were read as noise anyway.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import cv2
from parsers.ocr.stamps import without_stamp

TALL = 3.5  # a signature's loops are at least this many times the page's letters high, and as wide
FILL = 0.15  # ink covers at most this share of a signature's box (a thin stroke round open loops)
MIN_PIECES = 50  # pieces of ink a page needs to measure its letters by
# A piece of the signature the rules cut off (`_parts`): at least this many letters tall (a letter with
# a descender, a bracket is two), standing within PART_REACH letter heights of its loops' box.
PART_TALL, PART_REACH = 2.6, 1.0
FRINGE = 2  # pixels round the stroke whitened on the grey page as well (its blurred edge)


def letter_height(heights: np.ndarray) -> float | None:
    """The page's typical letter height: the median height of its ink's pieces (most are letters)."""
    return float(np.median(heights)) if heights.size >= MIN_PIECES else None


def signature_mask(clean: np.ndarray, speck: int) -> np.ndarray | None:
    """The pieces of `clean`'s ink (black on white, rules off) that are a signature's loops, as a bool
    mask; None when there are none."""
    ink = (clean < 128).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    w, h, area = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_AREA]
    letter = letter_height(h[area > speck])
    if letter is None:
        return None
    loops = (h >= TALL * letter) & (w >= TALL * letter) & (area <= FILL * w * h)
    if not loops.any():
        return None
    loops |= _parts(stats[1:], loops, (h >= PART_TALL * letter) & (area <= FILL * w * h), letter)
    return np.isin(labels, 1 + np.flatnonzero(loops))


def _parts(stats: np.ndarray, loops: np.ndarray, tall: np.ndarray, letter: float) -> np.ndarray:
    """The tall thin pieces beside the signature's loops: its strokes the table's rules, erased, cut
    off from them (`stats`: the pieces' boxes; `loops`, `tall`: bool per piece)."""
    x, y = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    x1, y1 = x + stats[:, cv2.CC_STAT_WIDTH], y + stats[:, cv2.CC_STAT_HEIGHT]
    found = np.zeros_like(loops)
    reach = PART_REACH * letter
    for i in np.flatnonzero(loops):
        found |= tall & (x < x1[i] + reach) & (x1 > x[i] - reach) & (y < y1[i] + reach) & (y1 > y[i] - reach)
    return found


def without_signature(gray: np.ndarray, clean: np.ndarray, speck: int) -> tuple[np.ndarray, np.ndarray]:
    """The grey page and its clean ink with a signature's loops whitened; both as they are without one."""
    mask = signature_mask(clean, speck)
    if mask is None:
        return gray, clean
    size = 2 * FRINGE + 1
    fringe = cv2.dilate(mask.astype(np.uint8), np.ones((size, size), np.uint8)) > 0
    gray, clean = gray.copy(), clean.copy()
    gray[fringe] = 255
    clean[mask] = 255
    return gray, clean


def without_marks(gray: np.ndarray, clean: np.ndarray, speck: int,
                  rules: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """The grey page and its clean ink without a round stamp (`stamps.without_stamp`, whose third value
    comes back too) and then without a signature's loops."""
    gray, clean, sides = without_stamp(gray, clean, rules)
    return (*without_signature(gray, clean, speck), sides)
