"""A page of a table ruled across only whose one row runs on in its first columns alone: the row
numbering the columns shows the sides of the empty ones (parsers.ocr.numbered_sides, used by
parsers.ocr.open_grid.gaps)."""

from __future__ import annotations

import numpy as np

from parsers.ocr import numbered_sides, open_grid


def _row(*runs: tuple[int, int]) -> np.ndarray:
    row = np.zeros(1000, bool)
    for a, b in runs:
        row[a:b + 1] = True
    return row


# five columns parted at 150, 450, 650, 850: the header's words centred, a numeral centred in each
HEAD = _row((50, 100), (230, 370), (500, 600), (700, 800), (880, 970))
NUMBERS = _row((65, 85), (290, 310), (540, 560), (740, 760), (915, 935))


def test_the_numerals_right_of_a_run_on_row_s_text_part_its_empty_columns():
    body = _row((10, 40), (170, 430))  # the number and the name; the rest of the row is overleaf
    sides = open_grid.gaps([HEAD, NUMBERS, body])
    assert any(600 < x < 700 for x in sides) and any(800 < x < 880 for x in sides)
    assert numbered_sides.trailing(431, 1000, NUMBERS, HEAD, open_grid.MIN_GAP) == [650, 840]


def test_a_short_text_in_the_last_column_parts_nothing():
    """The last column's text ends left of its numeral: one numeral in the white, no side from it."""
    body = _row((10, 40), (170, 430), (470, 610), (670, 800), (870, 895))
    assert numbered_sides.trailing(896, 1000, NUMBERS, HEAD, open_grid.MIN_GAP) == []
    assert len(open_grid.gaps([HEAD, NUMBERS, body])) == 4
