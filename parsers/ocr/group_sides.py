"""The sides under a group cell of a header ruled across only: a rule under part of the header.

A header such as "Исполнение" over "Срок" and "Ответственный" is ruled under the group cell across
its columns only. Between two rules across the whole table the group's word stands over the white
that parts its columns, so that white shows no side (`parsers.ocr.open_grid` looks for sides in the
ink between the long rules); under the short rule it does. The sides found there are drawn from the
short rule down, so the group cell above stays one cell (a colspan) and its columns open below.
"""

from __future__ import annotations

import numpy as np

# pixels at image.DPI (~1.2 cm): a rule under a group of two columns or more is longer; the
# underline of a word or the welded strokes of a blurred one are shorter or thicker
MIN_LENGTH = 140
MIN_GAP = 35  # pixels: the white between two columns' text (as in `parsers.ocr.open_grid`)
SIDE_CLEARANCE = 4  # pixels either side of a drawn side that must be free of ink
Rule = tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels


def short_rules(rules: list[Rule], x0: int, x1: int, top: int, bottom: int, join: int) -> list[Rule]:
    """The rules inside the band between two long rules (`top`, `bottom`) that run under part of the
    table's width [x0, x1] only; of several under the same columns (a group's sub-header ruled off its
    column numbers), the highest."""
    inside = [r for r in rules if top + join < r[1] and r[3] < bottom - join and r[2] - r[0] >= MIN_LENGTH
              and r[0] >= x0 - join and r[2] <= x1 + join and (r[0] > x0 + join or r[2] < x1 - join)]
    kept: list[Rule] = []
    for rule in sorted(inside, key=lambda r: r[1]):
        if not any(abs(rule[0] - k[0]) <= 2 * join and abs(rule[2] - k[2]) <= 2 * join for k in kept):
            kept.append(rule)
    return kept


def _white_runs(row: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of the runs of white between the first and the last ink of `row`, at least
    MIN_GAP wide."""
    xs = np.flatnonzero(row)
    if xs.size == 0:
        return []
    cuts = np.flatnonzero(np.diff(xs) > MIN_GAP)
    return [(int(xs[k]) + 1, int(xs[k + 1])) for k in cuts]


def group_sides(ink: np.ndarray, rule: Rule, bottom: int, sides: list[int], join: int) -> list[int]:
    """x positions (on the page) of the sides under a short `rule` down to the long rule at `bottom`:
    the middle of each white run its columns' text leaves, where no side of `sides` (page x) runs yet."""
    x0, _, x1, y1 = rule
    band = ink[y1 + join + 1:bottom - join, x0:x1 + 1]
    if band.size == 0:
        return []
    found = []
    for start, end in _white_runs(band.any(axis=0)):
        if not any(x0 + start <= x < x0 + end for x in sides):
            found.append(x0 + (start + end - 1) // 2)
    return found


def draw(drawn: np.ndarray, ink: np.ndarray, rule: Rule, bottom: int, xs: list[int], join: int) -> None:
    """Draw the sides `xs` from the short `rule` down to `bottom` where the band's ink leaves them room."""
    _, _, _, y1 = rule
    band = ink[y1 + join + 1:bottom - join]
    for x in xs:
        if not band[:, max(x - SIDE_CLEARANCE, 0):x + SIDE_CLEARANCE + 1].any():
            drawn[y1 - join:bottom + 1, max(x - 1, 0):x + 2] = 255
