"""Number cells of rows whose dividing rule the scan lost in the number column only, parted again.

The number column is narrow: on a fax (bilevel, half the resolution down the page) the rule between
two rows may come out there as dashes too short for a rule, while it stays whole across the other
columns. The grid then takes the number cell for one spanning both rows, reads "5." and "6." as
one cell ("5. в", "5.253") and leaves the lower row without a number. A cell truly spanning rows holds
its one number once; where the stretch beside each row holds a line of its own, digit-tall, and no ink
crosses from one stretch to the next, each row has its own number and gets its own cell back.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import components, cv2
from parsers.ocr.grid import GridCell
from parsers.ocr.numbers import MIN_DIGIT

EDGE = 6  # pixels off a boundary where the lost rule's crumbs lie (a fax's rule is 2-4 pixels, tilted a little)
LINE = 4  # a stretch whose ink stands taller than this many smallest digits holds more than a line of print


def _span(rows: list[list[GridCell]], r: int) -> list[int]:
    """Row r and the rows below whose first cell continues row r's (covered) while the cell beside it is
    the row's own: the rule lost in the number column only. A header's "№ п/п" over two rows of
    sub-columns spans them with the name column's cell beside it."""
    span = [r]
    while (k := span[-1] + 1) < len(rows) and len(rows[k]) > 1 and rows[k][0].covered \
            and rows[k][0].colspan == rows[r][0].colspan and not rows[k][1].covered:
        span.append(k)
    return span


def _own_line(clean: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    """Does the stretch hold one line of print, a digit tall? Its edges are left out: the lost rule's
    crumbs lie there."""
    x0, y0, x1, y1 = box
    rows = np.flatnonzero((clean[y0 + EDGE:y1 - EDGE, x0 + EDGE:x1 - EDGE] < 128).any(axis=1))
    return rows.size > 0 and MIN_DIGIT <= rows[-1] - rows[0] + 1 <= LINE * MIN_DIGIT


def _crossed(clean: np.ndarray, box: tuple[int, int, int, int], cuts: list[int]) -> bool:
    """Does a mark of the cell reach across a boundary between two stretches by more than a rule's
    crumbs on both sides (a letter or a digit standing over it: print of one piece)?"""
    x0, y0, x1, y1 = box
    mask = (clean[y0:y1, x0 + EDGE:x1 - EDGE] < 128).astype(np.uint8)
    count, _, stats, _ = components(mask)
    for top, height in zip(stats[1:count, cv2.CC_STAT_TOP], stats[1:count, cv2.CC_STAT_HEIGHT], strict=True):
        if any(y0 + top < cut - EDGE and y0 + top + height > cut + EDGE for cut in cuts):
            return True
    return False


def split(rows: list[list[GridCell]], clean: np.ndarray) -> list[list[GridCell]]:
    """The table's rows with each number cell (first column) that spans rows and holds a line beside
    each of them parted into a cell per row. `clean`: the page, black ink on white, rules erased."""
    for r, row in enumerate(rows):
        if len(row) < 2 or row[0].covered:
            continue
        span = _span(rows, r)
        if len(span) < 2:
            continue
        x0, top, x1, bottom = row[0].box
        tops = [top] + [rows[k][0].box[1] for k in span[1:]]
        boxes = [(x0, y0, x1, y1) for y0, y1 in zip(tops, tops[1:] + [bottom], strict=True)]
        if all(_own_line(clean, box) for box in boxes) and not _crossed(clean, row[0].box, tops[1:]):
            for k, box in zip(span, boxes, strict=True):
                rows[k][0] = GridCell(box, rows[k][0].colspan)
    return rows
