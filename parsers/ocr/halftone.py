"""A black-and-white scan made in halftone mode: greys dithered into dots, turned back into grey.

A fax in its photo mode (and an office scanner set to "halftone") prints each grey as a pattern of
black dots: a thin rule, which a scanner sees grey, comes out as a dotted line, and a grey speck of
the paper as scattered dots. A bilevel page is read without the median (`image.ink`), so those dots
stay, the opening that finds rules breaks on every gap (no table is found) and the letters' edges are
ragged. A thresholded page has almost no blob of a dot's size; a dithered one has a tenth of its ink
in them. Such a page is blurred over the dither's period, which gives back the greys it stood for,
and is read as a grey scan (median, local threshold, the soft reading of a coarse scan).
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import components, cv2

# A dither dot: a blob of at most this many pixels at the scan's own resolution (a standard fax's
# 98 lines an inch stored at 196 doubles every pixel down the page).
DOT_AREA = 4
# pixels (at the scan's resolution) a dot stands at most from the next one of its pattern
DOT_REACH = 3
# The share of the black pixels in dots beside other dots above which a page is dithered: a
# thresholded page has one or two per cent (a speck may fall beside another), a dithered one five
# to fifteen.
DITHER_SHARE = 0.03
# A scan coarser than this (dots an inch) is not taken for a halftone: at a hundred dots an inch a
# thresholded fax's letters fall into blobs of a dither dot's size (an "ы"'s stroke, an "и"'s joint,
# the line noise beside them), and the blur meant for dots washed its thin rules out (no table found).
# A halftone that coarse is read as it comes, as a thresholded page.
MIN_DPI = 150
# The blur that averages the dots back into grey: its spread in pixels of the scan, about the period
# of the dither's pattern over two.
SPREAD = 1.0


def dithered(pixels: np.ndarray, dpi: float | None = None) -> bool:
    """Is a black-and-white image (0-255, at the scan's own resolution, `dpi` when known) a halftone of
    dots? Dots of a dither stand in rows and patches a pixel or two apart; a scanner's specks are
    scattered alone. Never on a scan coarser than `MIN_DPI`."""
    if dpi is not None and dpi < MIN_DPI:
        return False
    black = (pixels < 128).astype(np.uint8)
    count, labels, stats, centres = components(black)
    areas = stats[:, cv2.CC_STAT_AREA]
    total = int(areas[1:].sum())
    dot = areas <= DOT_AREA
    dot[0] = False
    if total == 0 or not dot.any():
        return False
    near = np.ones((2 * DOT_REACH + 1, 2 * DOT_REACH + 1), np.uint8)
    _, groups = cv2.connectedComponents(cv2.dilate(dot[labels].astype(np.uint8), near), connectivity=8)
    x, y = np.rint(centres[dot]).astype(int).T
    group = groups[y, x]
    grouped = np.bincount(group)[group] >= 2
    return int(areas[dot][grouped].sum()) > DITHER_SHARE * total


def descreen(gray: np.ndarray, scale: float) -> np.ndarray:
    """The rendered page (`scale` render pixels a scan pixel) with its dots blurred back into grey."""
    return cv2.GaussianBlur(gray, (0, 0), SPREAD * max(scale, 1.0))
