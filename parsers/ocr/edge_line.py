"""The one edge a drop-out left across a table's column sides, on a tilted page.

A fax drops whole scan lines: level in the fax's own raster. The page went through the machine a little
askew, and once the page is set straight, the drop-out's edge is tilted by that angle: the sides it cut
end on one straight line, not at one height (over a landscape page's width, a degree parts their ends by
some 60 pixels). The ends that lie on one such line, as few tilted as a page is (`MAX_SLOPE`), are kept.
"""

from __future__ import annotations

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


def level_or_tilted(ends: list[tuple[int, int]], tol: int, need: float) -> list[tuple[int, int]]:
    """The (x, end) pairs within `tol` of their median height when `need` of them are; else those on one
    tilted edge (`on_one_edge`)."""
    edge = sorted(e for _, e in ends)[len(ends) // 2]
    level = [(x, e) for x, e in ends if abs(e - edge) <= tol]
    return level if len(level) >= need else on_one_edge([x for x, _ in ends], [e for _, e in ends], tol)
