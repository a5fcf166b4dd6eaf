"""The boxes of a page's ruled tables from the pieces of their rules.

A table is the rules that touch. On a blurred, coarsely compressed scan a thin rule breaks here and there:
where a side breaks over a row that spans the table (a section title) and the rule under that row breaks
too, the grid falls into two pieces, one reaching down past the other's top (a column's side above the
break hanging into the rows below). Each piece read alone loses the columns the other holds (a row under it
read in three columns of five). One grid's pieces stand in one another's box; two tables of a page stand
apart, one under the other: pieces whose boxes overlap are one table. A box that reaches the page's edge is
no piece of a grid (a photo's page edge and its shadow, which a table's box may overlap): it stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 (inclusive)


def overlap(a: Box, b: Box) -> bool:
    """The two boxes share some area (more than a line where they touch)."""
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


STACKED = 0.9  # share of the narrower strip's width that lies over the other's: one table's strips
# ... for two halves of one row (`across_drops`' `cut`): either may have lost columns at a side as pieces
CUT_STACKED = 0.5
EDGE = 20  # pixels from the page's side: a table's rules stand inside its margins


def at_edge(box: Box, width: int, height: int) -> bool:
    """The box reaches (within `EDGE`) a side of the page."""
    return min(box[0], box[1]) < EDGE or box[2] >= width - EDGE or box[3] >= height - EDGE


def merged(boxes: list[Box], width: int = 1 << 30, height: int = 1 << 30) -> list[Box]:
    """Boxes whose areas overlap (directly or through another) joined into the box around them, but for a box
    at the page's edge (in no particular order: the tables are sorted after)."""
    out: list[Box] = [box for box in boxes if at_edge(box, width, height)]
    for box in boxes:
        if at_edge(box, width, height):
            continue
        while True:
            hit = next((k for k, other in enumerate(out)
                        if overlap(box, other) and not at_edge(other, width, height)), None)
            if hit is None:
                break
            other = out.pop(hit)
            box = (min(box[0], other[0]), min(box[1], other[1]), max(box[2], other[2]), max(box[3], other[3]))
        out.append(box)
    return out


def across_drops(boxes: list[Box], ruled: Callable[[Box], bool], gap: int,
                 cut: Callable[[Box, Box], bool] = lambda upper, lower: False, cut_gap: int = 0) -> list[Box]:
    """Boxes one above the other, at most `gap` pixels apart, the narrower's width nearly all under or
    over the other's (`STACKED`; a strip's side may be cut off as `with_cut_pieces` tells), joined when
    one of them is no table on its own (`ruled` False: fewer than two row rules). A fax that drops
    several scan lines at once cuts every column side across the page: a table falls into strips each
    holding one rule, and both strips were lost with all their rows. Two tables printed one under the
    other each have their rules, and stay apart, unless `cut` tells the two halves of one row (a drop-out
    across a row, not on a rule, left both strips tables of their own, and that row in neither); two such
    halves may stand up to `cut_gap` apart (two drop-outs close together, the sides between them no table)."""
    out: list[Box] = []
    for box in sorted(boxes, key=lambda b: b[1]):
        last = next((k for k in range(len(out) - 1, -1, -1)
                     if _stacked(out[k], box, max(gap, cut_gap), CUT_STACKED)), None)
        near = last is not None and _stacked(out[last], box, gap)
        if last is not None and ((near and not (ruled(out[last]) and ruled(box))) or cut(out[last], box)):
            top = out.pop(last)
            box = (min(top[0], box[0]), top[1], max(top[2], box[2]), max(top[3], box[3]))
        out.append(box)
    return out


def _stacked(upper: Box, lower: Box, gap: int, share: float = STACKED) -> bool:
    shared = min(upper[2], lower[2]) - max(upper[0], lower[0])
    narrower = min(upper[2] - upper[0], lower[2] - lower[0])
    return 0 <= lower[1] - upper[3] <= gap and shared >= share * narrower


def with_cut_pieces(tables: list[Box], pieces: list[Box], slack: int, reach: int) -> list[Box]:
    """The tables' boxes grown by the pieces too narrow to be a table that belong to one: a piece overlapping
    it within its height (± `slack` pixels), or one beside it, at most `reach` pixels off, from its top rule
    to its bottom one. A fax's thin rule, stepped by the tilt, comes as dashes, and the short ones are lost:
    where every row's rule loses one by a column's side, the columns beyond fall off the grid, a piece too
    narrow for a table (or the outer side alone), and their text was read as lines outside it. A mark
    reaching above or below a table is no such piece, nor is one beside it of another height."""
    return grown_by(tables, pieces, lambda box, piece: _belongs(box, piece, slack, reach))


def grown_by(tables: list[Box], pieces: list[Box], belongs) -> list[Box]:
    """Each table's box grown sideways by every piece that `belongs(box, piece)` to it, again while it grows
    (a piece may belong only once the box has reached the one next to it)."""
    out = []
    for box in tables:
        grown = None
        while grown != box:
            grown = box
            for piece in pieces:
                if belongs(box, piece):
                    box = (min(box[0], piece[0]), box[1], max(box[2], piece[2]), box[3])
        out.append(box)
    return out


def _belongs(box: Box, piece: Box, slack: int, reach: int) -> bool:
    within = piece[1] >= box[1] - slack and piece[3] <= box[3] + slack
    if overlap(box, piece):
        return within and not (piece[0] >= box[0] and piece[2] <= box[2])
    spans = within and piece[1] <= box[1] + slack and piece[3] >= box[3] - slack
    return spans and (0 < piece[0] - box[2] <= reach or 0 < box[0] - piece[2] <= reach)
