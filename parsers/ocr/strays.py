"""Specks standing apart from a text cell's print, wiped before the cell is read.

What is left of a stamp taken off the page (`parsers.ocr.stamps`), or toner dust on a photocopy, may
lie on the line of a short word ("ОО" alone in a cell) far to its side: read as one line with it, the
word comes out as marks ("[©] 09)") the engine doubts, and is lost. Print sets its stops, commas and
dashes beside its words; a bit of ink too small for a letter that lies farther than a few letters from
every other ink of the cell is none of the print. A cell whose ink is all such bits (a dash alone
marking it blank, a speck) is left as it is.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import components, cv2

APART_X = 60  # pixels (at 300 dpi, some three letters' width): ink farther than this across is apart
APART_Y = 30  # pixels (at 300 dpi, about the white between two lines of print): farther than this down
STRAY_INK = 100  # pixels of ink at most in a bit apart for it to be a speck: a letter of print has more
RIM = 3  # pixels round a speck's black-and-white ink wiped with it (its grey, blurred edge)


def strays(cell: np.ndarray) -> np.ndarray | None:
    """The mask of the specks apart from a cell's print (black ink on white), or None when there are none."""
    ink = (cell < 128).astype(np.uint8)
    near = cv2.dilate(ink, np.ones((2 * APART_Y + 1, 2 * APART_X + 1), np.uint8))
    count, labels, _, _ = components(near)
    if count <= 2:  # one group of ink or none: nothing stands apart
        return None
    amounts = np.bincount(labels[ink > 0], minlength=count)
    small = amounts < STRAY_INK
    small[0] = False
    if small[1:].all():
        return None
    mask = small[labels] & (ink > 0)
    return mask if mask.any() else None


def wiped(images: list[np.ndarray | None], mask: np.ndarray | None) -> list[np.ndarray | None]:
    """The images (a cell's black-and-white and grey readings, of one size) with the specks made paper."""
    if mask is None:
        return images
    mask = cv2.dilate(mask.astype(np.uint8), np.ones((2 * RIM + 1, 2 * RIM + 1), np.uint8)) > 0
    out = []
    for im in images:
        if im is not None:
            im = im.copy()
            im[mask] = 255
        out.append(im)
    return out
