"""parsers.ocr.streaks: a thin run of black a fax lays across a row is no rule (made-up tables)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from parsers.ocr import grid, image

XS, YS = [100, 220, 900, 1300, 1700], [100, 220, 560, 900, 1240]  # a narrow first column


def _table(extra: list[tuple[int, int, int]]) -> np.ndarray:
    """A page with a ruled table of four columns and four rows, and `extra` runs (y, x from, x to)."""
    page = np.full((1500, 1900), 255, np.uint8)
    for y in YS:
        cv2.line(page, (XS[0], y), (XS[-1], y), 0, 3)
    for x in XS:
        cv2.line(page, (x, YS[0]), (x, YS[-1]), 0, 3)
    for y, start, end in extra:
        cv2.line(page, (start, y), (end, y), 0, 2)
    return page


def _spans(page: np.ndarray) -> list[list[tuple[int, bool]]]:
    tables, _ = grid.find_tables(image.ink(page))
    return [[(c.colspan, c.covered) for c in row] for t in tables for row in t.rows]


WHOLE = [[(1, False)] * 4] * 4


@pytest.mark.parametrize("streak", [(400, 600, 1100), (700, 300, 1850), (1000, 40, 1500)])
def test_a_streak_through_a_row_cuts_no_row_in_two(streak):
    """From the middle of one cell into the next, out past the table's side, or in from the margin:
    a run with neither end on a column's side, alone on its line, leaves the grid as drawn."""
    assert _spans(_table([streak])) == WHOLE


def test_a_streak_across_a_side_that_stops_just_past_sides_cuts_no_row():
    """A run from a little left of a side (inside the column before) to a little past the next side:
    both its ends lie near a side, but past it, where no rule stops, so it is a streak."""
    assert _spans(_table([(400, XS[1] - 40, XS[2] + 30)])) == WHOLE


def test_a_rule_that_closes_one_column_only_still_parts_it():
    """A rule from one side to the next (a cell of the second column split in two) is a rule."""
    rows = _spans(_table([(390, XS[1], XS[2])]))
    assert len(rows) == 5
    assert [covered for _, covered in rows[2]] == [True, False, True, True]


def test_a_rule_broken_in_pieces_is_no_streak():
    """A rule the scan broke in three: its middle piece has neither end on a side, but its fellows
    stand on its line, and the row stays parted there."""
    rows = _spans(_table([(390, XS[1], 420), (390, 460, 760), (390, 800, XS[2])]))
    assert len(rows) == 5
