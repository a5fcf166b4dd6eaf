"""Two drop-outs of a fax a little apart across one row: the band between them keeps only the row's column
sides, and the strips over and under it are still one table with that row (parsers.ocr.row_cut)."""

from __future__ import annotations

import numpy as np

from parsers.ocr import grid, grid_boxes, row_cut

XS = [200, 420, 1300, 1800, 2300]  # a table's column sides
YS = [300, 700, 1100, 1500]  # its row rules
DROPS = ((800, 815), (960, 975))  # two drop-outs across the middle row, 145 px of its sides between them


def _page(band_sides: bool = True) -> np.ndarray:
    page = np.zeros((3508, 2480), np.uint8)
    for y in YS:
        page[y:y + 3, XS[0]:XS[-1] + 3] = 255
    for x in XS:
        page[YS[0]:YS[-1] + 3, x:x + 3] = 255
    for y0, y1 in DROPS:
        page[y0:y1] = 0
    if not band_sides:
        page[DROPS[0][1]:DROPS[1][0]] = 0
    return page


def test_a_row_cut_by_two_drop_outs_is_one_row_of_one_table():
    tables, _ = grid.find_tables(_page(), dashed=True)
    assert [(len(t.rows), [len(r) for r in t.rows]) for t in tables] == [(3, [4, 4, 4])]
    middle = tables[0].rows[1][0].box
    assert abs(middle[1] - YS[1]) <= 3 and abs(middle[3] - YS[2]) <= 3


def test_strips_with_nothing_between_them_stay_apart():
    tables, _ = grid.find_tables(_page(band_sides=False), dashed=True)
    assert len(tables) == 2


def test_sides_through_the_band_are_counted_and_print_is_not():
    vert = np.zeros((1200, 2480), np.uint8)
    upper, lower = (200, 300, 2300, 800), (200, 960, 2300, 1500)
    for x in XS[:2]:  # two sides only: too few
        vert[815:960, x:x + 3] = 255
    assert not row_cut.sides_through(vert, upper, lower)
    vert[815:870, XS[2]:XS[2] + 3] = 255  # a third, over a third of the band only
    assert not row_cut.sides_through(vert, upper, lower)
    vert[815:960, XS[2]:XS[2] + 3] = 255
    assert row_cut.sides_through(vert, upper, lower)


def test_halves_of_a_row_one_of_which_lost_columns_at_a_side_are_joined_only_when_cut():
    upper, lower = (200, 300, 2300, 800), (1000, 960, 2300, 1500)  # the lower half's left columns a piece
    joined = grid_boxes.across_drops([upper, lower], lambda box: True, 30, lambda a, b: True, 300)
    assert joined == [(200, 300, 2300, 1500)]
    assert grid_boxes.across_drops([upper, lower], lambda box: True, 30, lambda a, b: False, 300) == [upper, lower]
    beside = (1900, 960, 3300, 1500)  # a third of it under the upper one only: another table
    assert grid_boxes.across_drops([upper, beside], lambda box: True, 30, lambda a, b: True, 300) == [upper, beside]
