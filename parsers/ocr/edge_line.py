"""The one edge a drop-out left across a table's column sides, on a tilted page.

A fax drops whole scan lines: level in the fax's own raster. The page went through the machine a little
askew, and once the page is set straight, the drop-out's edge is tilted by that angle: the sides it cut
end on one straight line, not at one height (over a landscape page's width, a degree parts their ends by
some 60 pixels). The ends that lie on one such line, as few tilted as a page is (`MAX_SLOPE`), are kept.
"""

from __future__ import annotations

import numpy as np

MAX_SLOPE = 0.06  # a page fed some 3 degrees askew at most


def on_one_edge(xs: list[int], ends: list[int], tol: int) -> list[tuple[int, int]]:
    """The (x, end) pairs within `tol` of the line through the most of them (slope at most `MAX_SLOPE`);
    the line is fitted to them. Ends at one height are a line of slope 0."""
    best: list[tuple[int, int]] = []
    pairs = list(zip(xs, ends, strict=True))
    for i, (xa, ya) in enumerate(pairs):
        for xb, yb in pairs[i + 1:]:
            slope = (yb - ya) / (xb - xa) if xb != xa else 0.0
            if abs(slope) > MAX_SLOPE:
                continue
            near = [(x, y) for x, y in pairs if abs(ya + slope * (x - xa) - y) <= tol]
            if len(near) > len(best):
                best = near
    return best or pairs[:1]


def line_of(pairs: list[tuple[int, int]]) -> tuple[float, float]:
    """(slope, intercept) of the least-squares line through `pairs` (level through one point)."""
    if len({x for x, _ in pairs}) < 2:
        return 0.0, float(pairs[0][1])
    slope, intercept = np.polyfit([x for x, _ in pairs], [y for _, y in pairs], 1)
    return float(slope), float(intercept)


def ink_along(ink: np.ndarray, x0: int, x1: int, line: tuple[float, float], start: int, stop: int) -> float:
    """The share of the columns x0..x1 with ink between `start` and `stop` pixels off the line (negative:
    over it)."""
    slope, intercept = line
    hits = 0
    for x in range(x0, x1 + 1):
        y = int(round(intercept + slope * x))
        lo, hi = max(y + start, 0), max(y + stop, 0)
        hits += bool(ink[lo:hi, x].any())
    return hits / max(x1 - x0 + 1, 1)
