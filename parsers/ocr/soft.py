"""A cell of a coarse, soft scan prepared for the engine in grey, at the scanner's own resolution.

Pages are rendered at 300 dpi. A 125-150 dpi scan holds no finer detail than its own pixels, and its
blur (a soft page, a cheap scanner) then spreads over two or three times as many pixels: the fixed
black-and-white threshold cuts the grey strokes of such letters into crumbs ("Подготовка" comes back
"Подпиетка", a header is lost and with it the plan). Tesseract's advice (tessdoc ImproveQuality) is
to give it clean letters of a sensible size; here the cell's grey is despeckled, sharpened against
the blur it shows, brought back to the scan's resolution (the blur shrinks with it) and binarised by
the engine's local (Sauvola) threshold rather than one threshold for the whole cell.

The reading made so is one more candidate for a cell the engine doubts (`page._block_reading`): the
surer reading is kept, so a page where the black-and-white one reads well keeps it.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr import engine, image
from parsers.ocr.cv import cv2

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


def scale(scan_dpi: float | None) -> float | None:
    """The scale a cell of a scan made at `scan_dpi` is read at, or None when the scan is fine enough
    (or its resolution unknown) for the render to be read as it is."""
    if not scan_dpi:
        return None
    factor = scan_dpi / image.DPI
    return None if factor >= COARSE else max(factor, MIN_SCALE)


def sharpened(gray: np.ndarray) -> np.ndarray:
    """Grey ink on white with the scanner's specks removed and its blur taken back (Richardson-Lucy)."""
    smooth = cv2.medianBlur(gray, DESPECKLE)
    seen = 1.0 - smooth.astype(np.float32) / 255.0 + 1e-3  # ink as the signal, never zero
    estimate = seen.copy()
    for _ in range(ROUNDS):
        blurred = cv2.GaussianBlur(estimate, (0, 0), BLUR_SIGMA) + 1e-6
        estimate *= cv2.GaussianBlur(seen / blurred, (0, 0), BLUR_SIGMA)
    return np.clip(255.0 * (1.0 - estimate), 0, 255).astype(np.uint8)


def read(gray: np.ndarray, factor: float, layout: str = engine.BLOCK) -> list[engine.OcrLine]:
    """A padded grey cell (or the page outside its tables, `layout` PAGE) read after the preparation
    above; the lines' boxes in the image's own pixels (as if read at 300 dpi)."""
    small = cv2.resize(sharpened(gray), None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    lines = engine.read(small, layout, threshold=engine.SAUVOLA)
    for ln in lines:
        ln.box = tuple(int(round(v / factor)) for v in ln.box)
        ln.row_height /= factor
        ln.baseline = None if ln.baseline is None else int(round(ln.baseline / factor))
        ln.words = [tuple(int(round(v / factor)) for v in w) for w in ln.words]
        ln.spans = [(text, tuple(int(round(v / factor)) for v in w)) for text, w in ln.spans]
    return lines
