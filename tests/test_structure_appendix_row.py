"""The next plan's appendix mark printed right under a table with no rules, set right and read into the
table's last column as a row of its own: where text follows the table (the next plan's title) the row
is a line under the table, not the rest of the measure above it."""

from __future__ import annotations

from parsers.model import Cell, Document, Paragraph, Row, Table
from pipeline.structure import build_structure
from pipeline.structure.stackcut import join_cut_stacks

HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный", "Срок исполнения"]


def _row(*texts: str, page: int = 3) -> Row:
    return Row([Cell(t, [t] if t else []) for t in texts], page)


def _blocks(mark: str, after: list) -> list:
    table = Table([_row(*HEADER), _row("1.", "Смотр строя и песни", "Завуч", "февраль"),
                   _row("", "", "", mark)], 3, 3)
    return [Paragraph("План работы по военно-патриотическому воспитанию", bold=True, page=3), table, *after]


def test_an_appendix_mark_alone_in_the_last_row_above_a_title_leaves_the_table():
    title = Paragraph("План работы по профилактике правонарушений", bold=True, page=3)
    plans = build_structure(Document("l", "pdf", _blocks("Приложение № 5", [title, Table(
        [_row(*HEADER), _row("1.", "Беседа с инспектором", "Социальный педагог", "март")], 3, 3)]))).plans
    assert [(p.title, [(m.name, m.get("deadline")) for m in p.measures]) for p in plans] == [
        ("План работы по военно-патриотическому воспитанию", [("Смотр строя и песни", "февраль")]),
        ("План работы по профилактике правонарушений", [("Беседа с инспектором", "март")])]


def test_the_last_row_stays_where_no_text_follows_or_it_says_more_than_the_mark():
    for mark, after in (("Приложение 5", []), ("Приложение 5 к протоколу", [Paragraph("Итоги", page=3)])):
        table = join_cut_stacks(_blocks(mark, after))[1]
        assert [c.text for c in table.rows[-1].cells] == ["", "", "", mark]


def test_the_mark_leaves_as_a_paragraph_before_the_title():
    blocks = join_cut_stacks(_blocks("Приложение 5", [Paragraph("План работы кружка", page=3)]))
    assert len(blocks[1].rows) == 2
    assert [b.text for b in blocks[2:]] == ["Приложение 5", "План работы кружка"]
