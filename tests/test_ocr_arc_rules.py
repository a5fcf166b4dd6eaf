"""A stamp's arc or a pen's flourish inside one cell of a tall row is no row rule (parsers.ocr.arc_rules)."""

from __future__ import annotations

import cv2
import numpy as np

from parsers.ocr import arc_rules, grid, image

XS, YS = [100, 300, 430, 900], [100, 200, 600]  # three columns, a header and one tall row


def _table() -> np.ndarray:
    page = np.full((800, 1000), 255, np.uint8)
    for y in YS:
        cv2.line(page, (XS[0], y), (XS[-1], y), 0, 3)
    for x in XS:
        cv2.line(page, (x, YS[0]), (x, YS[-1]), 0, 3)
    return page


def _rows(page: np.ndarray) -> list[int]:
    tables, _ = grid.find_tables(image.ink(page))
    assert len(tables) == 1
    return [len(r) for r in tables[0].rows]


def test_plain_table_has_two_rows():
    assert _rows(_table()) == [3, 3]


def test_a_rings_bottom_in_a_narrow_cell_cuts_no_row():
    page = _table()
    cv2.circle(page, (365, 400), 120, 0, 6)  # its bottom runs flat over most of the middle column
    assert _rows(page) == [3, 3]


def test_a_flourish_running_through_a_side_cuts_no_row():
    page = _table()
    cv2.line(page, (230, 450), (425, 452), 0, 3)  # from the first cell across the middle one to its side
    assert _rows(page) == [3, 3]


def test_a_rule_closing_one_cell_from_side_to_side_is_kept():
    page = _table()
    cv2.line(page, (300, 450), (430, 450), 0, 3)  # the middle column split in two: a rule of its own
    assert _rows(page) == [3, 3, 3]


def test_spans_needs_both_ends_and_no_run_on():
    horiz = np.zeros((100, 400), np.uint8)
    horiz[50, 100:300] = 255
    assert arc_rules.spans(horiz, 50, 100, 300, 3)
    assert not arc_rules.spans(horiz, 50, 100, 400, 3)  # stops short of the right side
    horiz[50, 40:100] = 255
    assert not arc_rules.spans(horiz, 50, 100, 300, 3)  # runs on past the left side


def test_lone_closure():
    assert arc_rules.lone([False, True, False], 1, 2)
    assert not arc_rules.lone([True, True, False], 1, 2)
