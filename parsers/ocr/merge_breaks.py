"""Where a vertical merge breaks the rules of a table ruled across only: the merged column's sides.

A cell merged down over rows leaves the rule between those rows broken along its width, so the ends of
the break stand on the merged column's sides. On a page where that column shows no text (its cell
began on the page before), the white between its neighbours' text is one wide gap that cannot show two
sides; the broken rule does (`parsers.ocr.open_grid` draws them instead of one side in the gap's middle).
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import components

# pixels at image.DPI (~6 mm): a column is wider; a faint rule's drop-out on a scan is shorter
MIN_BREAK = 70
COVER = 0.5  # a rule broken by merges still runs along this share of its table's width
# A stretch where the page's ink runs along the rule's line over this share of it is the rule itself:
# a faint rule's drop-outs, two or three close together, leave pieces shorter than the kernel that
# finds rules (`grid.rule_masks`). A merged cell's text crossing the line covers less: its words'
# strokes and spaces, the cell's padding white at either side.
INKED = 0.8


Piece = tuple[int, int, float, int, int]  # x0, x1, middle height, top, bottom (in the band)


def _pieces(band: np.ndarray) -> list[Piece]:
    """(x0, x1, middle height, top, bottom) of the connected runs of rule in a band."""
    count, _, stats, _ = components(band)
    return [(int(x), int(x + w - 1), y + h / 2, int(y), int(y + h - 1)) for x, y, w, h, _ in stats[1:count]]


def _inked(ink: np.ndarray | None, rule: list[Piece], left: int, right: int) -> bool:
    """Does the page's ink (`ink`, the band's) run along the rule's rows over most of the stretch
    between `left` and `right`: the rule is drawn there, only dropped out of its mask in places."""
    if ink is None or right - left <= 1:
        return False
    top, bottom = min(p[3] for p in rule), max(p[4] for p in rule)
    line = ink[top:bottom + 1, left + 1:right].any(axis=0)
    return float(np.count_nonzero(line)) >= INKED * line.size


def break_ends(thin: np.ndarray, x0: int, x1: int, y0: int, y1: int, join: int,
               ink: np.ndarray | None = None) -> list[int]:
    """x positions (from `x0`) where a rule across the table in rows `y0`..`y1` breaks off or resumes
    for a stretch as wide as a column: `thin` holds the thin runs of horizontal rule; `ink`, the page's
    ink, shows where a stretch missing from them is the rule after all."""
    pieces = sorted(_pieces(thin[y0:y1 + 1, x0:x1 + 1]), key=lambda p: p[2])
    band = None if ink is None else ink[y0:y1 + 1, x0:x1 + 1]
    rules: list[list[Piece]] = []
    for piece in pieces:
        if rules and abs(piece[2] - rules[-1][0][2]) <= join:
            rules[-1].append(piece)
        else:
            rules.append([piece])
    ends: list[int] = []
    for rule in rules:
        spans: list[list[int]] = []
        for a, b, *_ in sorted(rule):
            if spans and a <= spans[-1][1] + 1:
                spans[-1][1] = max(spans[-1][1], b)
            else:
                spans.append([a, b])
        if sum(b - a + 1 for a, b in spans) < COVER * (x1 - x0):
            continue
        bounds = [-1] + [x for span in spans for x in span] + [x1 - x0 + 1]
        for left, right in zip(bounds[::2], bounds[1::2], strict=True):
            if right - left - 1 >= MIN_BREAK and not _inked(band, rule, left, right):
                ends += [x for x in (left + 1, right - 1) if 0 < x < x1 - x0]
    ends.sort()
    return [x for k, x in enumerate(ends) if k == 0 or x - ends[k - 1] > join]
