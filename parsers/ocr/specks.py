"""Specks of a speckled scan that the engine read as text: lines lower than any letter of the page's print."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from parsers.pdf.text import TextLine

if TYPE_CHECKING:
    from parsers.ocr.page import OcrCell

SPECK_SHARE = 0.4  # a cell's line this much lower than the page's usual line of letters is a speck read as text
MIN_MEASURED = 10  # lines of letters a page has at least for its usual line height to be told


def _is_speck(line: TextLine, usual: float) -> bool:
    """A line's box lower than any letter of the page's print: a speck the engine read as a letter ("у",
    "2") or, no wider, as a mark (":", "+")."""
    low = line.bottom - line.top < SPECK_SHARE * usual
    return low and (line.x1 - line.x0 < SPECK_SHARE * usual or any(ch.isalnum() for ch in line.text))


def drop_specks(cells: list[OcrCell]) -> set[int]:
    """Drop the specks read as text from the cells (an empty column of a speckled scan read "у", ",",
    "2"), measured against the page's usual line of letters; the ids of the lines dropped. A cell left
    with no line reads as empty."""
    heights = [ln.bottom - ln.top for c in cells for ln in c.lines if any(ch.isalnum() for ch in ln.text)]
    if len(heights) < MIN_MEASURED:
        return set()
    usual = float(np.median(heights))
    dropped: set[int] = set()
    for cell in cells:
        specks = [ln for ln in cell.lines if _is_speck(ln, usual)]
        if specks:
            dropped.update(id(ln) for ln in specks)
            cell.lines = [ln for ln in cell.lines if id(ln) not in dropped]
            cell.confidence = cell.confidence if cell.lines else None
    return dropped
