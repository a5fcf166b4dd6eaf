"""The resolution a photographed page is rendered at: what the sheet on it needs, not the whole photo's.

A phone photo put in a PDF as it is makes a page far larger than a printed one (its pixels at 72 dpi),
the sheet a part of it. Rendered whole at the reading resolution it is several times a page's pixels,
only for `sheet.flatten` to shrink the sheet to a page's size again: slow, for nothing. Such a page is
looked at coarsely first; where a sheet lies on it, the page is rendered at the resolution that gives
the sheet a printed page's size at the reading one (a little over it: the warp then only shrinks).
"""

from __future__ import annotations

import pypdfium2 as pdfium

from parsers.ocr import sheet
from parsers.ocr.perspective import mean_sides

BIG = 1.25  # a page whose long side is this many times a printed page's may be a photo of a sheet
SPARE = 1.1  # the sheet rendered this much over a page's size at the reading resolution


def render_dpi(page: pdfium.PdfPage, dpi: float) -> float:
    """The resolution to render `page` at for reading it at `dpi`: lower on a page far larger than a
    printed one whose sheet is found coarsely (`sheet.find`), else `dpi`."""
    width, height = page.get_size()  # points
    long_inches = max(width, height) / 72
    if long_inches <= BIG * sheet.A4_LONG:
        return dpi
    coarse = page.render(scale=sheet.COARSE / max(width, height), grayscale=True).to_numpy()
    corners = sheet.find(coarse if coarse.ndim == 2 else coarse[..., 0])
    if corners is None:
        return dpi
    sheet_inches = max(mean_sides(corners)) * long_inches / max(coarse.shape[:2])
    return min(dpi, dpi * SPARE * sheet.A4_LONG / sheet_inches)
