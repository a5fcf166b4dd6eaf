"""Lines printed at the very edge of the sheet, outside any page a word processor lays out: dropped.

A fax machine prints its own line across the top of every page it sends (the date and time, the
sender's number and name, "page 2/13"), and some print one at the foot as they receive; a scanner
may stamp its own. Such a line is no part of the order: read as the first line of each page it
passed for a title between two pages of one table (the plan broke in two) or joined the order's own
title. It is told by where it stands, as OCR often garbles its small coarse print: an order's
margins leave the outer centimetre of the sheet blank (a word processor's header and footer start
further in), so a line that lies wholly inside that band is the machine's.
"""

from __future__ import annotations

from parsers.ocr.page import OcrPage

# The share of the sheet's height at its top and foot that no printed page reaches: ten millimetres
# of an A4 page's 297 (a header or footer of an office document stands at 12-20 mm from the edge).
EDGE_BAND = 0.034


def in_band(top: float, bottom: float, height: float) -> bool:
    """Does a line (its top and bottom in points, down the page) lie wholly in the top or foot band?"""
    band = EDGE_BAND * height
    return bottom <= band or top >= height - band


def drop_edge_lines(page: OcrPage) -> None:
    """The page's free lines without those a machine printed at the sheet's edge."""
    page.lines = [ln for ln in page.lines if not in_band(ln.top, ln.bottom, page.height)]
    page.free = [(ocr, ln) for ocr, ln in page.free if not in_band(ln.top, ln.bottom, page.height)]
