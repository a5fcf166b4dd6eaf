"""A two-row header cut by a page: the rest of a cut word ("Исполните" | "ли") is glued onto the upper
cell and also left in the lower row, where it must not hide the columns the lower row names."""
from __future__ import annotations

from parsers.model import Cell, Document, Paragraph, Row, Table
from pipeline.structure import build_structure
from pipeline.structure.headers import read_header, refine_with_subheader


def _cell(text: str, span: int = 1) -> Cell:
    return Cell(text, [text], colspan=span)


def _rows() -> tuple[Row, Row]:
    top = Row([_cell("№"), _cell("Содержание работы"), _cell("Выполнение", 2), _cell("Ответственные исполните ли")], 1)
    below = Row([_cell(""), _cell(""), _cell("Форма"), _cell("Срок"), _cell("ли")], 1)
    return top, below


def test_the_rest_of_a_cut_word_under_its_cell_counts_as_a_copy_of_the_cell_above():
    top, below = _rows()
    header = read_header(top)
    assert header is not None
    refined = refine_with_subheader(header, below)
    assert refined is not None
    assert refined.roles[2:] == ["form", "deadline", "executors"]


def test_a_lower_cell_with_words_of_its_own_still_names_its_column():
    top, _ = _rows()
    header = read_header(top)
    below = Row([_cell(""), _cell(""), _cell("Форма"), _cell("Срок"), _cell("Ожидаемый результат")], 1)
    assert refine_with_subheader(header, below).roles[2:] == ["form", "deadline", "result"]


def test_measures_under_a_cut_two_row_header_keep_their_form_and_deadline():
    top, below = _rows()
    measure = Row([_cell("1."), _cell("Совещание директоров"), _cell("Протокол"), _cell("Март"), _cell("Отдел")], 1)
    table = Table([top, below, measure], page_start=1, page_end=1)
    plan = build_structure(Document("cut", "pdf", [Paragraph("План мероприятий", bold=True, page=1), table])).plans[0]
    cells = plan.measures[0].cells
    assert (cells.get("deadline"), cells.get("executors")) == ("Март", "Отдел")
