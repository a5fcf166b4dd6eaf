"""A header printed again atop a page, over the rest of a row the page before cut (pagecut.stitch_cut_headers):
that rest, in lowercase, goes on the measure above; it is no rest of the header."""

from __future__ import annotations

from parsers.model import Cell, Document, Paragraph, Row, Table
from pipeline.structure import build_structure

HEADER = ["№", "Содержание мероприятия", "Сроки", "Ответственный", "Результат"]


def _row(*texts: str, page: int) -> Row:
    return Row([Cell(t) for t in texts], page=page)


def _plan(rest_page: int) -> list[Table]:
    """A plan's header and a row on page 1; the header printed again on page 2; the cut row's rest and the
    next row as a table of their own on `rest_page`."""
    return [Table([_row(*HEADER, page=1), _row("1", "Семинар для учителей по вопросам", "Май", "Центр", "Отчёт",
                                               page=1)], page_start=1, page_end=1),
            Table([_row(*HEADER, page=2)], page_start=2, page_end=2),
            Table([_row("", "проектной деятельности школьников", "", "", "", page=rest_page),
                   _row("2", "Конкурс чтецов", "Июнь", "Школы", "Приказ", page=rest_page)],
                  page_start=rest_page, page_end=rest_page)]


def test_the_rest_of_a_cut_row_under_a_header_printed_again_goes_on_its_measure():
    blocks = [Paragraph("План", bold=True), *_plan(2)]
    plans = build_structure(Document(source="x.pdf", format="pdf", blocks=blocks)).plans
    assert len(plans) == 1
    measures = plans[0].measures
    assert [m.number for m in measures] == ["1", "2"]
    assert measures[0].name.endswith("проектной деятельности школьников")
    assert measures[1].get("executors") == "Школы"
