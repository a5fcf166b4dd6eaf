"""parsers.ocr.open_grid on a made-up page: two plans' tables ruled across only, of one width, stacked on
one page. A vertical merge's break in the upper table's rules shows no side of the lower table."""

from __future__ import annotations

import cv2
import numpy as np

from parsers.ocr import grid, image


def _words(page: np.ndarray, left: int, top: int, count: int, lines: int = 1) -> None:
    """`lines` lines of `count` words, each a bar 50 px wide and 12 px high, 14 px apart; lines 36 px
    apart."""
    for k in range(lines):
        for i in range(count):
            x = left + 64 * i
            cv2.rectangle(page, (x, top + 36 * k), (x + 50, top + 36 * k + 12), 0, -1)


def _upper(page: np.ndarray) -> None:
    """A header and three rows; the third column's cell of the second row is merged down over the
    third, so the rule between them breaks from 1260 to 1810."""
    for y in (100, 220, 500, 780, 1060):
        cv2.line(page, (200, y), (2280, y), 0, 3)
    page[777:784, 1260:1811] = 255
    for left, count in ((230, 1), (500, 4), (1300, 4), (1900, 4)):
        _words(page, left, 120, count, lines=2)
    for top in (230, 510, 790):
        _words(page, 230, top, 1)
        _words(page, 500, top, 8, lines=5)
        if top < 790:
            _words(page, 1300, top, 5, lines=3)
        _words(page, 1900, top, 4, lines=3)


def test_a_merge_break_of_the_upper_table_is_no_side_of_the_lower():
    """The next plan's table under its title: its third column's header, wider than the column's text
    below, runs on past where the upper table's break ended. Its header keeps four cells."""
    page = np.full((2200, 2480), 255, np.uint8)
    _upper(page)
    _words(page, 1950, 1150, 4)  # "Приложение 2"
    _words(page, 250, 1220, 30)  # the next plan's title, across
    _words(page, 1040, 1270, 5)  # its second line, centred
    for y in (1400, 1520, 1800, 2080):
        cv2.line(page, (200, y), (2280, y), 0, 3)
    for left, count in ((230, 1), (500, 5), (1000, 13), (1950, 4)):
        _words(page, left, 1420, count)
    for top in (1530, 1810):
        _words(page, 230, top, 1)
        _words(page, 500, top, 6, lines=4)
        _words(page, 1000, top, 5, lines=3)
        _words(page, 1950, top, 4, lines=3)
    tables, _ = grid.find_tables(image.ink(page))
    assert [[c.colspan for c in row] for row in tables[-1].rows] == [[1, 1, 1, 1]] * 3
    assert 1818 < tables[-1].rows[0][3].box[0] < 1950
