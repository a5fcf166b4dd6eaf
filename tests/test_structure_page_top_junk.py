"""A scan of a plan whose header alone is ruled, read at a page's top: the header printed again, the
columns' numbers and the rest of the row the page cut. However the reader cut them into rows and cells,
they open no plan: the plan goes on and the cut row's rest joins its measure."""

from __future__ import annotations

from parsers.model import Cell, Document, Paragraph, Row, Table
from pipeline.structure import build_structure

TITLE = "План мероприятий по развитию дополнительного образования детей на 2022-2024 годы"
UPPER = ["№ п/п", "Содержание работы", "Организация", "", "Итог"]
LOWER = ["№ п/п", "Содержание работы", "Срок", "Исполнитель", "Итог"]


def _cell(text: str, colspan: int = 1) -> Cell:
    return Cell(text, [" ".join(text.split("\n"))] if text else [], colspan=colspan, confidence=91.0)


def _row(*texts: str, page: int) -> Row:
    return Row([_cell(t) for t in texts], page)


def _table(*rows: Row) -> Table:
    return Table(list(rows), page_start=rows[0].page, page_end=rows[-1].page)


def _measure(number: str, name: str, page: int) -> Row:
    return _row(number, name, "2023", "Отдел образования", "Отчет", page=page)


def _first_page(upper: list[str] = UPPER, lower: list[str] = LOWER) -> list:
    cut = _row("3.2.", "Проведение смотра кружков", "", "Отдел", "Справка", page=1)
    cut.cut = True
    return [Paragraph(TITLE, bold=True, page=1),
            _table(_row(*upper, page=1), _row(*lower, page=1), _row("1", "2", "3", "4", "5", page=1),
                   _row("3. Кружки", page=1), _measure("3.1.", "Открытие кружков", 1), cut)]


def _read(*blocks) -> list[tuple[str, list[tuple[str | None, str]]]]:
    plans = build_structure(Document("layout", "pdf", list(blocks))).plans
    return [(p.title, [(m.number, m.name) for m in p.measures]) for p in plans]


def _expected(rest: str) -> list:
    return [(TITLE, [("3.1.", "Открытие кружков"), ("3.2.", f"Проведение смотра кружков\n{rest}"),
                     ("3.3.", "Выставка работ")])]


def test_the_columns_numbers_read_over_the_rest_of_a_cut_row_open_no_plan():
    glued = _row("1", "2\nтехнической направленности", "3", "4\nобразования района", "5\nза год", page=2)
    blocks = [*_first_page(), _table(_row(*UPPER, page=2), _row(*LOWER, page=2), glued,
                                     _measure("3.3.", "Выставка работ", 2))]
    assert _read(*blocks) == _expected("технической направленности")
    cut = build_structure(Document("layout", "pdf", blocks)).plans[0].measures[1]
    assert " ".join(cut.cells["executors"].split()) == "Отдел образования района"


def test_the_columns_numbers_read_into_fewer_cells_open_no_plan():
    """Two columns read as one: "3 — 4 5" in one cell still numbers the columns, in order."""
    numbers = Row([_cell("1"), _cell("2"), _cell("3 —_ 4 5", colspan=3)], 2)
    got = _read(*_first_page(), _table(_row(*UPPER, page=2), _row(*LOWER, page=2), numbers,
                                        _row("", "технической направленности", "", "", "", page=2),
                                        _measure("3.3.", "Выставка работ", 2)))
    assert got == _expected("технической направленности")


def test_a_header_printed_again_with_a_word_read_into_the_other_row_opens_no_plan():
    """The header's words, all of them, only one read into the group cell's row above its own."""
    upper = Row([_cell("№ п/п"), _cell("Содержание работы"), _cell("Организация Итог", colspan=3)], 2)
    lower = _row("№ п/п", "Содержание работы", "Срок", "Исполнитель", "", page=2)
    got = _read(*_first_page(), _table(upper, lower, _row("1", "2", "3", "4", "5", page=2),
                                        _row("", "технической направленности", "", "", "", page=2),
                                        _measure("3.3.", "Выставка работ", 2)))
    assert got == _expected("технической направленности")


def test_a_header_of_other_words_at_a_page_top_still_opens_a_plan():
    other = ["№", "Мероприятие", "Срок", "Ответственный", "Показатель"]
    got = _read(*_first_page(), _table(_row(*other, page=2), _row("1.", "Выставка работ", "2023", "УО", "5", page=2)))
    assert [len(measures) for _, measures in got] == [2, 1]


def test_a_measure_whose_first_lines_are_not_the_columns_numbers_stays_whole():
    """Only the numbers of the columns in their order part a row: a measure numbered 1 is one."""
    row = _row("1", "2 кружка\nтехнической направленности", "2023", "4 школы", "5", page=2)
    got = _read(Paragraph(TITLE, bold=True, page=2), _table(_row(*LOWER, page=2), row))
    assert got == [(TITLE, [("1", "2 кружка\nтехнической направленности")])]


def test_a_header_read_in_pieces_at_a_page_top_opens_no_plan():
    """The upper row a table of its own (naming no deadline), the lower row's words another: both are
    the plan's header read in pieces, and the rest of the cut row under them goes on its measure."""
    upper = Row([_cell("№ п/п"), _cell("Организация"), _cell("Итог")], 2)
    lower = Row([_cell("Содержание работы"), _cell("Срок"), _cell("Исполнитель")], 2)
    got = _read(*_first_page(), _table(upper), _table(lower, Row([_cell("технической направленности"), _cell(""),
                                                                  _cell("")], 2)),
                _table(_measure("3.3.", "Выставка работ", 2)))
    assert got == _expected("технической направленности")


def test_a_header_whose_word_ocr_read_in_two_pieces_opens_no_plan():
    """"Резул ьтат", the group cell's words read with the cells' under it: the columns read otherwise, the
    header's words still all there."""
    upper = [*UPPER[:-1], "Результат"]
    lower = [*LOWER[:-1], "Результат"]
    again = _row("№ п/п", "Содержание работы", "Организация Срок Исполнитель", "Резул ьтат", page=2)
    got = _read(*_first_page(upper, lower), _table(again, _row("", "технической направленности", "", "", page=2),
                                                   _measure("3.3.", "Выставка работ", 2)))
    assert got == _expected("технической направленности")


def test_a_speck_read_before_the_number_sign_leaves_the_number_column_named():
    """"о. № п/п": a speck's mark, then the sign; carried down to the lower header row with no OCR
    confidence (a merged cell), it still names the number column."""
    upper = [_cell("о. № п/п"), _cell("Содержание работы"), _cell("Организация", colspan=2), _cell("Итог")]
    lower = [Cell("о. № п/п", ["о. № п/п"], vmerged=True), _cell("Содержание работы"), _cell("Срок"),
             _cell("Исполнитель"), _cell("Итог")]
    got = _read(Paragraph(TITLE, bold=True, page=1),
                _table(Row(upper, 1), Row(lower, 1), _measure("1.1.", "Первое", 1)))
    assert got == [(TITLE, [("1.1.", "Первое")])]


def test_a_two_row_header_printed_again_with_a_misread_word_and_other_cells_opens_no_plan():
    """Both rows name columns, one word misread ("Содержавие"), an empty cell more in each row: it is
    the plan's header all the same, both rows of it skipped."""
    upper = ["№ п/п", "Содержание работы", "Исполнитель", "Организация", ""]
    lower = ["№ п/п", "Содержание работы", "Исполнитель", "Срок", "Итог"]
    again = [_row("№ п/п", "Содержавие работы", "Исполнитель", "", "Организация", "", page=2),
             _row("№ п/п", "Содержавие работы", "Исполнитель", "Срок", "", "Итог", page=2)]
    got = _read(*_first_page(upper, lower), _table(*again, _row("", "технической направленности", "", "", "", "",
                                                                page=2), _measure("3.3.", "Выставка работ", 2)))
    assert [len(measures) for _, measures in got] == [3]
