"""A cell of a coarse, soft scan prepared for the engine in grey, at the scanner's own resolution.

Pages are rendered at 300 dpi. A 125-150 dpi scan holds no finer detail than its own pixels, and its
blur (a soft page, a cheap scanner) then spreads over two or three times as many pixels: the fixed
black-and-white threshold cuts the grey strokes of such letters into crumbs ("Подготовка" comes back
"Подпиетка", a header is lost and with it the plan). Tesseract's advice (tessdoc ImproveQuality) is
to give it clean letters of a sensible size; here the cell's grey is despeckled, sharpened against
the blur it shows, brought back to the scan's resolution (the blur shrinks with it) and binarised by
the engine's local (Sauvola) threshold rather than one threshold for the whole cell.

How hard to sharpen and how small to read is taken from what the page shows, not from its file: the
grey profile across the table's ruling lines spreads as far as the blur does (a rule is printed far
thinner than a soft scan smears it), so its spread sets both the blur taken back and the scale that
brings what is left of it to about two pixels. A page without rules falls back to the scan's
resolution and a fixed blur.

The reading made so is one more candidate for a cell the engine doubts (`page._block_reading`): the
surer reading is kept, so a page where the black-and-white one reads well keeps it.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from parsers.ocr import engine, image
from parsers.ocr.cv import components, cv2

# Above this share of the render's resolution the scan is fine enough that its black-and-white
# reading is the one to trust (a 270 dpi scan holds the detail the 300 dpi render shows).
COARSE = 0.9
# The smallest scale a cell is read at: capital letters of 10 pt print stay ~12 px high (the engine's
# line finder loses smaller ones).
MIN_SCALE = 0.35
DESPECKLE = 5  # median window (pixels at 300 dpi): a scanner's speck of 1-2 of its pixels, not a stroke
# Richardson-Lucy deconvolution of the blur: its spread (pixels at 300 dpi) and rounds. A soft scan's
# edge spreads over 2-3 render pixels per scan pixel; a sharper print loses nothing by the pass.
BLUR_SIGMA, ROUNDS = 2.0, 10
# The measured spread of a rule (the standard deviation of its darkness across it, pixels at 300 dpi)
# counts the rule's own width and the scanner's pixels too: the blur taken back is this share of it
# (taking back all of it rings around the strokes), and a cell is read at the scale that leaves the
# spread about this many pixels wide.
SHARPEN_SHARE, SPREAD_AFTER = 0.6, 2.0
RULE_REACH = 12  # pixels above and below a rule's middle its profile is taken over
MIN_RULE = 200  # a horizontal rule at least this long (pixels) is measured; shorter ones may be letters
MAX_RULE = 12  # ... and at most this thick: a band of ink is no thin rule
RULE_END = 20  # pixels left out at each end of a rule, where the column rules cross it


class Prep(NamedTuple):
    """How a coarse page's cells are prepared: the scale they are read at, the blur taken back."""

    scale: float
    sigma: float


def scale(scan_dpi: float | None) -> float | None:
    """The scale a cell of a scan made at `scan_dpi` is read at, or None when the scan is fine enough
    (or its resolution unknown) for the render to be read as it is."""
    if not scan_dpi:
        return None
    factor = scan_dpi / image.DPI
    return None if factor >= COARSE else max(factor, MIN_SCALE)


def rule_spread(gray: np.ndarray, rules: np.ndarray) -> float | None:
    """How far the scan spreads a thin line: the median, over the page's long horizontal rules, of the
    standard deviation of the darkness across the rule (its grey profile's median over the rule's
    length, so a column rule crossing it or a speck on it does not count). None without such rules."""
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (MIN_RULE // 2 + 1, 1))
    across = cv2.morphologyEx(rules, cv2.MORPH_OPEN, kernel)
    count, _, stats, _ = components(across)
    spreads = []
    for x, y, w, h, _ in stats[1:]:
        middle = y + h // 2
        if w < MIN_RULE or h > MAX_RULE or middle < RULE_REACH or middle + RULE_REACH >= gray.shape[0]:
            continue
        strip = gray[middle - RULE_REACH:middle + RULE_REACH + 1, x + RULE_END:x + w - RULE_END]
        paper = float(np.percentile(strip, 95))
        dark = np.clip(paper - np.median(strip, axis=1), 0, None)
        if dark.sum() <= 0:
            continue
        rows = np.arange(len(dark))
        centre = float((rows * dark).sum() / dark.sum())
        spreads.append(float(np.sqrt(((rows - centre) ** 2 * dark).sum() / dark.sum())))
    return float(np.median(spreads)) if spreads else None


def preparation(scan_dpi: float | None, gray: np.ndarray, rules: np.ndarray) -> Prep | None:
    """How the cells of a straightened page scanned at `scan_dpi` are prepared (its `rules` measured
    in its grey), or None when the scan is fine enough for the render to be read as it is."""
    factor = scale(scan_dpi)
    if factor is None:
        return None
    spread = rule_spread(gray, rules)
    if spread is None:
        return Prep(factor, BLUR_SIGMA)
    return Prep(float(np.clip(SPREAD_AFTER / spread, MIN_SCALE, COARSE)), SHARPEN_SHARE * spread)


def sharpened(gray: np.ndarray, sigma: float = BLUR_SIGMA) -> np.ndarray:
    """Grey ink on white with the scanner's specks removed and its blur (`sigma`, pixels) taken back
    (Richardson-Lucy)."""
    smooth = cv2.medianBlur(gray, DESPECKLE)
    seen = 1.0 - smooth.astype(np.float32) / 255.0 + 1e-3  # ink as the signal, never zero
    estimate = seen.copy()
    for _ in range(ROUNDS):
        blurred = cv2.GaussianBlur(estimate, (0, 0), sigma) + 1e-6
        estimate *= cv2.GaussianBlur(seen / blurred, (0, 0), sigma)
    return np.clip(255.0 * (1.0 - estimate), 0, 255).astype(np.uint8)


def read(gray: np.ndarray, prep: Prep, layout: str = engine.BLOCK) -> list[engine.OcrLine]:
    """A padded grey cell (or the page outside its tables, `layout` PAGE) read after the preparation
    above; the lines' boxes in the image's own pixels (as if read at 300 dpi)."""
    factor = prep.scale
    small = cv2.resize(sharpened(gray, prep.sigma), None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    lines = engine.read(small, layout, threshold=engine.SAUVOLA)
    for ln in lines:
        ln.box = tuple(int(round(v / factor)) for v in ln.box)
        ln.row_height /= factor
        ln.baseline = None if ln.baseline is None else int(round(ln.baseline / factor))
        ln.words = [tuple(int(round(v / factor)) for v in w) for w in ln.words]
        ln.spans = [(text, tuple(int(round(v / factor)) for v in w)) for text, w in ln.spans]
    return lines
