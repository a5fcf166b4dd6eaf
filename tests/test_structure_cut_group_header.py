"""A two-row header a page cuts between its rows: the group cell at the page's foot, the lower row overleaf."""

from __future__ import annotations

from test_structure_rules import doc, row

from parsers.model import Paragraph, Table
from pipeline.structure import build_structure
from pipeline.structure.pagecut import _over_group

BODY = [row("1. Организационные меры", spans=[5], page=2),
        row("1.1.", "Совещание директоров", "Отдел образования", "Протокол", "Март", page=2),
        row("1.2.", "Семинар заместителей", "Методический центр", "Справка", "Апрель", page=2)]


def _read(foot, *overleaf):
    d = doc(Paragraph("План мероприятий по развитию системы", bold=True), Table([foot]), Table([*overleaf, *BODY]))
    return [(m.number, m.name, m.get("executors"), m.get("result"), m.get("deadline"))
            for m in build_structure(d).plans[0].measures]


WANT = [("1.1.", "Совещание директоров", "Отдел образования", "Протокол", "Март"),
        ("1.2.", "Семинар заместителей", "Методический центр", "Справка", "Апрель")]


def test_a_group_cell_at_the_foot_read_one_column_short_spans_the_two_its_lower_row_parts():
    """The foot's words gave four columns ("Организация исполнения" centred over two); overleaf the
    name's rest and the lower row stand in five: the group cell spans the two, the lower row names them."""
    foot = row("", "Наименование", "Исполнители", "Организация исполнения", page=1)
    assert _read(foot, row("", "мероприятия", "", "", "", page=2),
                 row("", "", "", "Результат", "Срок исполнения", page=2)) == WANT


def test_the_lower_row_of_a_header_cut_by_a_page_stays_with_the_header():
    """Columns alike on both pages: the lower row overleaf still names the columns under the group cell."""
    foot = row("", "Наименование", "Исполнители", "Организация исполнения", page=1, spans=[1, 1, 1, 2])
    assert _read(foot, row("", "мероприятия", "", "", page=2, spans=[1, 1, 1, 2]),
                 row("", "", "", "Результат", "Срок исполнения", page=2)) == WANT


def test_no_group_cell_is_guessed_where_two_cells_could_be_it_or_text_stands_under_it():
    two = row("", "Наименование", "Организация", "исполнения", page=1)
    assert _over_group(two, row("", "мероприятия", "", "", "", page=2)) is None
    one = row("", "Наименование", "Исполнители", "Организация исполнения", page=1)
    assert _over_group(one, row("", "мероприятия", "", "Итог", "", page=2)) is None
    widened, under = _over_group(one, row("", "мероприятия", "", "", "", page=2))
    assert [c.colspan for c in widened.cells] == [c.colspan for c in under.cells] == [1, 1, 1, 2]


def _placed(texts_x, page):
    """A PDF row: each cell's text printed from x (None: an empty cell)."""
    from parsers.model import Cell, PrintedLine, Row
    return Row([Cell(t, t.split("\n") if t else [], lines=[PrintedLine(ln, 0.0, 10.0, x, x + 5.0 * len(ln))
                                                          for ln in t.split("\n")] if t else None)
                for t, x in texts_x], page)


def test_a_group_cell_over_the_two_column_names_overleaf_is_read_with_each():
    """The page cut the header inside its upper row: "Ожидаемый" at the foot, "результат" overleaf; the
    lower row ("Сроки" | "Ответственные исполнители") stands overleaf in the columns the group cell
    ("Организация исполнения") spans. The group goes over both, each read with the name under it;
    "Ожидаемый" starts over "результат", not over the executors, and spans nothing."""
    foot = _placed([("№", 40), ("Наименование", 100), ("Организация исполнения", 250), ("Ожидаемый", 445)], 1)
    overleaf = _placed([("", 40), ("мероприятия", 100), ("Сроки", 255), ("Ответственные\nисполнители", 340),
                        ("результат", 450)], 2)
    d = doc(Paragraph("План мероприятий по развитию системы", bold=True), Table([foot]), Table([
        overleaf, row("1.", "Совещание директоров", "Март", "Отдел образования", "Протокол", page=2)]))
    measures = build_structure(d).plans[0].measures
    assert [(m.number, m.name, m.get("deadline"), m.get("executors"), m.get("result")) for m in measures] == [
        ("1.", "Совещание директоров", "Март", "Отдел образования", "Протокол")]
    widened, _ = _over_group(foot, overleaf)
    assert [c.text for c in widened.cells] == ["№", "Наименование", "Организация исполнения",
                                               "Организация исполнения", "Ожидаемый"]
