"""A fax's losses of whole tables: a drop-out of several scan lines across the page cuts a table into
strips of one rule each (parsers.ocr.grid_boxes.across_drops), thin sides come as dots
(parsers.ocr.faint_sides), and a coarse thresholded fax is no halftone (parsers.ocr.halftone)."""

from __future__ import annotations

import numpy as np
from PIL import Image

from parsers.ocr import faint_sides, grid, grid_boxes, halftone

XS = [200, 420, 1300, 1800, 2300]  # a table's column sides
YS = [300, 700, 1100, 1500]  # its row rules


def _table(page: np.ndarray) -> None:
    for y in YS:
        page[y:y + 3, XS[0]:XS[-1] + 3] = 255
    for x in XS:
        page[YS[0]:YS[-1] + 3, x:x + 3] = 255


def _dotted_side(page: np.ndarray, x: int, y0: int, y1: int) -> None:
    """A 2 px side kept as dashes 10 px tall, 1 to 3 px of white between them: no piece near the rule kernel."""
    y, k = y0, 0
    while y < y1:
        page[y:y + 10, x:x + 2] = 255
        y, k = y + 10 + 1 + k % 3, k + 1


def _text(page: np.ndarray, left: int, top: int, lines: int) -> None:
    """Lines of letter stems (3 px wide, 26 px tall, 12 px apart), 24 px of white between the lines."""
    for k in range(lines):
        for i in range(30):
            page[top + 50 * k:top + 50 * k + 26, left + 12 * i:left + 12 * i + 3] = 255


def test_a_side_left_as_dots_is_found_and_a_column_of_print_is_not():
    page = np.zeros((2000, 1500), np.uint8)
    _dotted_side(page, 300, 200, 1200)
    _text(page, 600, 200, 20)
    found = faint_sides.find(page, np.zeros_like(page))
    columns = np.flatnonzero(found.any(axis=0))
    assert columns.size and columns.min() >= 300 and columns.max() <= 301
    rows = np.flatnonzero(found[:, 300])
    assert rows.min() <= 210 and rows.max() >= 1190


def test_a_side_the_rule_kernel_found_is_not_found_again():
    page = np.zeros((2000, 1500), np.uint8)
    _dotted_side(page, 300, 200, 1200)
    vert = np.zeros_like(page)
    vert[200:1200, 300:302] = 255
    assert not faint_sides.find(page, vert).any()


def test_a_table_cut_across_by_drop_outs_is_one_table_of_all_its_rows():
    page = np.zeros((3508, 2480), np.uint8)
    _table(page)
    for y in (500, 900, 1300):  # each drop-out 20 scan pixels: every strip keeps one rule
        page[y:y + 20] = 0
    tables, _ = grid.find_tables(page, dashed=True)
    assert [(len(t.rows), [len(r) for r in t.rows]) for t in tables] == [(3, [4, 4, 4])]


def test_a_table_cut_across_a_row_into_two_ruled_strips_keeps_that_row():
    page = np.zeros((3508, 2480), np.uint8)
    _table(page)
    page[880:900] = 0  # a drop-out across the middle row, away from its rules: each strip keeps two rules
    tables, _ = grid.find_tables(page, dashed=True)
    assert [(len(t.rows), [len(r) for r in t.rows]) for t in tables] == [(3, [4, 4, 4])]


def test_two_ruled_tables_one_under_the_other_stay_apart():
    page = np.zeros((3508, 2480), np.uint8)
    _table(page)
    page[880:900] = 0
    page[870:910, XS[0]:XS[-1] + 3] = 0
    page[868:871, XS[0]:XS[-1] + 3] = 255  # the upper table's last rule and the lower one's first
    page[909:912, XS[0]:XS[-1] + 3] = 255
    tables, _ = grid.find_tables(page, dashed=True)
    assert [len(t.rows) for t in tables] == [2, 2]


def test_strips_that_each_hold_a_table_stay_apart():
    boxes = [(200, 300, 2300, 800), (200, 820, 2300, 1500)]
    assert grid_boxes.across_drops(boxes, lambda box: True, 30) == boxes
    assert grid_boxes.across_drops(boxes, lambda box: box[1] == 300, 30) == [(200, 300, 2300, 1500)]


def test_strips_too_far_apart_or_of_other_widths_stay_apart():
    far = [(200, 300, 2300, 800), (200, 900, 2300, 1500)]
    narrow = [(200, 300, 1000, 800), (800, 810, 2300, 1500)]
    for boxes in (far, narrow):
        assert grid_boxes.across_drops(boxes, lambda box: False, 30) == boxes


def _dithered() -> np.ndarray:
    grey = np.full((400, 600), 215, np.uint8)
    return np.asarray(Image.fromarray(grey).convert("1", dither=Image.FLOYDSTEINBERG)).astype(np.uint8) * 255


def test_a_coarse_scan_is_no_halftone():
    dots = _dithered()
    assert halftone.dithered(dots, 204.0) and halftone.dithered(dots)
    assert not halftone.dithered(dots, 100.0)
