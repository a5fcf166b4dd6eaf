"""Tables ruled across only on a scan: a column that vertical merges leave empty in most rows is a
column, not a gap (parsers.ocr.open_grid), and a merged cell's lower part carries its text (blocks)."""

from __future__ import annotations

import numpy as np

from parsers.ocr import open_grid
from parsers.ocr.blocks import page_blocks
from parsers.ocr.page import OcrCell, OcrPage
from parsers.pdf.text import TextLine


def _row(*spans: tuple[int, int]) -> np.ndarray:
    row = np.zeros(400, bool)
    for a, b in spans:
        row[a:b] = True
    return row


def test_a_column_with_text_in_few_rows_keeps_its_sides():
    """Eight rows: a measure and a date in each, the executors only in two (their cells merged down over
    the rows below), one's lines ending short of the other's: the executors' column has a side on each
    hand and none inside, where one row's text leaves white."""
    rows = [_row((0, 100), (320, 390)) for _ in range(8)]
    rows[1] = _row((0, 100), (160, 200), (240, 260), (320, 390))  # "Отдел образования," and a short word
    rows[5] = _row((0, 100), (150, 270), (320, 390))
    sides = open_grid.gaps(rows)
    assert len(sides) == 2 and 100 < sides[0] < 150 and 270 < sides[1] < 320


def test_one_row_crossing_a_gap_in_a_long_body_parts_no_columns():
    """In a long body one row with cells across some columns crosses the gap between two columns that
    the other rows leave white: the side stays; in a short one, that row is as many as the rest."""
    long = [_row((0, 100), (200, 380)) for _ in range(25)]
    long.insert(10, _row((0, 100), (90, 220), (320, 390)))
    sides = open_grid.gaps(long)
    assert len(sides) == 1 and 100 < sides[0] < 200


def test_the_lower_part_of_a_merged_cell_takes_the_text_above_it():
    """A cell the grid finds open above (its top rule missing) is the lower part of a vertically merged
    cell: the model cell carries the text of the cell above in its column, marked merged, as the PDF
    and DOCX readers give it; a cell right of a colspan is found by its column."""
    def cell(text: str, span: int = 1, covered: bool = False) -> OcrCell:
        lines = [TextLine(text, 0, 10, 0, 10, 10, False)] if text else []
        return OcrCell(lines, span, covered)
    rows = [[cell("1."), cell("Семинар"), cell("Отдел образования"), cell("Март")],
            [cell("2."), cell("Совещание"), cell("", covered=True), cell("Май")],
            [cell("Направление", 2), cell("", covered=True), cell("")]]
    table = page_blocks(OcrPage(number=3, height=800, tables=[(100.0, rows)]), None)[0]
    second, third = table.rows[1].cells, table.rows[2].cells
    assert (second[2].text, second[2].vmerged) == ("Отдел образования", True)
    assert (third[1].text, third[1].vmerged) == ("Отдел образования", True) and third[2].text == ""


def test_the_letters_of_a_word_on_a_coarse_scan_part_no_gap():
    """Binarised at 150 dpi, a word's letters stand apart, each narrower than a column's text: where one
    row's long date runs into white the other rows leave, its letters still block a side; a rule's thin
    remains alone in a gap do not."""
    letters = [(150 + 11 * i, 157 + 11 * i) for i in range(9)]  # a word of 9 letters, 7 px each, 4 apart
    rows = [_row((0, 60), (100, 150), (300, 390)) for _ in range(6)]
    rows[2] = _row((0, 60), (100, 150), *letters, (300, 390))  # its date runs on to 249
    sides = open_grid.gaps(rows)
    assert len(sides) == 2 and 60 < sides[0] < 100 and 249 < sides[1] < 300  # none inside the date
    remains = [_row((0, 100), (148, 151), (200, 390)) for _ in range(6)]
    sides = open_grid.gaps(remains)
    assert len(sides) == 1 and 100 < sides[0] < 200


def test_a_header_over_a_column_the_body_leaves_empty_has_a_side_on_each_hand():
    """On a page whose executors' cells are all merged down from the page before, the body leaves their
    column white: the header's words standing in that white, with headers over the text on both hands,
    are a column of their own, not a wide gap with one side in it."""
    rows = [_row((0, 60), (100, 150), (200, 250), (300, 390))]  # "Мероприятие", "Срок", "Исполнители", ...
    rows += [_row((0, 60), (100, 150), (300, 390)) for _ in range(5)]
    sides = open_grid.gaps(rows)
    assert len(sides) == 3 and 150 < sides[1] < 200 < 250 < sides[2] < 300


def test_a_last_column_only_the_first_row_fills_has_its_side():
    """A page a break cut: its first row holds a result and the date the rows below share (merged
    down), the body leaves the date's column white to the table's end: the date is a column of its own.
    A header's word centred over a short last column, clear of the body's text, parts nothing."""
    rows = [_row((0, 60), (100, 240), (300, 360))]  # "5.5.", "Рекомендации, ...", "Ежегодно"
    rows += [_row((0, 60), (100, 250)) for _ in range(5)]
    sides = open_grid.gaps(rows)
    assert len(sides) == 2 and 60 < sides[0] < 100 and 250 < sides[1] < 300
    header = [_row((0, 60), (170, 230))] + [_row((0, 60), (100, 150)) for _ in range(5)]  # "Сроки", "2021"
    assert len(open_grid.gaps(header)) == 1


def test_a_page_whose_one_row_runs_on_from_the_page_before_keeps_the_header_s_columns():
    """The header repeated over one row the page break cut: its number overleaf, its date and
    executors too; it shows text in the measure's column (its last words parted by a space) and in the
    result's. The header's words standing in the white the body leaves are columns of their own: the
    number's ("№ п/п", apart from the measure's text by a column's gap) and the date's ("Срок"), though
    the header's measure stands over the measure's first words only."""
    rows = [_row((10, 40), (95, 125), (200, 240), (330, 390))]  # "№ п/п", "Мероприятие", "Срок", "Результат"
    rows += [_row((90, 120), (128, 160), (320, 395))]
    sides = open_grid.gaps(rows)
    assert len(sides) == 3 and 40 < sides[0] < 90 and 160 < sides[1] < 200 and 240 < sides[2] < 320
    numbered = [rows[0]] + [_row((5, 25), (90, 160), (320, 395)) for _ in range(3)]  # "1.", "2.", ...
    sides = open_grid.gaps(numbered)  # "№ п/п" stands in the numbers' gap: one side there, not two
    assert len(sides) == 3 and 25 < sides[0] < 90
