"""A streak down the whole page: the line a speck of dirt on a fax's or a feeder's scan glass draws.

The sheet moves past the sensor, so the dirt prints one black line from the page's top to its bottom
(slanted as much as the page was skewed), through the margins, the text and every table. Taken as a
rule it welded all the page's tables into one grid, the text between them read as its rows. No rule
of a table runs into both the top and the bottom band of the page (`edges.EDGE_BAND`, where a fax
prints its header line): a vertical run that does, a short gap of a dropped scan line aside, is a
streak. It is still erased before the cells are read, but it draws no column.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import components, cv2

GAP_SHARE = 0.01  # of the page's height: gaps a streak may have (scan lines the fax dropped)
MAX_SLANT = 0.05  # a streak's drift across per pixel down (a skew of about 3 degrees)
SLANT_SLACK = 6  # pixels: its width, and a wobble, besides the drift


def page_streaks(vert: np.ndarray) -> np.ndarray:
    """The vertical rules `vert` that are streaks down the whole page (a mask of theirs)."""
    from parsers.ocr.edges import EDGE_BAND  # here: edges reads the pages the grid is found for

    h, w = vert.shape
    gap = max(int(GAP_SHARE * h), 3)
    bridged = cv2.dilate(vert, cv2.getStructuringElement(cv2.MORPH_RECT, (3, gap)))
    count, labels, stats, _ = components(bridged)
    band = EDGE_BAND * h
    found = [i for i in range(1, count)
             if stats[i, 1] <= band and stats[i, 1] + stats[i, 3] >= h - band
             and stats[i, 2] <= MAX_SLANT * stats[i, 3] + SLANT_SLACK]
    if not found:
        return np.zeros_like(vert)
    return np.where(np.isin(labels, found) & (vert > 0), vert, 0).astype(vert.dtype)
