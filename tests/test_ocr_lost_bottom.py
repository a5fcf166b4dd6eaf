"""A table's last row whose bottom rule faded is still a row (parsers.ocr.lost_bottom): its column sides
run down under the last rule found, all to one height, with white under them; print under a table does not."""

from __future__ import annotations

import numpy as np

from parsers.ocr import grid, lost_bottom, lost_top

XS = [200, 420, 1300, 1800, 2300]  # a table's column sides
YS, FOOT = [300, 700, 1100], 1420  # the row rules found, the faded bottom rule of the last row


def _page(foot_sides: bool = True) -> np.ndarray:
    page = np.zeros((3508, 2480), np.uint8)
    for y in YS:
        page[y:y + 3, XS[0]:XS[-1] + 3] = 255
    for x in XS:
        page[YS[0]:(FOOT if foot_sides else YS[-1] + 3), x:x + 3] = 255
    page[FOOT:FOOT + 3, XS[-2] + 100:XS[-2] + 160] = 255  # one dash left of the bottom rule
    for k in range(len(XS) - 1):  # the last row's words: stems 26 px tall in each column
        for i in range(8):
            left = XS[k] + 30 + 14 * i
            page[YS[-1] + 25:YS[-1] + 51, left:left + 3] = 255
    return page


def _rows(page: np.ndarray) -> list[list[grid.GridCell]]:
    tables, _ = grid.find_tables(page)
    assert len(tables) == 1
    return tables[0].rows


def test_a_last_row_without_its_bottom_rule_is_still_a_row():
    rows = _rows(_page())
    assert len(rows) == len(YS)  # the rows between the rules found and the last one under them
    assert abs(rows[-1][0].box[1] - YS[-1]) <= 3 and abs(rows[-1][0].box[3] - FOOT) <= 4
    assert len(rows[-1]) == len(XS) - 1  # its cells parted by the sides


def test_words_under_a_table_whose_sides_end_at_its_last_rule_are_no_row():
    rows = _rows(_page(foot_sides=False))
    assert len(rows) == len(YS) - 1
    assert abs(rows[-1][0].box[3] - YS[-1]) <= 3


def test_sides_broken_into_dashes_still_reach_the_lost_bottom():
    ink = np.zeros((1000, 1000), np.uint8)
    for x in (100, 400, 700, 900):
        for y in range(303, 600, 14):  # dashes 8 px tall, 6 px of white between them
            ink[y:y + 8, x:x + 2] = 255
    foot = lost_bottom.hanging_bottom(ink, [100, 400, 700, 900], 300, 5, 1000)
    assert foot is not None and abs(foot - 604) <= 1  # the last dash ends at 604


def test_strokes_under_one_or_two_sides_only_are_no_last_row():
    ink = np.zeros((1000, 1000), np.uint8)
    ink[300:450, 100:103] = 255  # a tall stroke under the first side, another shorter under the second
    ink[300:380, 400:403] = 255
    assert lost_bottom.hanging_bottom(ink, [100, 400, 700, 900], 300, 5, 1000) is None
    ink[300:520, 700:703] = 255  # three sides, but their ends far apart: no one edge
    assert lost_bottom.hanging_bottom(ink, [100, 400, 700, 900], 300, 5, 1000) is None


def test_sides_ending_on_a_line_of_print_are_no_lost_rule():
    ink = np.zeros((1000, 1000), np.uint8)
    for x in (100, 400, 700, 900):
        ink[300:500, x:x + 3] = 255
    ink[515:540, 100:900:6] = 255  # a line of print right under where the sides end
    assert lost_bottom.hanging_bottom(ink, [100, 400, 700, 900], 300, 5, 1000) is None
    ink[515:540] = 0
    foot = lost_bottom.hanging_bottom(ink, [100, 400, 700, 900], 300, 5, 1000)
    assert foot is not None and abs(foot - 499) <= 1


def test_sides_ending_on_a_tilted_edge_still_mark_the_lost_rule():
    ink = np.zeros((1000, 2400), np.uint8)
    xs = [100, 700, 1300, 1900, 2300]
    for x in xs:  # a drop-out level in the fax's raster, tilted near two degrees once the page is set straight
        ink[300:500 + int(0.03 * x), x:x + 3] = 255
    foot = lost_bottom.hanging_bottom(ink, xs, 300, 5, 1000)
    assert foot is not None and abs(foot - (499 + int(0.03 * 2300))) <= 1
    top = lost_top.hanging_top(ink[::-1], xs, 699, 5)  # upside down: a header row's lost top
    assert top is not None and abs(top - (1000 - 500 - int(0.03 * 2300))) <= 1


def test_a_row_taller_than_a_header_lost_its_top_within_the_box_of_its_sides():
    ink = np.zeros((1200, 2400), np.uint8)
    xs = [100, 700, 1300, 1900, 2300]
    for x in xs:
        ink[300:760, x:x + 3] = 255  # sides 460 px over the first rule found, at 760
    assert lost_top.hanging_top(ink, xs, 760, 5) is None  # a header is never so tall: welded print
    top = lost_top.hanging_top(ink, xs, 760, 5, 300)  # the table's box reaches their ends
    assert top is not None and abs(top - 300) <= 1


def test_a_lost_rules_row_parted_by_few_of_the_sides_is_print_and_no_row():
    page = np.zeros((3508, 2480), np.uint8)
    sides = [200, 500, 800, 1100, 1400, 1700, 2000, 2300]  # seven columns
    for y in (600, 1000, 1400):
        page[y:y + 3, sides[0]:sides[-1] + 3] = 255
    for x in sides:
        page[600:1403, x:x + 3] = 255
    for x in (200, 500, 800, 2000, 2300):  # five of the sides run up 60 px over the top rule to one height
        page[540:600, x:x + 3] = 255
    tables, _ = grid.find_tables(page)
    assert len(tables) == 1 and len(tables[0].rows) == 2  # four cells of seven over the rule: no header row
    assert abs(tables[0].rows[0][0].box[1] - 600) <= 3
