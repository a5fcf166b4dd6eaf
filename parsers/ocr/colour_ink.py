"""A colour scan's coloured ink (a blue or violet stamp, a signature in blue pen) lifted off before binarisation.

An order is printed black; what is put on it afterwards (the round stamp, the signature, a note in pen)
comes in colour and often crosses the text. Turned into grey the usual way, a blue stroke is as dark as
the print: the stamp's ring parts cells, its letters and the signature's loops are read as text. In
colour it stands out by its chroma (the spread of its channels; print, paper and toner are grey, a
warm paper or a JPEG's colour fringe only a little coloured). A page's grey is its brightest channel,
lifted by the chroma beyond what grey ink shows: coloured ink over paper turns white, while the print
under a stamp, dark in every channel, stays dark. A page in grey (equal channels) comes back as the usual
grey; so does a page whose ink is mostly coloured (a document printed in colour): its text is no stamp.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import cv2

GREY_CHROMA = 20  # channel spread grey print, a tinted paper and a JPEG's colour fringes stay within
LIFT = 2.0  # grey levels a pixel is lifted by per level of chroma beyond GREY_CHROMA
INK_LEVEL = 160  # darker than this in the usual grey, a pixel is ink (print or coloured)
MAX_COLOURED_SHARE = 0.4  # of a page's ink: more coloured ink than this is the document's own print
MIN_COLOURED = 200  # pixels: a page with fewer coloured ones has no stamp or signature to lift


def to_grey(image: np.ndarray) -> np.ndarray:
    """A rendered page (BGR or BGRA, or already grey) as grey (uint8), coloured ink lifted when the page
    shows some and its print is not coloured itself."""
    if image.ndim == 2:
        return image
    bgr = image[..., :3]
    usual = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    high, low = bgr.max(axis=2), bgr.min(axis=2)
    chroma = cv2.subtract(high, low)
    coloured = chroma > GREY_CHROMA
    count = int(np.count_nonzero(coloured & (usual < INK_LEVEL)))
    if count < MIN_COLOURED:
        return usual
    if count > MAX_COLOURED_SHARE * np.count_nonzero(usual < INK_LEVEL):
        return usual
    lift = np.clip(chroma.astype(np.float32) - GREY_CHROMA, 0, None) * LIFT
    return np.clip(high.astype(np.float32) + lift, 0, 255).astype(np.uint8)
