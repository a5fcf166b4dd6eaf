"""A row a pen's stroke cut off under one cell is taken out of its table; rows of their own stay."""

from parsers.ocr.page import OcrCell
from parsers.ocr.stroke_rows import without_stroke_rows
from parsers.pdf.text import TextLine


def _cell(text: str = "", covered: bool = False) -> OcrCell:
    return OcrCell([TextLine(text, 0, 50, 0, 10, 12, False)] if text else [], covered=covered)


def test_a_row_of_merged_cells_and_one_empty_cell_is_dropped():
    rows = [[_cell("3"), _cell("Обход площадок"), _cell("Весна"), _cell("Отдел садов")],
            [_cell(covered=True), _cell(covered=True), _cell(covered=True), _cell()]]
    assert without_stroke_rows(rows) == rows[:1]


def test_rows_holding_text_or_more_cells_of_their_own_stay():
    head = [_cell("3"), _cell("Обход площадок"), _cell("Весна"), _cell("Отдел садов")]
    second_executor = [_cell(covered=True), _cell(covered=True), _cell(covered=True), _cell("Кружки")]
    blank_row = [_cell(), _cell(), _cell(), _cell()]
    rows = [head, second_executor, blank_row]
    assert without_stroke_rows(rows) == rows
    assert without_stroke_rows([[_cell()]]) == [[_cell()]]
