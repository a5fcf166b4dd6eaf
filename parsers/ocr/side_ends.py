"""Does a column side found in a table's rules run from a row's top rule to its bottom one?

A letter whose stem runs from its ascender to its descender ("ф" in a bold 14 pt section title) in a
row of one text line is as tall as the vertical kernel of `grid.rule_masks` once its descender
touches the rule below, and covers most of the row: it would pass for a column side, cut every row
of the table into one more column and shift every field after it. Such a stem stands on at most one
of the row's rules (the line's padding leaves white above an ascender); a side meets both.
"""

from __future__ import annotations

import numpy as np

REACH = 5  # pixels: how near a row's rule (and the side's position) the side's ink has to come
# A stem passes the vertical kernel (`grid.rule_masks`) only just: it covers most of a row no taller than twice
# that. A taller row is not looked at (the ends of a real side in a table of one tall row may stop short of a
# faint rule).
LOW_ROW = 2.0


def meets_both(vert: np.ndarray, x: int, top: int, bottom: int, kernel: float) -> bool:
    """`vert` (the vertical rules' mask) has ink at `x` (± REACH) by the rule at `top` and by the one at `bottom`,
    or the row is too tall (over LOW_ROW times the vertical `kernel`, pixels) for a letter's stem to pass for
    its side."""
    if bottom - top > LOW_ROW * kernel:
        return True
    cols = slice(max(x - REACH, 0), x + REACH + 1)
    near_top = vert[max(top - REACH, 0):top + REACH + 1, cols]
    near_bottom = vert[max(bottom - REACH, 0):bottom + REACH + 1, cols]
    return bool(near_top.any() and near_bottom.any())
