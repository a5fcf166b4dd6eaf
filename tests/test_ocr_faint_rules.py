"""A hairline rule a scan breaks into pieces shorter than the rule kernel is still found
(parsers.ocr.faint_rules, used by parsers.ocr.grid); a line of print is no rule."""

from __future__ import annotations

import cv2
import numpy as np

from parsers.ocr import faint_rules, grid, image


def _faint_rule(page: np.ndarray, y: int, x0: int, x1: int) -> None:
    """A 2 px rule with a drop-out (3 to 9 px) every 40 to 70 px: no piece as long as the rule kernel."""
    page[y:y + 2, x0:x1] = 0
    x, k = x0 + 40, 0
    while x < x1:
        page[y:y + 2, x:x + 3 + 3 * (k % 3)] = 255
        x, k = x + 40 + 15 * (k % 3), k + 1


def _words(page: np.ndarray, left: int, top: int, count: int, lines: int = 1) -> None:
    """`lines` lines of `count` words, bars 50 px wide and 12 px high, 14 px apart; lines 36 px apart."""
    for k in range(lines):
        for i in range(count):
            x = left + 64 * i
            cv2.rectangle(page, (x, top + 36 * k), (x + 50, top + 36 * k + 12), 0, -1)


def _te_letters(page: np.ndarray, left: int, top: int, words: int) -> None:
    """Words of eight "т"s (a bar 20 px wide over a stem, 6 px apart), 20 px word spaces: thin bars."""
    x = left
    for _ in range(words):
        for _ in range(8):
            page[top:top + 2, x:x + 20] = 0
            page[top:top + 24, x + 9:x + 12] = 0
            x += 26
        x += 20


def _page(faint: bool) -> np.ndarray:
    """A table ruled across only, four columns: a header, a heading across, two rows. The rule under
    the header is a hairline broken into short pieces."""
    page = np.full((2480, 3508), 255, np.uint8)
    for y in (300, 700, 1200, 1700):
        cv2.line(page, (200, y), (3300, y), 0, 3)
    if faint:
        _faint_rule(page, 420, 200, 3300)
    else:
        cv2.line(page, (200, 420), (3300, 420), 0, 3)
    lefts = [230, 480, 1530, 2430]
    for left in lefts:
        _words(page, left + 40, 340, 2)
    _words(page, 240, 450, 30, lines=3)  # a heading across the table
    _te_letters(page, 240, 600, 12)
    for top in (720, 1220):
        _words(page, lefts[0], top, 1)
        _words(page, lefts[1], top, 14, lines=6)
        _words(page, lefts[2], top, 12, lines=4)
        _words(page, lefts[3], top, 12, lines=8)
    return page


def test_a_hairline_rule_broken_into_short_pieces_parts_the_header_from_the_heading():
    ink = image.ink(_page(faint=True))
    horiz, _ = grid.rule_masks(ink)
    assert not horiz[415:428].any()  # the rule kernel finds no piece of it
    found = faint_rules.find(ink, 660, grid._JOIN)
    ys = set(np.flatnonzero(found.any(axis=1)).tolist())
    solid = {y for rule in (300, 700, 1200, 1700) for y in range(rule - 5, rule + 6)}
    assert ys & set(range(415, 428)) and not ys - solid - set(range(415, 428))  # no heading, no "т"s' bars
    # the rules the kernel found are left as they are: only the faint one is added
    added = set(np.flatnonzero(faint_rules.find(ink, 660, grid._JOIN, horiz).any(axis=1)).tolist())
    assert added and added <= set(range(415, 428))
    for faint in (False, True):
        tables, _ = grid.find_tables(image.ink(_page(faint)))
        assert [[len(row) for row in t.rows] for t in tables] == [[4, 1, 4, 4]]
