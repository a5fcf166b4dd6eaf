"""Faint column sides a fax breaks into dots and short dashes: found as thin ink running on down a line.

A thin side sent at a light threshold (or with line noise) keeps only some of its pixels: what is left
is dots and dashes shorter than the kernel that finds vertical rules (`grid.rule_masks`), so the grid
lost its columns and a table was read as one wide cell a row, or not found at all. As for a faint
horizontal rule (`parsers.ocr.faint_rules`), the ink is kept where it is thin (white a few pixels to
its left and right, as a letter's stem in a word is not on both sides), its drop-outs are bridged, and
a run as long as a few text lines, mostly inked, is a side. A column of print fails: the white between
its lines is wider than a drop-out, and its letters' stems stand apart.
Looked for on black-and-white scans only (`grid.find_tables`' `dashed`): a grey scan keeps a thin side's
grey, which the rule kernel finds; there dashes are a stamp's ring or a signature, and bridged to a side
under them they cut a row spanning the table (a section heading) in two.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import components, cv2
from parsers.ocr.faint_rules import COVER, FOUND, HOLE, PIECE, REACH


def _thin_across(ink: np.ndarray) -> np.ndarray:
    """The ink (0/255) with white `REACH` pixels to its left and right."""
    on = ink > 0
    left, right = np.zeros_like(on), np.zeros_like(on)
    left[:, REACH:] = on[:, :-REACH]
    right[:, :-REACH] = on[:, REACH:]
    return np.where(on & ~left & ~right, 255, 0).astype(np.uint8)


def find(ink: np.ndarray, vert: np.ndarray) -> np.ndarray:
    """A mask of the faint sides in a page's ink (0/255) that the vertical rule mask `vert` does not
    hold already (a side the rule kernel found keeps its reading). Each run is judged on its own: a
    side is open where a cell spans its columns, so the pieces of one line are not added up."""
    thin = _thin_across(ink)
    bridged = cv2.morphologyEx(thin, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, HOLE)))
    runs = cv2.morphologyEx(bridged, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, PIECE)))
    count, labels, stats, _ = components(runs)
    kept = np.zeros(count, bool)
    near = cv2.dilate(vert, np.ones((1, 2 * REACH + 1), np.uint8)) > 0
    for i in range(1, count):
        x, y, w, h = (int(v) for v in stats[i, :4])
        inked = np.count_nonzero(thin[y:y + h, x:x + w].any(axis=1))
        found = np.count_nonzero(near[y:y + h, x:x + w].any(axis=1))
        kept[i] = inked >= COVER * h and found < FOUND * h
    return np.where(kept[labels], 255, 0).astype(np.uint8)
