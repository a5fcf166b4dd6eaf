"""Faint horizontal rules a scan breaks into short pieces: found as thin ink running on along a line.

A hairline rule scanned at a low resolution and compressed comes out with drop-outs every few letters'
widths; each piece between them is shorter than the kernel that finds rules (`grid.rule_masks`), so
the rule is lost, two rows of a table ruled across only read as one (the header and the heading
under it became a "title" between two tables). Here the ink is kept where it is thin (white a few
pixels above and below it, as no letter's body is), its drop-outs bridged, and the runs as long as a
table is wide are the rules. A line of print fails both ways: its strokes have ink above or below
them, and its word spaces are wider than a drop-out.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import components, cv2

REACH = 5  # pixels above and below a rule's ink that stay white (a rule is 1-3 px thick at 300 dpi)
HOLE = 13  # pixels: a drop-out of a rule is narrower; a word space at 10 pt and more is wider (~20 px)
PIECE = 120  # pixels: a stretch of thin ink this long, drop-outs bridged, is a piece of rule
COVER = 0.8  # ... when the ink covers this share of it (a line of print's thin strokes cover far less)
FOUND = 0.95  # a line the rule kernel's mask already runs along over this share of is left as it is


def _thin(ink: np.ndarray) -> np.ndarray:
    """The ink (0/255) with white `REACH` pixels above and below it, taken with its neighbour rows (a
    rule a hair off the level steps a row now and then)."""
    on = ink > 0
    above, below = np.zeros_like(on), np.zeros_like(on)
    above[REACH:] = on[:-REACH]
    below[:-REACH] = on[REACH:]
    thin = on & ~above & ~below
    return np.where(thin, 255, 0).astype(np.uint8)


def _found(horiz: np.ndarray | None, stats: np.ndarray, group: list[tuple[int, int, float, int]],
           join: int) -> bool:
    """Does `horiz` (the rules found by the rule kernel) already run along the group's line? The line's
    rows are those its pieces' boxes span (`stats`: the pieces' own, each box tight around its piece)."""
    if horiz is None:
        return False
    ids = [p[0] for p in group]
    top = int(stats[ids, cv2.CC_STAT_TOP].min())
    bottom = int((stats[ids, cv2.CC_STAT_TOP] + stats[ids, cv2.CC_STAT_HEIGHT]).max()) - 1
    x0, x1 = min(p[1] for p in group), max(p[1] + p[3] for p in group)
    line = horiz[max(top - join, 0):bottom + join + 1, x0:x1].any(axis=0)
    return float(np.count_nonzero(line)) >= FOUND * line.size


def find(ink: np.ndarray, min_width: int, join: int, horiz: np.ndarray | None = None) -> np.ndarray:
    """A mask of the faint rules at least `min_width` pixels long in a page's ink (0/255) that the rule
    mask `horiz` does not hold already (a page whose rules were found keeps its reading); pieces whose
    middles lie within `join` pixels in height are one line (the grid finder's own tolerance)."""
    thin = _thin(ink)
    bridged = cv2.morphologyEx(thin, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (HOLE, 1)))
    runs = cv2.morphologyEx(bridged, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (PIECE, 1)))
    count, labels, stats, _ = components(runs)
    pieces = []
    for i in range(1, count):
        x, y, w, h = (int(v) for v in stats[i, :4])
        if np.count_nonzero(thin[y:y + h, x:x + w].any(axis=0)) >= COVER * w:
            pieces.append((i, x, y + h / 2, w))
    kept = np.zeros(count, bool)
    pieces.sort(key=lambda p: p[2])
    start = 0
    for k in range(1, len(pieces) + 1):
        if k < len(pieces) and pieces[k][2] - pieces[k - 1][2] <= join:
            continue
        group = pieces[start:k]
        start = k
        x0 = min(p[1] for p in group)
        x1 = max(p[1] + p[3] for p in group)
        if x1 - x0 >= min_width and sum(p[3] for p in group) >= COVER * (x1 - x0) \
                and not _found(horiz, stats, group, join):
            kept[[p[0] for p in group]] = True
    return np.where(kept[labels], 255, 0).astype(np.uint8)
