"""Two strips of one table a fax's drop-outs cut apart across a row: the column sides between them.

Two drop-outs a little apart (each a few scan lines of white across the page) leave a band between them
whose column sides are pieces with no rule: too narrow each to be a table, too far from the strips over
and under it to be joined as one drop-out's white. The row across the band was in neither strip and lost
with its measure. The band still holds the table's sides, in line, down most of its height; the white
between two tables printed one under the other holds no such sides.
"""

from __future__ import annotations

import numpy as np

# pixels (at image.DPI) two strips of one row may stand apart: a row of several lines of print
DROP_SPAN = 300
# the sides through the band: at least this many, each over this share of the band's height
MIN_SIDES, SIDE_COVER = 3, 0.5


def sides_through(vert: np.ndarray, upper: tuple[int, int, int, int], lower: tuple[int, int, int, int]) -> bool:
    """Do at least `MIN_SIDES` column sides (`vert`, the vertical rules' mask) run through most of the band
    between the strip `upper` and the strip `lower`?"""
    y0, y1 = upper[3] + 1, lower[1]
    x0, x1 = max(upper[0], lower[0]), min(upper[2], lower[2])
    if y1 <= y0 or x1 <= x0:
        return y1 <= y0
    band = vert[y0:y1, x0:x1 + 1]
    cover = np.count_nonzero(band, axis=0) >= SIDE_COVER * (y1 - y0)
    starts = np.flatnonzero(np.diff(np.concatenate(([0], cover.astype(np.int8)))) == 1)  # one per side's run
    return len(starts) >= MIN_SIDES
