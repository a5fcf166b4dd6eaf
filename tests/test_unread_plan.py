"""A document that reads like a plan but gives no plan table fails with a message; a letter is skipped."""

from __future__ import annotations

import pytest
from docx import Document as WordDocument

from parsers.model import Document, Paragraph
from pipeline.read import ReadFailure, read_document
from pipeline.structure.unread import header_roles_in, unread_plan

PLAN_LINES = [
    "План мероприятий по развитию системы оценки качества",
    "№ п/п Наименование мероприятия Срок исполнения Ответственный исполнитель",
    "1. Совещание руководителей Сентябрь Управление образования",
    "2. Семинар для педагогов Октябрь Методический кабинет",
    "3. Конкурс проектов Ноябрь Управление образования",
]
LETTER_LINES = [
    "Уважаемый Иван Петрович!",
    "Направляем Вам план мероприятий, срок представления отчёта — 1 октября.",
    "1. Приложение на 3 листах.",
    "Ответственный исполнитель: Петрова А. А.",
]


def _doc(lines: list[str]) -> Document:
    return Document(source="x", format="pdf", blocks=[Paragraph(text=t) for t in lines])


def test_header_words_on_one_line():
    assert header_roles_in(PLAN_LINES[1]) >= {"number", "name", "deadline", "executors"}
    assert "name" not in header_roles_in(LETTER_LINES[1])


def test_plan_text_without_a_table_is_reported():
    message = unread_plan(_doc(PLAN_LINES))
    assert message is not None and "таблица мероприятий не прочитана" in message


def test_cover_letter_is_not_a_plan():
    assert unread_plan(_doc(LETTER_LINES)) is None


def _docx(path, lines):
    doc = WordDocument()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(path)
    return path


@pytest.mark.parametrize(("lines", "status"), [(PLAN_LINES, "failed"), (LETTER_LINES, "skipped")])
def test_read_document_fails_or_skips(tmp_path, lines, status):
    with pytest.raises(ReadFailure) as caught:
        read_document(_docx(tmp_path / "order.docx", lines))
    assert caught.value.status == status


def test_a_header_whose_cells_wrap_onto_a_second_line_is_seen():
    """The measure's column heads "Содержание" over "мероприятия": the header's roles are read over its
    two lines once the first holds a header's words (№, a result, a date, executors)."""
    lines = ["№ п/п Содержание Результат Срок исполнения Исполнители", "мероприятия",
             "1.1. Совещание руководителей Протокол Сентябрь Управление",
             "1.2. Семинар для педагогов Справка Октябрь Методический кабинет"]
    assert unread_plan(_doc(lines)) is not None
    assert unread_plan(_doc(["Направляем информацию о мероприятиях", "Содержание мероприятия", *lines[2:]])) is None
