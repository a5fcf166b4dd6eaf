"""Which long horizontal rules a ruled grid's vertical rules cross: those belong to a full grid.

`parsers.ocr.open_grid` opens the columns of a table ruled across only, and leaves a rule that vertical
rules cross to the grid finder. The vertical rule mask (`grid.rule_masks`) also holds a few letters'
stems: on a landscape page at 14 pt a blurred "р" whose foot touches a tight row's rule is as tall as
the vertical kernel, and two of them ("рр") "crossed" the rule, so the row under it was dropped from
its table ruled across only. A grid's side runs from rule to rule (or on through one); a stem stands
on one rule and ends in the text.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import components

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 (pixels)
# A piece of vertical rule this share of the page's height or taller is a side whatever it meets: no
# letter is as tall (a stem at 14 pt is ~60 px, ~2.5 % of a landscape page), a grid's row is.
TALL_SHARE = 0.05


def grid_sides(vert: np.ndarray, rules: list[Box], join: int) -> np.ndarray:
    """The pieces of `vert` that are a grid's sides: each reaches one of the long horizontal `rules`
    (within `join` pixels) at its top and at its foot, or is taller than a letter."""
    h, _ = vert.shape
    near = np.zeros_like(vert)
    for x0, y0, x1, y1 in rules:
        near[max(y0 - join, 0):y1 + join + 1, max(x0 - join, 0):x1 + join + 1] = 255
    count, labels, stats, _ = components(vert)
    kept = np.zeros(count, bool)
    for i in range(1, count):
        x, y, w, bh = (int(v) for v in stats[i, :4])
        tall = bh >= TALL_SHARE * h
        kept[i] = tall or bool(near[y, x:x + w].any() and near[y + bh - 1, x:x + w].any())
    return np.where(kept[labels], 255, 0).astype(np.uint8)


def crossed(rule: Box, sides: np.ndarray, join: int) -> bool:
    """Do a grid's sides (`grid_sides`) cross (or end on) a horizontal rule: is it part of a ruled grid?"""
    x0, y0, x1, y1 = rule
    band = sides[max(y0 - join, 0):y1 + join + 1, x0:x1 + 1].any(axis=0)
    edges = np.flatnonzero(np.diff(np.concatenate([[0], band.astype(np.int8), [0]])) == 1)
    return len(edges) >= 2
