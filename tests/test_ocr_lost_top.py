"""A header row whose top rule a fax dropped is still the table's first row (parsers.ocr.lost_top): its
column sides stand over the rule under it, all to one height; a title printed over a table does not."""

from __future__ import annotations

import numpy as np

from parsers.ocr import grid, lost_top

XS = [200, 420, 1300, 1800, 2300]  # a table's column sides
HEAD, YS = 230, [300, 700, 1100]  # the header row's lost top, the row rules under it


def _page(head_sides: bool = True) -> np.ndarray:
    page = np.zeros((3508, 2480), np.uint8)
    for y in YS:
        page[y:y + 3, XS[0]:XS[-1] + 3] = 255
    for x in XS:
        page[(HEAD if head_sides else YS[0]):YS[-1] + 3, x:x + 3] = 255
    for k in range(len(XS) - 1):  # the header's words: stems 26 px tall in each column
        for i in range(8):
            left = XS[k] + 30 + 14 * i
            page[HEAD + 25:HEAD + 51, left:left + 3] = 255
    return page


def _rows(page: np.ndarray) -> list[list[grid.GridCell]]:
    tables, _ = grid.find_tables(page)
    assert len(tables) == 1
    return tables[0].rows


def test_a_header_row_without_its_top_rule_is_the_first_row():
    rows = _rows(_page())
    assert len(rows) == len(YS)  # the header row and the rows under the rules
    assert abs(rows[0][0].box[1] - HEAD) <= 3 and abs(rows[0][0].box[3] - YS[0]) <= 3
    assert len(rows[0]) == len(XS) - 1  # the header's cells parted by its sides


def test_words_over_a_table_whose_sides_end_at_its_top_rule_are_no_row():
    rows = _rows(_page(head_sides=False))
    assert len(rows) == len(YS) - 1
    assert abs(rows[0][0].box[1] - YS[0]) <= 3


def test_sides_broken_into_dashes_still_reach_the_lost_top():
    ink = np.zeros((1000, 1000), np.uint8)
    for x in (100, 400, 700, 900):
        for y in range(120, 300, 14):  # dashes 8 px tall, 6 px of white between them
            ink[y:y + 8, x:x + 2] = 255
    top = lost_top.hanging_top(ink, [100, 400, 700, 900], 300, 5)
    assert top is not None and abs(top - 120) <= 3


def test_strokes_over_one_or_two_sides_only_are_no_header():
    ink = np.zeros((1000, 1000), np.uint8)
    ink[150:300, 100:103] = 255  # a tall stroke over the first side, another lower over the second
    ink[220:300, 400:403] = 255
    assert lost_top.hanging_top(ink, [100, 400, 700, 900], 300, 5) is None
    ink[150:300, 700:703] = 255  # three sides, but their ends far apart: no one edge
    assert lost_top.hanging_top(ink, [100, 400, 700, 900], 300, 5) is None


def test_sides_welded_to_print_all_the_way_up_are_no_header():
    ink = np.zeros((1000, 1000), np.uint8)
    for x in (100, 400, 700, 900):
        ink[0:300, x:x + 3] = 255
    assert lost_top.hanging_top(ink, [100, 400, 700, 900], 300, 5) is None


def test_a_line_of_print_close_over_a_table_is_no_header_row():
    page = _page(head_sides=False)
    page[YS[0] - 40:YS[0] - 8, XS[0]:XS[-1]:6] = 255  # letters' stems in a line right over the rule,
    page[YS[0] - 28:YS[0] - 22] = 0  # a white stripe through them: no side is solid down the line
    rows = _rows(page)
    assert len(rows) == len(YS) - 1 and abs(rows[0][0].box[1] - YS[0]) <= 3
