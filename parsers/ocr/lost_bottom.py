"""A table's last row whose bottom rule came out too faint or too broken to be found: its sides end under it.

A fax (or a pale copy) may leave a table's bottom rule as a few dashes or nothing: the grid ended at the
rule over the last row, and that row (a whole measure) was lost. Its column sides still run down from the
last rule found, all ending at one height (where the lost rule was), with the page's white under them. A
table's box ends at its rules: where no row was lost, no side runs on under the last rule. The mirror of
`lost_top`, with a taller reach (a last row may hold many lines) bounded by the table's box.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.lost_top import GAP, MIN_HEAD, OVER_INK, one_edge


def _reach(ink: np.ndarray, x: int, bottom: int, join: int, limit: int) -> int:
    """How far under `bottom` (the last rule's line) the side at `x` runs down in the ink, breaks bridged,
    to `limit` at most."""
    start = bottom + join + 1  # past the rule's own thickness
    if start >= limit:
        return 0
    band = ink[start:limit, max(x - join, 0):x + join + 1].any(axis=1)
    end, white = start, 0
    for i, on in enumerate(band):
        if on:
            end, white = start + i, 0
        else:
            white += 1
            if white > GAP:
                break
    return end - bottom


def hanging_bottom(ink: np.ndarray, xs: list[int], bottom: int, join: int, limit: int) -> int | None:
    """The bottom of a last row that lost its bottom rule, or None: most of the column sides `xs` run at
    least `MIN_HEAD` under the last rule at `bottom` (to `limit`, the table box's bottom), their ends within
    `TOL` of one straight edge, and under those ends the table's width is white."""
    limit = min(limit, ink.shape[0])
    reaches = [_reach(ink, x, bottom, join, limit) for x in xs]
    ends = [(x, bottom + r) for x, r in zip(xs, reaches, strict=True) if r >= MIN_HEAD]
    if not ends:
        return None
    level = one_edge(ends, len(xs))
    if level is None:
        return None
    # the lost rule's own remains (dashes) lie within `join` of the sides' ends; under them, white
    foot = max(e for _, e in level)  # under the lowest end: under the whole edge, tilted or not
    under = ink[foot + join + 1:foot + join + 1 + GAP, xs[0]:xs[-1] + 1].any(axis=0)
    return foot if under.size and np.count_nonzero(under) <= OVER_INK * under.size else None
