"""Tables ruled across only on a landscape scan: letters' stems standing on a tight row's rule do not
make it a ruled grid's rule (parsers.ocr.crossings, used by parsers.ocr.open_grid)."""

from __future__ import annotations

import cv2
import numpy as np

from parsers.ocr import crossings, grid, image


def _words(page: np.ndarray, left: int, top: int, count: int, lines: int = 1) -> None:
    """`lines` lines of `count` words, bars 50 px wide and 12 px high, 14 px apart; lines 36 px apart."""
    for k in range(lines):
        for i in range(count):
            x = left + 64 * i
            cv2.rectangle(page, (x, top + 36 * k), (x + 50, top + 36 * k + 12), 0, -1)


def _page(stems: bool) -> np.ndarray:
    """A landscape page, a table ruled across only: a header and three rows in four columns; the
    last row is tight, and with `stems` two letters' stems ("рр") 66 px tall stand on its foot rule."""
    page = np.full((2480, 3508), 255, np.uint8)
    ys = [300, 420, 900, 1380, 1470]
    for y in ys:
        cv2.line(page, (200, y), (3300, y), 0, 3)
    lefts = [230, 480, 1530, 2430]
    for left in lefts:
        _words(page, left + 40, 340, 2)
    for top in (440, 920, 1390):
        _words(page, lefts[0], top, 1)
        _words(page, lefts[1], top, 14, lines=2 if top > 1000 else 10)
        _words(page, lefts[2], top, 12, lines=2 if top > 1000 else 6)
        _words(page, lefts[3], top, 12, lines=2 if top > 1000 else 8)
    if stems:
        for x in (1100, 1150):
            page[1468 - 66:1468, x:x + 5] = 0
    return page


def test_stems_on_a_tight_row_s_rule_leave_the_row_in_its_table():
    """The stems are as tall as the vertical kernel: they showed as two vertical rules ending on the
    last rule, which then passed for a ruled grid's and the last row fell out of the table."""
    for stems in (False, True):
        tables, _ = grid.find_tables(image.ink(_page(stems)))
        assert [[len(row) for row in t.rows] for t in tables] == [[4, 4, 4, 4]]


def test_a_grid_s_sides_run_from_rule_to_rule():
    """Pieces of the vertical rule mask: a side from rule to rule, one taller than a letter running
    down from a rule, and two stems standing on a rule (their tops in the text): the stems alone do
    not cross it, the sides do."""
    vert = np.zeros((2480, 1000), np.uint8)
    vert[100:400, 50:53] = 255  # from the rule at 100 to the rule at 400
    vert[395:800, 900:903] = 255  # taller than any letter, whatever it meets
    stems = np.zeros_like(vert)
    stems[332:398, 500:504] = stems[332:398, 540:544] = 255  # 66 px tall, on the rule at 400
    rules = [(40, 99, 960, 101), (40, 400, 960, 402)]
    sides = crossings.grid_sides(vert | stems, rules, 5)
    assert sides[:, 50].any() and sides[:, 900].any() and not sides[:, 500:545].any()
    assert crossings.crossed(rules[1], sides, 5)
    assert crossings.crossed(rules[1], stems, 5)  # as the raw mask shows them
    assert not crossings.crossed(rules[1], crossings.grid_sides(stems, rules, 5), 5)
