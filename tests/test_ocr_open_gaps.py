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
    the rows below): the executors' column has a side on each hand."""
    rows = [_row((0, 100), (300, 380)) for _ in range(8)]
    rows[1], rows[5] = _row((0, 100), (160, 240), (300, 380)), _row((0, 100), (150, 250), (300, 380))
    sides = open_grid.gaps(rows)
    assert len(sides) == 2 and 100 < sides[0] < 150 and 250 < sides[1] < 300


def test_one_row_crossing_a_gap_in_a_long_body_parts_no_columns():
    """A second header row under a group cell crosses the gap between two columns; below it the body
    leaves the gap white: the side stays."""
    rows = [_row((0, 100), (200, 380))] + [_row((0, 100), (200, 380)) for _ in range(6)]
    rows.insert(1, _row((0, 100), (90, 220), (300, 380)))  # in the body: crosses the gap at 100..200
    sides = open_grid.gaps(rows)
    assert len(sides) == 1 and 100 < sides[0] < 200
