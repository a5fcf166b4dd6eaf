"""parsers.ocr on made-up pages and one cell: a table ruled across only, and a number's stops read
from the marks of its cell."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from conftest import FIXTURES

from parsers.ocr import grid, image, numbers, open_grid

CELLS = FIXTURES / "scanned" / "cells"


def _words(page: np.ndarray, left: int, top: int, count: int, lines: int = 1) -> None:
    """`lines` lines of `count` words, each a bar 50 px wide and 12 px high (shorter than the kernel
    that finds rules), 14 px apart; lines 36 px apart."""
    for k in range(lines):
        for i in range(count):
            x = left + 64 * i
            cv2.rectangle(page, (x, top + 36 * k), (x + 50, top + 36 * k + 12), 0, -1)


def test_grid_opens_the_columns_of_a_table_ruled_across_only():
    """Rules across only: the column sides come from the white gaps the rows leave, one in each gap
    (the header's words, centred, stand inside the number column's gap); a heading row across the
    table crosses them and stays one cell; a centred title between two rules, under a note set right
    ("Приложение 2"), parts two tables."""
    page = np.full((3500, 2480), 255, np.uint8)
    ys = [300, 420, 700, 800, 1100, 1400, 1500, 1800]
    for y in ys:
        cv2.line(page, (200, y), (2280, y), 0, 3)
    lefts = [230, 480, 1330, 1830]
    _words(page, 300, 340, 2)  # "№ п/п", centred over the numbers' gap
    for left in lefts[1:]:
        _words(page, left + 60, 340, 4)
    for top in (430, 810, 1110, 1510):
        _words(page, lefts[0], top, 1)
        _words(page, lefts[1], top, 11, lines=6)
        _words(page, lefts[2], top, 5, lines=3)
        _words(page, lefts[3], top, 6, lines=4)
    _words(page, lefts[0], 720, 25)  # a heading across the table
    _words(page, 900, 1430, 10)  # a centred title between two tables, under a note set right
    _words(page, 2050, 1408, 2)  # "Приложение 2"
    tables, _ = grid.find_tables(image.ink(page))
    assert [[[c.colspan for c in row] for row in t.rows] for t in tables] == [
        [[1, 1, 1, 1], [1, 1, 1, 1], [4], [1, 1, 1, 1], [1, 1, 1, 1]], [[1, 1, 1, 1]]]
    sides = [c.box[0] for c in tables[0].rows[0]]
    assert sides[0] == pytest.approx(200, abs=3) and 400 < sides[1] < 480 and 1200 < sides[2] < 1330


def test_the_stops_of_a_number_cell_are_read_from_its_marks():
    """The cell the block reading reads "24." shows two digit-high marks with a dot on the foot of the
    digits after each: the number it draws is 2.4.; marks of unlike widths hold no three digits."""
    ink = cv2.imread(str(CELLS / "sarov_150dpi_24.ink.png"), cv2.IMREAD_GRAYSCALE)
    assert numbers.drawn(ink, "24.") == "2.4."
    assert numbers.drawn(ink, "245.") is None


def test_the_row_numbering_the_columns_and_a_heading_s_stops_part_no_column():
    """Under the header a row numbers the columns, each numeral centred in its column: the one over the
    wide number column stands inside its gap as the header's words do, and parts no column there. A
    heading over the first columns keeps its stop: without it, the white after "Показатели." was a gap
    that parted the heading and moved the number column's side under it."""
    page = np.full((2000, 2480), 255, np.uint8)
    for y in (300, 420, 480, 560, 800, 1100):
        cv2.line(page, (200, y), (2280, y), 0, 3)
    lefts = [230, 600, 1330, 1830]
    _words(page, 330, 340, 1)  # "№", centred over the numbers' gap
    for k, left in enumerate(lefts):
        _words(page, left + 60, 340, 2) if k else None
        centre = 350 if k == 0 else left + 200
        cv2.rectangle(page, (centre, 440), (centre + 20, 452), 0, -1)  # "1", "2", ...
    _words(page, 230, 500, 3)  # "II. Показатели."
    cv2.rectangle(page, (412, 507), (417, 512), 0, -1)
    _words(page, 445, 500, 9)  # "Методы сбора информации"
    for top in (570, 810):
        _words(page, lefts[0], top, 1)
        _words(page, lefts[1], top, 10, lines=5)
        _words(page, lefts[2], top, 5, lines=3)
        _words(page, lefts[3], top, 6, lines=4)
    tables, _ = grid.find_tables(image.ink(page))
    assert [[c.colspan for c in row] for row in tables[0].rows] == [[1] * 4, [1] * 4, [2, 1, 1], [1] * 4, [1] * 4]
    assert 450 < tables[0].rows[0][1].box[0] < 600


def test_the_columns_under_a_group_cell_of_a_header_ruled_across_only_open_below_its_rule():
    """A header ruled across only, its group cell ("Исполнение") ruled off under its two columns: the
    group's word stands over the white between them, so only under the short rule does that white show
    a side. It is drawn from the short rule down: the group stays one cell, its columns part below. The
    rule under the group's columns' words, a little longer, over their numbers, adds no second side in
    that white."""
    page = np.full((1200, 2480), 255, np.uint8)
    for y in (300, 530):
        cv2.line(page, (200, y), (2280, y), 0, 3)
    cv2.line(page, (1100, 380), (1800, 380), 0, 3)  # under the group cell
    cv2.line(page, (1080, 445), (1830, 445), 0, 3)  # under "Срок" | "Ответственный", over "3" | "4"
    cv2.rectangle(page, (1230, 470), (1250, 490), 0, -1)  # "3"
    cv2.rectangle(page, (1650, 470), (1670, 490), 0, -1)  # "4"
    _words(page, 230, 320, 1)  # "№"
    _words(page, 500, 320, 4, lines=2)  # "Содержание мероприятия"
    _words(page, 1330, 320, 4)  # "Исполнение", over the white between its columns
    _words(page, 1900, 320, 3, lines=2)  # "Планируемый результат"
    _words(page, 1120, 400, 4)  # "Срок"
    _words(page, 1440, 400, 4)  # "Ответственный"
    tables, _ = grid.find_tables(image.ink(page))
    assert [[c.colspan for c in row] for row in tables[0].rows] == [[1, 1, 2, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1]]
    assert [c.covered for c in tables[0].rows[1]] == [True, True, False, False, True]
    assert tables[0].rows[2][3].box[0] == tables[0].rows[1][3].box[0]
    assert 1362 < tables[0].rows[1][3].box[0] < 1440


def test_a_rule_s_stepped_stub_at_a_merged_cell_s_side_leaves_the_side_drawn():
    """Rules across only; the date column is merged down three rows, so the rules under its rows stop
    at the result column. One of them, a hair tilted, steps a pixel at its start and a speck parts the
    step from the rest: the step's piece is shorter than the kernel that finds rules. Its ink stands
    where the side between the date and the result runs (the next rule's break ends there); the side
    is drawn past it, and the date does not share a cell with the results beside it."""
    page = np.full((1300, 2480), 255, np.uint8)
    for y in (300, 420, 700, 1150):
        cv2.line(page, (200, y), (2280, y), 0, 3)
    for y in (900, 1020):
        cv2.line(page, (200, y), (1300, y), 0, 3)  # under the number and the name; the date merged on
    cv2.line(page, (1803, 902), (1846, 902), 0, 3)  # the result's rule: its first step
    cv2.line(page, (1851, 900), (2280, 900), 0, 3)
    cv2.line(page, (1800, 1020), (2280, 1020), 0, 3)
    for top in (320, 430, 710, 910, 1030):
        _words(page, 230, top, 1)
        _words(page, 500, top, 8, lines=2)
        _words(page, 1860, top, 5, lines=2 if top > 320 else 1)
    for top in (320, 430, 710):  # "Срок", a date, the merged date
        _words(page, 1330, top, 3)
    tables, _ = grid.find_tables(image.ink(page))
    assert [[c.colspan for c in row] for row in tables[0].rows] == [[1, 1, 1, 1]] * 5
    assert [[c.covered for c in row][2] for row in tables[0].rows] == [False, False, False, True, True]


def test_a_title_between_two_headers_ruled_only_around_them_parts_the_tables():
    """Two tables ruled only around their headers on one page: the first's header repeated over the last
    words of its last row (in one column), then a note set right and the next plan's title across the
    page, its second line centred, then the next header. The rules of both headers are of one width, so
    one run; the white between them holds no row: lines in a column, at the right and across, set from
    no one edge or middle. The tables part there, each header with its own columns."""
    page = np.full((1400, 2480), 255, np.uint8)
    for y in (300, 420, 800, 920):
        cv2.line(page, (200, y), (2280, y), 0, 3)
    for top in (320, 820):
        _words(page, 230, top, 1)
        for left in (500, 1000, 1500, 1900):
            _words(page, left, top, 4 if top == 320 else 5, lines=2)
    _words(page, 1100, 440, 2)  # the last words of the row the page break cut
    _words(page, 1950, 540, 4)  # "Приложение 2"
    _words(page, 250, 640, 30)  # the title, across (its first line starts about where the rows do)
    _words(page, 1040, 690, 5)  # its second line, centred, inside a column
    tables, _ = grid.find_tables(image.ink(page))
    assert [[[c.colspan for c in row] for row in t.rows] for t in tables] == [[[1, 1, 1, 1, 1]], [[1, 1, 1, 1, 1]]]


def test_a_run_with_fewer_than_two_rules_across_it_holds_no_table():
    """A run of rules of which none, or one, spans most of it (a photo's page edge beside a shadow) made
    a table of no rows, and reading its sides failed the whole page."""
    ink = np.zeros((400, 600), np.uint8)
    ink[100:120, 50:300] = 255
    assert open_grid._tables(ink, 0, 599, [], lambda top, bottom: []) == []
    assert open_grid._tables(ink, 0, 599, [200], lambda top, bottom: []) == []
