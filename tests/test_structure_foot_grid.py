"""A next plan's two-row header a page cuts, its foot read in a grid of one column less than overleaf
(pipeline/structure/footgrid.py): the plan still opens at the header, its title above the foot."""

from __future__ import annotations

from dataclasses import replace

from test_structure_rules import doc, row

from parsers.model import Paragraph, Table
from pipeline.structure import build_structure
from pipeline.structure.footgrid import group_over_names, spans_overleaf
from pipeline.structure.pagecut import _joined


def _carried(r, keep):
    return replace(r, cells=[replace(c, vmerged=k in keep) for k, c in enumerate(r.cells)])


FIRST = Table([
    row("№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Организация исполнения", spans=[1, 1, 1, 2],
        page=1),
    _carried(row("№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Результат", "Сроки", page=1),
             {0, 1, 2}),
    row("1.", "Совещание директоров", "Отдел образования", "Протокол", "Март", page=1),
    row("2.", "Семинар заместителей", "Методический центр", "Справка", "Апрель", page=1)])
BODY = [row("1.", "Конкурс педагогов", "Отдел кадров", "Приказ", "Май", page=2),
        row("2.", "Форум выпускников", "Дом творчества", "Отчёт", "Июнь", page=2)]
WANT = [[("1.", "Совещание директоров", "Отдел образования", "Протокол", "Март"),
         ("2.", "Семинар заместителей", "Методический центр", "Справка", "Апрель")],
        [("1.", "Конкурс педагогов", "Отдел кадров", "Приказ", "Май"),
         ("2.", "Форум выпускников", "Дом творчества", "Отчёт", "Июнь")]]


def _plans(foot, *overleaf):
    d = doc(Paragraph("План мероприятий по первому направлению", bold=True), FIRST, Paragraph("Приложение 2"),
            Paragraph("План мероприятий по второму направлению", bold=True), Table([foot]), Table([*overleaf, *BODY]))
    return [[(m.number, m.name, m.get("executors"), m.get("result"), m.get("deadline")) for m in p.measures]
            for p in build_structure(d).plans]


def test_a_foot_cut_inside_the_upper_row_takes_the_spans_of_the_cells_overleaf():
    """The page cut the upper row: the foot in four cells one column wide, its group cell's rest overleaf
    spanning two. The foot is the header's top, not the last measure's words, and the next plan opens."""
    foot = row("№ п/п", "Наименов", "Ответстве", "Организация", page=1)
    rest = row("", "ание\nмероприятия", "нные\nисполнители", "исполнения", spans=[1, 1, 1, 2], page=2)
    lower = _carried(row("", "ание\nмероприятия", "нные\nисполнители", "Результат", "Сроки", page=2), {0, 1, 2})
    assert _plans(foot, rest, lower) == WANT
    assert [c.colspan for c in spans_overleaf(foot, rest).cells] == [1, 1, 1, 2]


def test_a_foot_cut_between_the_rows_spans_the_two_columns_the_lower_row_names():
    """The page cut between the rows: the group cell ("Исполнение") at the foot over the two names overleaf."""
    foot = row("№ п/п", "Наименов", "Исполнение", "Сроки", page=1)
    lower = row("", "ание\nмероприятия", "Ответственные\nисполнители", "Результат", "", page=2)
    assert _plans(foot, lower) == WANT
    upper, under = group_over_names(foot, lower, _joined)
    assert [(c.text, c.colspan) for c in upper.cells] == [
        ("№ п/п", 1), ("Наименование\nмероприятия", 1), ("Исполнение", 2), ("Сроки", 1)]
    assert [(c.text, c.vmerged) for c in under.cells] == [
        ("№ п/п", True), ("Наименование\nмероприятия", True), ("Ответственные\nисполнители", False),
        ("Результат", False), ("Сроки", True)]


def test_no_spans_are_taken_or_group_guessed_where_the_cells_do_not_fit():
    foot = row("№ п/п", "Наименов", "Ответстве", "Организация", page=1)
    assert spans_overleaf(foot, row("", "ание", "нные", "исполнения", page=2)) is None  # as wide: nothing to take
    assert spans_overleaf(foot, row("", "ание", "исполнения", page=2, spans=[1, 1, 3])) is None  # cells differ
    # two foot cells could stand over two names: no one group
    two = row("№ п/п", "Исполнение", "Организация", "Сроки", page=1)
    assert group_over_names(two, row("", "Ответственные", "Результат", "Форма", "", page=2), _joined) is None
    # the cells under the foot's unnamed cell name no column, or go on a word in lowercase
    one = row("№ п/п", "Наименов", "Исполнение", "Сроки", page=1)
    assert group_over_names(one, row("", "ание", "прочее", "Результат", "", page=2), _joined) is None
    assert group_over_names(one, row("", "ание", "исполнители", "результат", "", page=2), _joined) is None
