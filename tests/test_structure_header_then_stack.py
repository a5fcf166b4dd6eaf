"""A plan's header alone at a page's foot, its first row overleaf a stack of numbered measures with no
number cell filled (pagecut.stitch_cut_headers): the row holds measures, no rest of the header, though
the page's geometry says it goes on the row above."""

from __future__ import annotations

from parsers.model import Cell, Document, Paragraph, Row, Table
from pipeline.structure import build_structure

HEADER = ["№", "Наименование мероприятия", "Срок исполнения", "Ответственный"]


def _cell(*paragraphs: str) -> Cell:
    return Cell(text="\n".join(paragraphs), paragraphs=list(paragraphs))


def _blocks(continued: bool | None) -> list:
    stack = Row([_cell(""), _cell("1. Семинар для учителей", "2. Конкурс чтецов"), _cell("май", "июнь"),
                 _cell("Центр", "Школы")], page=2, continued=continued)
    after = Row([_cell("3."), _cell("Смотр кабинетов"), _cell("август"), _cell("Школы")], page=2)
    return [Paragraph("План мероприятий", bold=True), Table([Row([Cell(t) for t in HEADER], page=1)], 1, 1),
            Table([stack, after], 2, 2)]


def test_a_stack_atop_the_page_after_a_lone_header_is_read_as_its_measures():
    for continued in (True, None):
        plans = build_structure(Document(source="x.pdf", format="pdf", blocks=_blocks(continued))).plans
        assert len(plans) == 1
        assert [m.number for m in plans[0].measures] == ["1.", "2.", "3."], continued
        assert plans[0].measures[1].get("deadline") == "июнь"
