"""A streak across a table: a run of black a fax (or a dirty scanner) laid over the page, no rule.

A fax line garbled in transmission, or a hair on a scanner's glass, prints a thin horizontal run of
black that starts and ends wherever it happens to: through the middle of a row, it passed for a rule
cutting the row in two (the lower part of a long name read as a row of its own). A rule drawn in a
table starts and ends on a column's side (or runs on past the last one), and a rule the scan broke
leaves its other pieces on the same line; a run that does neither, alone on its line with both its
ends in the open, is a streak, and the grid is drawn without it. A run that crosses an inner side and
stops in the next cell meets no side: a rule stops at the side, or goes on to the next one.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import components


def without_streaks(horiz: np.ndarray, xs: list[int], box: tuple[int, int, int, int], reach: int,
                    end_reach: int, drawn: bool = False) -> np.ndarray:
    """The horizontal rules `horiz` with the streaks inside the table `box` removed. `xs`: the table's
    column sides; `reach`: pixels across which a run is on the same line as another; `end_reach`:
    pixels within which a run's end meets a side (a rule the scan broke may lose a gap's length there,
    shorter than the kernel that finds rules); `drawn`: the sides were drawn in the white between the
    columns (a table ruled across only), about where a rule ends, which may run past one by `end_reach`."""
    x0, y0, x1, y1 = box
    part = horiz[y0:y1 + 1, x0:x1 + 1]
    count, labels, stats, _ = components(part)
    sides = np.asarray(xs) - x0
    streaks = []
    for i in range(1, count):
        left, top, width, height = (int(v) for v in stats[i, :4])
        right = left + width - 1
        past = end_reach if drawn else reach
        if _meets(sides, left, -1, past, end_reach) or _meets(sides, right, 1, past, end_reach):
            continue  # it meets a column's side: a rule
        line = slice(max(top - reach, 0), top + height + reach)
        if np.count_nonzero(part[line] & (labels[line] != i)):
            continue  # more ink on its line: a piece of a broken rule
        streaks.append(i)
    if not streaks:
        return horiz
    cleaned = horiz.copy()
    cleaned[y0:y1 + 1, x0:x1 + 1][np.isin(labels, streaks)] = 0
    return cleaned


def _meets(sides: np.ndarray, end: int, outward: int, reach: int, end_reach: int) -> bool:
    """Does a run's end (its left one, `outward` -1, or its right one, 1) meet a column's side: short of
    it by up to `end_reach` (a broken rule's lost piece), past it by up to `reach` (a ruled side: the
    rule's own width), or past the table's first or last side by up to `end_reach` (a rule drawn on)?"""
    if not len(sides):
        return False
    past = (end - sides) * outward  # > 0: the end lies beyond the side, on the run's outward hand
    outer = sides == (sides.min() if outward < 0 else sides.max())
    return bool(np.any((past >= -end_reach) & ((past <= reach) | (outer & (past <= end_reach)))))
