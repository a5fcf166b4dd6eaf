"""A table ruled across only whose text on a page stands in one column: a cell run on from the page
before (a measure's long list of events), not a heading across the table.

With text in one column alone no white between columns shows a side, and the page's one cell would read
as a heading row across the table, the measure's text as a section's title. A heading starts where the
table's rows start, or stands centred; text standing in from the table's left end, most of its lines flush
on one left edge and the white on its two hands unequal, is in a column of its own, and the white beside
it is parted off as empty cells (`parsers.ocr.open_grid` draws the sides).
"""

from __future__ import annotations

import numpy as np

# pixels at image.DPI: white wider than a cell's padding on both sides of a column's side (~2 x 2 mm)
INDENT = 70
FLUSH = 12  # pixels: the lines of one column's left-aligned text start within this of one another
FLUSH_SHARE = 0.5  # most of them: an indented line or two (a list's run-on item) leaves them flush


def column_sides(lines: list[np.ndarray]) -> list[int]:
    """x positions (from the table's left end) of the sides of the one column that the printed lines
    (the ink of each across the table's width) stand in; [] when they may be a heading across it."""
    inked = [np.flatnonzero(line) for line in lines if line.any()]
    if not inked:
        return []
    starts, ends = [int(xs[0]) for xs in inked], [int(xs[-1]) for xs in inked]
    left, right, width = min(starts), max(ends), lines[0].size
    flush = sum(x - left <= FLUSH for x in starts) >= FLUSH_SHARE * len(starts)
    if left < INDENT or not flush or abs(left - (width - 1 - right)) < INDENT:
        return []
    return [left - INDENT // 2] + ([right + INDENT // 2] if width - 1 - right >= INDENT else [])
