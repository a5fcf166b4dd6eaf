"""Ink the page's layout analysis left unread: short words standing alone, read as blocks.

Tesseract's page layout takes a lone short word far from other text for noise: the column of item
numbers ("1.", "2.") of a table printed without rules. In a ruled table every cell is read on its own,
so nothing is lost there; without rules the columns come from the words read, and a column the
reading lost is a column the table does not have. The blobs of ink no line read covers, as tall as
letters, are read one by one.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr import engine
from parsers.ocr.cv import components, cv2

PAD = 20  # white border around a blob read (as around a cell: text touching the edge reads badly)
MARGIN = 6  # pixels around a line read that its own ink may reach (a blurred stroke, an accent)
LETTER_SHARE = 0.45  # a blob lower than this share of the page's usual row height is a speck or a stop
TALL_SHARE = 3.0  # ...and one taller than this many rows is a picture, a stamp or a signature
WORD_REACH = 0.5  # letters closer than this share of the row height stand in one word


def unread(page: np.ndarray, found: list[engine.OcrLine]) -> list[engine.OcrLine]:
    """The lines read from the ink of `page` (black on white) that no line of `found` covers."""
    if not found:
        return []
    usual = float(np.median([ln.row_height for ln in found]))
    ink = (page < 128).astype(np.uint8)
    for ln in found:
        x0, y0, x1, y1 = ln.box
        ink[max(y0 - MARGIN, 0):y1 + MARGIN, max(x0 - MARGIN, 0):x1 + MARGIN] = 0
    if not ink.any():
        return []
    reach = max(int(WORD_REACH * usual), 1)
    joined = cv2.dilate(ink, np.ones((1, reach), np.uint8))
    count, _, stats, _ = components(joined)
    lines = []
    for x, y, w, h, _ in stats[1:count]:
        if not LETTER_SHARE * usual <= h <= TALL_SHARE * usual:
            continue
        crop = cv2.copyMakeBorder(page[y:y + h, x:x + w], PAD, PAD, PAD, PAD, cv2.BORDER_CONSTANT, value=255)
        for ln in engine.read(crop, engine.BLOCK):
            if not any(ch.isalnum() or ch == "№" for ch in ln.text):  # the header's number sign stands alone too
                continue
            dx, dy = x - PAD, y - PAD
            x0, y0, x1, y1 = ln.box
            ln.box = (x0 + dx, y0 + dy, x1 + dx, y1 + dy)
            ln.spans = [(t, (a + dx, b + dy, c + dx, d + dy)) for t, (a, b, c, d) in ln.spans]
            ln.words = [(a + dx, b + dy, c + dx, d + dy) for a, b, c, d in ln.words]
            ln.baseline = None if ln.baseline is None else ln.baseline + dy
            lines.append(ln)
    return lines
