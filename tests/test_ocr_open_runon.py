"""parsers.ocr.open_grid on made-up pages: a table ruled across only whose page shows
its header and one row run on from the page before, its text in the wide name column only."""

from __future__ import annotations

import cv2
import numpy as np

from parsers.ocr import grid, image


def _words(page: np.ndarray, left: int, top: int, count: int, lines: int = 1) -> None:
    """`lines` lines of `count` words, each a bar 50 px wide and 12 px high, 14 px apart; lines 36 px apart."""
    for k in range(lines):
        for i in range(count):
            x = left + 64 * i
            cv2.rectangle(page, (x, top + 36 * k), (x + 50, top + 36 * k + 12), 0, -1)


def _page(name_words: int) -> np.ndarray:
    """Columns 200 | 480 | 1330 | 1830 | 2280, ruled across at the header's top and foot and at the
    row's foot. The header's words stand centred over their columns ("Мероприятие" over 816-994); the
    row's name runs from 510 over `name_words` words a line, past the middle of the header's white
    between the name's word and the next column's."""
    page = np.full((1400, 2480), 255, np.uint8)
    for y in (300, 420, 1200):
        cv2.line(page, (200, y), (2280, y), 0, 3)
    _words(page, 300, 340, 1)  # "№"
    _words(page, 816, 340, 3)  # "Мероприятие", centred over a wide column
    _words(page, 1420, 340, 4, lines=2)  # "Ответственные исполнители"
    _words(page, 1900, 340, 4)  # "Срок"
    _words(page, 510, 440, name_words, lines=18)
    return page


def test_a_run_on_row_s_name_keeps_its_column_under_a_header_alone():
    """The side the header's words alone place (in the middle of their white, ~1207) would cut the name
    (to 1264): the row read as a paragraph between two tables, and dropped from the table. The side
    goes to the white the name leaves before the next column's header word: the row keeps its cells."""
    tables, _ = grid.find_tables(image.ink(_page(12)))
    assert [[c.colspan for c in row] for row in tables[0].rows] == [[1, 1, 1, 1], [1, 1, 1, 1]]
    name = tables[0].rows[1][1].box
    assert 1264 < name[2] < 1420


def test_a_run_on_row_that_leaves_no_white_is_a_row_spanning_columns_not_a_paragraph():
    """The name runs on under the next column's header word: no side fits beside it.
    Under the run's last rule no table follows, so the text is no paragraph parting two tables: the
    table keeps the row, its name a cell across the two columns its text crosses."""
    tables, _ = grid.find_tables(image.ink(_page(16)))  # to 1520, past the word at 1420
    assert [[c.colspan for c in row] for row in tables[0].rows] == [[1, 1, 1, 1], [1, 2, 1]]


def test_a_run_on_row_s_long_name_moves_the_side_the_shorter_names_below_placed():
    """Under the header, a row run on from the page before (its name to 1264), then a row of four cells
    whose name is shorter (to 1008): the side in the middle of that row's white (~1184) would cut the
    run-on name, which then shares a cell with the executors' column. The side goes to the white both
    rows leave (1265-1359): each row keeps four cells."""
    page = np.full((1400, 2480), 255, np.uint8)
    for y in (300, 420, 900, 1200):
        cv2.line(page, (200, y), (2280, y), 0, 3)
    _words(page, 300, 340, 1)  # "№"
    _words(page, 816, 340, 3)
    _words(page, 1420, 340, 4, lines=2)
    _words(page, 1900, 340, 4)
    _words(page, 510, 440, 12, lines=10)  # the name run on from the page before
    _words(page, 230, 920, 1)  # "6.3."
    _words(page, 510, 920, 8, lines=6)
    _words(page, 1360, 920, 5, lines=3)
    _words(page, 1860, 920, 4, lines=2)
    tables, _ = grid.find_tables(image.ink(page))
    assert [[c.colspan for c in row] for row in tables[0].rows] == [[1, 1, 1, 1]] * 3
    assert 1264 < tables[0].rows[1][1].box[2] < 1360
