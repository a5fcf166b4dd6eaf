"""Measures stacked inside one row (pipeline/structure/stacked.py): split when every cell lines up,
kept whole and warned when one does not, ordinary multi-paragraph cells left alone. The small rows
built here serve the other test_stacked_rows_* files too."""

from __future__ import annotations

import pytest
from docx import Document as WordDocument

from parsers import docx as docx_parser
from parsers.model import Cell, Document, Paragraph, PrintedLine, Row, Table
from pipeline.structure import build_structure
from pipeline.structure.stacked import split_stacked

ROLES = ["number", "name", "deadline", "executors"]


def _cell(*slots: str) -> Cell:
    """A DOCX cell: its paragraphs, blank ones kept as slots."""
    return Cell(text="\n".join(s for s in slots if s), paragraphs=[s for s in slots if s], slots=list(slots))


def _pdf_cell(*paragraphs: str) -> Cell:
    return Cell(text="\n".join(paragraphs), paragraphs=list(paragraphs))


def _texts(row: Row) -> list[str]:
    return [c.text for c in row.cells]


def _printed(x0: float, right: float, *lines: tuple[int, str], page_top: float = 100.0) -> Cell:
    """A PDF cell of printed lines on a 12 pt grid: (grid line, text), 6 pt a glyph."""
    printed = [PrintedLine(t, page_top + 12 * k, page_top + 12 * k + 10, x0, x0 + 6 * len(t)) for k, t in lines]
    return Cell(text="\n".join(t for _, t in lines), paragraphs=[t for _, t in lines], lines=printed, right=right)


def test_a_stack_is_split_one_row_per_measure_blank_paragraphs_keep_the_positions():
    row = Row([_cell(""), _cell("1. Совещание с классными руководителями", "2. Проверка журналов",
                                "3. Педагогический совет"),
               _cell("02.09", "", "30.09"), _cell("Директор")])
    stack = split_stacked(row, ROLES)
    assert stack is not None and stack.lined_up
    assert [_texts(r) for r in stack.rows] == [
        ["1.", "Совещание с классными руководителями", "02.09", "Директор"],
        ["2.", "Проверка журналов", "", "Директор"],
        ["3.", "Педагогический совет", "30.09", "Директор"],
    ]


def test_a_name_of_two_paragraphs_in_a_stack_keeps_its_second_paragraph():
    row = Row([_cell(""), _cell("1.1. Мониторинг", "(по отдельному графику)", "1.2. Отчёт"),
               _cell("октябрь", "", "май"), _cell("Зам. директора", "", "Директор")])
    stack = split_stacked(row, ROLES)
    assert [_texts(r) for r in stack.rows] == [
        ["1.1.", "Мониторинг\n(по отдельному графику)", "октябрь", "Зам. директора"],
        ["1.2.", "Отчёт", "май", "Директор"],
    ]


def test_stacked_measures_take_the_row_number_as_their_head():
    row = Row([_cell("3"), _cell("1. Совещание", "2. Педсовет"), _cell("сентябрь", "октябрь"), _cell("")])
    assert [r.cells[0].text for r in split_stacked(row, ROLES).rows] == ["3.1.", "3.2."]


def test_a_stack_whose_cells_do_not_line_up_is_kept_as_one_row():
    row = Row([_cell(""), _cell("1. Совещание", "2. Проверка", "3. Педсовет"),
               _cell("02.09", "05.09", "10.09", "30.09"), _cell("Директор")])
    stack = split_stacked(row, ROLES)
    assert stack is not None and not stack.lined_up
    assert _texts(stack.rows[0]) == ["1.", "Совещание\n2. Проверка\n3. Педсовет", "02.09\n05.09\n10.09\n30.09",
                                     "Директор"]


@pytest.mark.parametrize("name, deadline, number", [
    (("Проведение совещаний:", "1) с руководителями;", "2) с заместителями"), ("сентябрь", "май"), "5"),
    (("1.2. Организация мониторинга", "по итогам четверти"), ("октябрь", "март"), ""),
    (("Обучение педагогов", "2. этап: практика"), ("2024", "2025"), "4."),
    (("1) Анализ", "2) Отчёт"), ("декабрь",), "7"),
])
def test_ordinary_multi_paragraph_cells_are_not_split(name, deadline, number):
    """A name of two paragraphs, an unnumbered opening line over a list, two dates for one measure, a
    numbered list with nothing beside it to line up: one measure each."""
    assert split_stacked(Row([_cell(number), _cell(*name), _cell(*deadline), _cell("Директор")]), ROLES) is None


def test_pdf_cells_line_up_by_their_paragraphs():
    row = Row([_pdf_cell(), _pdf_cell("1. Совещание", "2. Педсовет"), _pdf_cell("сентябрь", "октябрь"),
               _pdf_cell("Директор")])
    assert [_texts(r) for r in split_stacked(row, ROLES).rows] == [
        ["1.", "Совещание", "сентябрь", "Директор"], ["2.", "Педсовет", "октябрь", "Директор"]]


def test_docx_reader_keeps_blank_paragraphs_as_slots(tmp_path):
    word = WordDocument()
    cell = word.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("02.09")
    cell.add_paragraph("")
    cell.add_paragraph("30.09")
    word.save(tmp_path / "slots.docx")
    read = docx_parser.parse(tmp_path / "slots.docx").tables[0].rows[0].cells[0]
    assert (read.text, read.paragraphs, read.slots) == ("02.09\n30.09", ["02.09", "30.09"], ["02.09", "", "30.09"])


def test_a_stack_whose_cells_hold_one_entry_each_is_split_when_its_numbers_go_on_from_the_plan():
    """"4." and "5." under "3." in a row with no number of its own (or "6.1.", "6.2." opening a list of
    their own): measures of the plan, each entry beside them shared, not a list inside the previous
    measure's name (nor its name's second part); "1.", "2." as the plan's first row open its list."""
    header = Row([Cell(t, bold=True) for t in ("№", "Наименование мероприятия", "Срок", "Ответственный")], page=1)
    rows = [header, Row([Cell("3."), Cell("Совещание"), Cell("май"), Cell("Директор")], page=1),
            Row([Cell(""), Cell("4. Конкурс чтецов\n5. Форум"), Cell("2020-2022"), Cell("Отдел образования")], page=1)]
    doc = Document(source="x", format="pdf", blocks=[Paragraph("План мероприятий по воспитанию", page=1),
                                                     Table(rows, page_start=1, page_end=1)])
    measures = build_structure(doc).plans[0].measures
    assert [(m.number, m.name, m.get("deadline")) for m in measures] == [
        ("3.", "Совещание", "май"), ("4.", "Конкурс чтецов", "2020-2022"), ("5.", "Форум", "2020-2022")]
    lone = Row([Cell("7"), Cell("1) Анализ\n2) Отчёт"), Cell("декабрь"), Cell("Директор")])
    assert split_stacked(lone, ROLES, measures) is None
    opening = Row([Cell(""), Cell("6.1. Совещание\n6.2. Отчёт"), Cell("2021-2025"), Cell("Директор")])
    assert [_texts(r)[:3] for r in split_stacked(opening, ROLES, measures).rows] == [
        ["6.1.", "Совещание", "2021-2025"], ["6.2.", "Отчёт", "2021-2025"]]
    assert split_stacked(opening, ROLES, []) is None  # no numbered measure before it: nothing says so
    first = Row([Cell(""), Cell("1. Совещание\n2. Отчёт"), Cell("2021-2025"), Cell("Директор")])
    assert [_texts(r)[:2] for r in split_stacked(first, ROLES, []).rows] == [["1.", "Совещание"], ["2.", "Отчёт"]]


def test_a_plans_first_stack_numbered_under_its_sections_number_is_split():
    """The plan's first row "1.1.", "1.2." under the heading "1. Мероприятия по …", each entry beside
    them shared: the list is the section's, as the heading's number shows; under a heading of another
    number (or none) nothing says the list is no measure's own, and the row is read as it stands."""
    row = Row([Cell(""), Cell("1.1. Участие в мониторинге\n1.2. Семинар"), Cell("Ежегодно"), Cell("Отдел")])
    stack = split_stacked(row, ROLES, [], section="1. Мероприятия по повышению качества")
    assert [_texts(r)[:3] for r in stack.rows] == [["1.1.", "Участие в мониторинге", "Ежегодно"],
                                                   ["1.2.", "Семинар", "Ежегодно"]]
    assert split_stacked(row, ROLES, [], section="2. Мероприятия по повышению качества") is None
    assert split_stacked(row, ROLES, [], section="Мероприятия по повышению качества") is None
