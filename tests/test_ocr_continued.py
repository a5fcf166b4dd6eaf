"""Tables ruled across only on a scan: a page whose text stands in one column alone is a cell run on
from the page before, not a heading across the table (parsers.ocr.continued)."""

from __future__ import annotations

import numpy as np

from parsers.ocr import grid
from parsers.ocr.continued import column_sides


def _line(a: int, b: int, width: int = 1200) -> np.ndarray:
    line = np.zeros(width, bool)
    line[a:b] = True
    return line


def test_text_standing_in_one_inner_column_gets_its_sides():
    """The lines of a name's list of events, flush left in the second column, ragged on the right."""
    sides = column_sides([_line(150, 400), _line(151, 330), _line(150, 390)])
    assert len(sides) == 2 and 100 < sides[0] < 150 and 400 < sides[1] < 480


def test_a_heading_across_the_table_keeps_one_cell():
    assert column_sides([_line(10, 900), _line(10, 500)]) == []  # starts where the rows start
    assert column_sides([_line(300, 900)]) == []  # one line, centred
    assert column_sides([_line(200, 1000), _line(320, 880)]) == []  # lines centred under each other


def test_an_indented_line_or_two_keep_the_column():
    lines = [_line(150, 400)] * 5 + [_line(260, 390)]
    assert len(column_sides(lines)) == 2


def test_a_page_of_one_cell_run_on_reads_as_that_column():
    """A page of a table ruled across only: the top and bottom rules and, between them, the second
    column's lines (a name's list run on from the page before): an empty cell either side of it."""
    page = np.zeros((900, 1500), np.uint8)
    page[50:53, 100:1400] = page[850:853, 100:1400] = 255
    for y in range(80, 800, 40):
        for x in range(300, 600 - 16 * (y % 3), 22):  # letters, lines ragged on the right
            page[y:y + 20, x:x + 16] = 255
    tables, _ = grid.find_tables(page)
    assert [len(row) for row in tables[0].rows] == [3]
    middle = tables[0].rows[0][1].box
    assert 200 < middle[0] < 300 and 600 < middle[2] < 700
