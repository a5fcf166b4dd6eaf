"""A table's first row whose top rule a fax dropped: found by its column sides standing over the top rule.

A fax that drops a few scan lines right over a table's top rule leaves the header row without it: the
grid began at the rule under the header, and the header's words ("№", the measure, the deadline...) were
read as a paragraph above a table without header, so no plan started there. A drop-out runs across the
page and never takes a column's side down its length: below the white, the sides still stand over the
rule, as a header row's sides do, all ending at one height (the drop-out's edge). A letter of a title
printed close above the table may touch a side's line, but not at most of the sides at one height.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr import edge_line

# pixels (at image.DPI) a header's sides stand over the top rule at least: a line of print
MIN_HEAD = 30
# ... and at most: a header of five lines of print, and its padding
MAX_HEAD = 300
# pixels of white a side's line may break for (a fax's dash, a scan line dropped) and run on
GAP = 12
# pixels by which the sides' tops may part from one straight edge (a drop-out's, or a faint rule's)
TOL = 12
# the share of the table's width that may hold ink (specks) in the `GAP` rows over the row's top
OVER_INK = 0.05
# the sides standing over the rule to one height: at least this many, and this share of the table's
MIN_SIDES, SIDE_SHARE = 3, 0.6


def _reach(ink: np.ndarray, x: int, top: int, join: int, most: int = MAX_HEAD) -> int:
    """How far over `top` (the top rule's line) the side at `x` runs up in the ink, its breaks bridged."""
    lo = max(top - most, 0)
    start = top - join - 1  # past the rule's own thickness
    if start <= lo:
        return 0
    band = ink[lo:start, max(x - join, 0):x + join + 1].any(axis=1)
    end, white = start, 0
    for y in range(start - 1, lo - 1, -1):
        if band[y - lo]:
            end, white = y, 0
        else:
            white += 1
            if white > GAP:
                break
    return top - end


def hanging_top(ink: np.ndarray, xs: list[int], top: int, join: int, box_top: int | None = None) -> int | None:
    """The top of a header row that lost its top rule, or None: most of the column sides `xs` stand
    at least `MIN_HEAD` over the top rule at `top`, their ends within `TOL` of one another. Up to
    `MAX_HEAD` over it, or to `box_top` (the table's box, which its sides' rules reach) when higher: a
    row a drop-out cut across, not on its rule, may be taller than a header."""
    most = MAX_HEAD if box_top is None else max(MAX_HEAD, top - box_top + 2 * GAP + join)
    reaches = [_reach(ink, x, top, join, most) for x in xs]
    # a run up to the reach's end is no side but a paragraph's lines at that column, welded by a blur
    ends = [(x, top - r) for x, r in zip(xs, reaches, strict=True) if MIN_HEAD <= r < most - GAP]
    if not ends:
        return None
    level = one_edge(ends, len(xs))
    if level is None:
        return None
    # over the row, the drop-out's white runs across the table: print there (a paragraph the sides'
    # runs went up into, their ends at one of its lines) is no lost rule's place
    head = min(e for _, e in level)  # over the highest end: over the whole edge, tilted or not
    over = ink[max(head - GAP, 0):head, xs[0]:xs[-1] + 1].any(axis=0)
    return head if over.size and np.count_nonzero(over) <= OVER_INK * over.size else None


def one_edge(ends: list[tuple[int, int]], sides: int) -> list[tuple[int, int]] | None:
    """The (x, end) pairs of the sides' ends on one edge, level or tilted (`edge_line`), when enough of the table's
    `sides` end there (MIN_SIDES, and SIDE_SHARE of them) for a drop-out's edge; else None."""
    need = max(MIN_SIDES, SIDE_SHARE * sides)
    level = edge_line.level_or_tilted(ends, TOL, need)
    return level if len(level) >= need else None
