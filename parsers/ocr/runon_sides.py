"""Column sides of a table ruled across only whose page shows its header and rows of one column only.

On a page whose body is one row run on from the page before (text in one column: the rest of a long
name), no row of two cells shows the white between columns, so `parsers.ocr.open_grid` places each side
in the middle of the white between the header's words. A header's word stands centred over its column:
over a wide column, the column's text runs further than its word, past that middle. Such a side would
cut the row's text, which then reads as a paragraph between two tables or as one cell across columns.
The side belongs in the header's white that the row's text leaves free.
"""

from __future__ import annotations

import numpy as np

MIN_GAP = 35  # pixels: the white between two columns' text (as in `parsers.ocr.open_grid`)


def _runs(row: np.ndarray) -> list[tuple[int, int]]:
    """(first, last) x of each run of ink in a row, runs parted by white at least MIN_GAP wide."""
    xs = np.flatnonzero(row)
    if xs.size == 0:
        return []
    cuts = np.flatnonzero(np.diff(xs) > MIN_GAP)
    return list(zip(xs[np.concatenate([[0], cuts + 1])].tolist(), xs[np.concatenate([cuts, [xs.size - 1]])].tolist(),
                    strict=True))


def fit(sides: list[int], head: np.ndarray, lone: list[np.ndarray]) -> list[int]:
    """`sides` placed from the header row `head` alone, each moved clear of the text of the rows of one
    column (`lone`) that crosses it: to the middle of the header's white on the hand the text leaves
    at least a column's gap free. A text across the white or the whole table (a heading) moves none."""
    words = _runs(head)
    moved = []
    for side in sides:
        left = max((b for a, b in words if b < side), default=None)
        right = min((a for a, b in words if a > side), default=None)
        for start, end in (run for row in lone for run in _runs(row)):
            if left is None or right is None or not start < side < end:
                continue
            if start <= left < end < right - MIN_GAP:
                side = (end + right) // 2
            elif left + MIN_GAP < start < right <= end:
                side = (left + start) // 2
        moved.append(side)
    return moved
