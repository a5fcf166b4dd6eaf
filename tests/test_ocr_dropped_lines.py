"""parsers.ocr.grid: a fax's dropped scan lines cut a ruled table's sides, yet it keeps its columns (made-up pages)."""

from __future__ import annotations

import cv2
import numpy as np

from parsers.ocr import grid, image

XS = [300, 450, 1100, 1500, 2200]
YS = [400, 500, 800, 1100, 1400]


def _page(drops: range = range(0)) -> np.ndarray:
    """A full page's ruled table of four columns, a header row and three tall rows, and a white band a
    few pixels high across the page (a scan line the fax dropped) at each of `drops`."""
    page = np.full((3509, 2481), 255, np.uint8)
    for y in YS:
        cv2.line(page, (XS[0], y), (XS[-1], y), 0, 3)
    for x in XS:
        cv2.line(page, (x, YS[0]), (x, YS[-1]), 0, 3)
    for y in drops:
        page[y:y + 5] = 255
    return page


def _columns(page: np.ndarray) -> list[list[int]]:
    tables, _ = grid.find_tables(image.ink(page))
    return [[len(row) for row in t.rows] for t in tables]


def test_sides_cut_by_dropped_lines_still_close_every_cell():
    """Every side of the tall rows cut into pieces shorter than a row, none reaching both of its rules:
    the table is still ruled, four cells a row, not a table ruled across only (each row one cell)."""
    assert _columns(_page()) == [[4, 4, 4, 4]]
    assert _columns(_page(range(560, 1400, 90))) == [[4, 4, 4, 4]]


def test_a_cell_spanning_two_columns_stays_one():
    """A side left out over a whole row is no dropped line: the row's cell still spans two columns."""
    page = _page(range(560, 1400, 90))
    page[YS[1] + 3:YS[2] - 2, XS[2] - 3:XS[2] + 4] = 255
    assert _columns(page) == [[4, 3, 4, 4]]


def test_a_side_ending_at_a_title_rows_rule_is_not_carried_into_its_letters():
    """A row spanning all columns (a section's title) under a rule: the side above ends at that rule, and a
    letter's stem standing in its line a few pixels under the rule is not joined to it as a dropped line's
    white would be; the title row stays one cell."""
    page = _page()
    page[YS[1] + 3:YS[2] - 2, XS[1] - 3:XS[-2] + 4] = 255   # the row from the header's rule down: one cell
    page[YS[1] + 6:YS[1] + 40, XS[2] - 2:XS[2] + 3] = 0      # a tall letter's stem right under the rule
    _, vert = grid.rule_masks(image.ink(page))
    assert vert[YS[0] + 10:YS[1] - 5, XS[2]].all()              # the side above is found
    assert not vert[YS[1] + 6:YS[1] + 40, XS[2] - 2:XS[2] + 3].any()
    assert _columns(page) == [[4, 1, 4, 4]]
