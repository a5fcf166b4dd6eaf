"""A ring's arc is no rule: a row rule found in one cell alone must run across it from side to side.

Where a round stamp (or a signature's loop) crosses a table, the bottom or top of its ring runs flat
over a hundred pixels or so, as long as the horizontal kernel of `grid.rule_masks`: in a row whose
cells are merged down (one measure's tall row) it passes for a rule closing the one cell it lies in,
and that row is cut in two there (the measure's text split, its other cells copied into a second row).
A row's true rule runs on to its sides, and closes its neighbours too; an arc bends away before it
reaches a side, and a pen's flourish runs on past one into the next cell without closing it. So a rule
that closes no cell but one counts only where its ink reaches out to both of that cell's sides and stops
there (`spans`); a row none of whose cells is closed is no row (`grid._table_rows`).
"""

from __future__ import annotations

import numpy as np

END_SLACK = 12  # pixels (at 300 dpi): a rule's ink comes this near a side it meets (a side's half width, blur)
END_SHARE = 0.08  # ... or this share of the cell's width, on a faint rule broken at its ends
RUN_ON = 40  # pixels past a side where a stroke that runs on through it still shows (over half of them inked)


def spans(horiz: np.ndarray, y: int, left: int, right: int, band: int) -> bool:
    """Does the rule at `y` (± `band`) in the mask of rules `horiz` reach out to both sides of the cell
    between `left` and `right`, and stop there?"""
    along = horiz[max(y - band, 0):y + band + 1, left:right + 1].max(axis=0, initial=0) \
        if right > left else np.zeros(0, np.uint8)
    hit = np.flatnonzero(along)
    if not hit.size:
        return False
    slack = max(END_SLACK, END_SHARE * (right - left))
    if not (hit[0] <= slack and hit[-1] >= right - left - slack):
        return False
    rows = horiz[max(y - band, 0):y + band + 1]
    before = rows[:, max(left - RUN_ON, 0):max(left - END_SLACK, 0)].max(axis=0, initial=0)
    after = rows[:, right + END_SLACK:right + RUN_ON].max(axis=0, initial=0)
    return not any(part.size and np.count_nonzero(part) > part.size / 2 for part in (before, after))


def lone(closed: list[bool], first: int, end: int) -> bool:
    """Does the rule over a row close no gap between columns but those of the cell from column `first`
    to `end` (`closed`: whether it closes each gap of the row)?"""
    return not any(shut for i, shut in enumerate(closed) if not first <= i < end)
