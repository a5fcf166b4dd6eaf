"""parsers.ocr.open_grid: a column that vertical merges leave empty in most rows is a column, not a gap."""

from __future__ import annotations

import numpy as np

from parsers.ocr import open_grid


def _row(*spans: tuple[int, int]) -> np.ndarray:
    row = np.zeros(400, bool)
    for a, b in spans:
        row[a:b] = True
    return row


def test_a_column_with_text_in_few_rows_keeps_its_sides():
    """Eight rows: a measure and a date in each, the executors only in two (their cells merged down over
    the rows below), one's lines ending short of the other's: the executors' column has a side on each
    hand and none inside, where one row's text leaves white."""
    rows = [_row((0, 100), (320, 390)) for _ in range(8)]
    rows[1] = _row((0, 100), (160, 200), (240, 260), (320, 390))  # "Отдел образования," and a short word
    rows[5] = _row((0, 100), (150, 270), (320, 390))
    sides = open_grid.gaps(rows)
    assert len(sides) == 2 and 100 < sides[0] < 150 and 270 < sides[1] < 320


def test_one_row_crossing_a_gap_in_a_long_body_parts_no_columns():
    """In a long body one row with cells across some columns crosses the gap between two columns that
    the other rows leave white: the side stays; in a short one, that row is as many as the rest."""
    long = [_row((0, 100), (200, 380)) for _ in range(25)]
    long.insert(10, _row((0, 100), (90, 220), (320, 390)))
    sides = open_grid.gaps(long)
    assert len(sides) == 1 and 100 < sides[0] < 200
