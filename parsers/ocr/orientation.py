"""A scanned page lying on its side or upside down, turned upright before it is read.

A landscape table fed into the scanner the other way, or a sheet put in upside down, gives a page
image whose text runs down, up or right to left; the deskew only straightens a degree or two.
Tesseract's orientation detection (the `osd` data, which Debian's tesseract-ocr package depends on)
says by how many quarter turns the text stands; it reads the page at half the resolution, which
costs well under a second a page against the seconds its reading takes. Where the data is missing
or the answer is unsure, the page is read as it comes.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from parsers.ocr import engine
from parsers.ocr.cv import cv2

SCALE = 0.5  # of the rendering resolution: enough for the shape of the lines, twice as fast
MIN_CONFIDENCE = 5.0  # Tesseract's orientation confidence below which the page is left as it is
_local = threading.local()


def upright(gray: np.ndarray) -> tuple[np.ndarray, int]:
    """The page image turned so that its text reads left to right, and the counter-clockwise quarter
    turns that took (0 when it already did, or when that cannot be told)."""
    turns = quarter_turns(gray)
    return (np.ascontiguousarray(np.rot90(gray, turns)), turns) if turns else (gray, 0)


def quarter_turns(gray: np.ndarray) -> int:
    """Counter-clockwise quarter turns (0-3) that bring the page's text upright."""
    api = _engine()
    if api is None:
        return 0
    from PIL import Image

    small = cv2.resize(gray, None, fx=SCALE, fy=SCALE, interpolation=cv2.INTER_AREA)
    api.SetImage(Image.fromarray(small))
    try:
        found = api.DetectOrientationScript()
    except RuntimeError:  # too little text on the page to tell
        return 0
    if not found or found.get("orient_conf", 0.0) < MIN_CONFIDENCE:
        return 0
    return int(found["orient_deg"]) // 90 % 4


def _engine():
    """One orientation engine per thread, or None without the osd data."""
    if not hasattr(_local, "api"):
        folder = engine.tessdata()
        if engine.tesserocr is None or folder is None or not (Path(folder) / "osd.traineddata").is_file():
            _local.api = None
        else:
            _local.api = engine.tesserocr.PyTessBaseAPI(path=folder, lang="osd",
                                                        psm=engine.tesserocr.PSM.OSD_ONLY)
    return _local.api
