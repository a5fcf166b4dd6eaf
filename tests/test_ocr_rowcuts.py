"""parsers.ocr.rowcuts: a number cell the grid took for one spanning two rows (their rule lost in the
narrow number column only, as on a fax) parted into a cell per row where each row has a line of its own.
Made-up cells drawn here, and made-up readings for the stop a first reading lost."""

from __future__ import annotations

import cv2
import numpy as np

from parsers.ocr import numbers, rowcuts
from parsers.ocr.grid import GridCell

X0, X1, X2 = 100, 220, 900  # the number column's sides and the table's right side, pixels at 300 dpi
TOPS = [100, 260, 420]  # the two rows' grid lines: 100-260 and 260-420


def _rows() -> list[list[GridCell]]:
    """Two rows as the grid gives them with the rule at 260 lost over the number column: its first cell
    grows down, the one below is covered; the name cells are each row's own."""
    upper = [GridCell((X0, TOPS[0], X1, TOPS[2])), GridCell((X1, TOPS[0], X2, TOPS[1]))]
    lower = [GridCell((X0, TOPS[1], X1, TOPS[2]), covered=True), GridCell((X1, TOPS[1], X2, TOPS[2]))]
    return [upper, lower]


def _page(*marks: tuple[str, int]) -> np.ndarray:
    """A clean page (black ink on white, rules erased) with `marks` (text, baseline) in the number column
    and the lost rule's crumbs at 260: two short dashes."""
    page = np.full((520, 1000), 255, np.uint8)
    for text, baseline in marks:
        cv2.putText(page, text, (X0 + 15, baseline), cv2.FONT_HERSHEY_SIMPLEX, 1.1, 0, 3)
    page[TOPS[1] - 1:TOPS[1] + 2, X0 + 10:X0 + 40] = 0
    page[TOPS[1]:TOPS[1] + 3, X0 + 70:X0 + 95] = 0
    return page


def test_a_number_beside_each_row_gives_each_row_its_own_cell():
    rows = rowcuts.split(_rows(), _page(("5.", 200), ("6.", 360)))
    assert [row[0].box for row in rows] == [(X0, TOPS[0], X1, TOPS[1]), (X0, TOPS[1], X1, TOPS[2])]
    assert not any(row[0].covered for row in rows)


def test_one_number_for_both_rows_keeps_the_cell_spanning_them():
    rows = rowcuts.split(_rows(), _page(("7.", 200)))
    assert rows[0][0].box == (X0, TOPS[0], X1, TOPS[2]) and rows[1][0].covered


def test_print_standing_over_the_boundary_keeps_the_cell_whole():
    page = _page(("5.", 200), ("6.", 360))
    page[TOPS[1] - 30:TOPS[1] + 30, X0 + 50:X0 + 56] = 0  # a stroke from one stretch into the next
    rows = rowcuts.split(_rows(), page)
    assert rows[0][0].box == (X0, TOPS[0], X1, TOPS[2]) and rows[1][0].covered


def test_more_than_a_line_beside_a_row_is_no_number_and_keeps_the_cell_whole():
    rows = rowcuts.split(_rows(), _page(("5.", 140), ("5.", 180), ("5.", 220), ("6.", 360)))
    assert rows[1][0].covered


def test_a_stop_between_the_digits_most_readings_show_is_one_the_first_reading_lost():
    found = ["33.", "3.3.", "33.", "3.3.", "3.3.", "3.3.", "3.3."]
    assert numbers.choose(found, ["3."], ["34.", "3.4."]) == "3.3."
    # a stop a few readings show against most is a misreading: the first reading stays
    assert numbers.choose(["33.", "33.", "33.", "33.", "3.3.", "3.3.", "3.3."], ["3."], ["34.", "3.4."]) == "33."


def test_a_header_cell_over_two_rows_beside_a_name_cell_over_both_stays_whole():
    """"№" and "п/п" on two lines of a header whose name column spans both rows too (sub-columns beside)."""
    rows = _rows()
    rows[0][1].box = (X1, TOPS[0], X2, TOPS[2])
    rows[1][1] = GridCell((X1, TOPS[1], X2, TOPS[2]), covered=True)
    rows[0].append(GridCell((X2, TOPS[0], X2 + 80, TOPS[1])))  # a sub-column's cells, each row's own
    rows[1].append(GridCell((X2, TOPS[1], X2 + 80, TOPS[2])))
    rows = rowcuts.split(rows, _page(("No", 200), ("n/n", 360)))
    assert rows[0][0].box == (X0, TOPS[0], X1, TOPS[2]) and rows[1][0].covered
