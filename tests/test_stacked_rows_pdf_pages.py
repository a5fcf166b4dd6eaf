"""A stack running over three pages or more in PDF (pipeline/structure/stackcut.py): the page geometry
tells where the rows the stack takes in end."""

from __future__ import annotations

import pytest
from test_stacked_rows import ROLES, _printed, _texts

from parsers.model import Cell, Row, Table
from pipeline.structure.stackcut import _parts_under, join_cut_stacks
from pipeline.structure.stacked import split_stacked


@pytest.mark.parametrize("continued", [False, None])
def test_a_row_atop_the_third_page_the_geometry_says_is_whole_stays_its_own(continued: bool | None):
    """A stack runs over two pages, its rest filling the second one; the third page's first row holds
    a name with no number and entries of its own. Where the page geometry says the second page ended
    with a whole row (`Row.continued` False: short of the foot) the row is the next measure's, and the
    stack takes in no more; where it tells nothing, a name going on without a number is the stack's."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Смотр"), (1, "кабинетов")),
                 _printed(180, 290, (0, "март"), (1, "апрель")), _printed(300, 400, (0, "Завуч"))], page=1)
    middle = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "2. Конкурс"), (1, "чтецов"), page_top=50),
                  _printed(180, 290, page_top=50), _printed(300, 400, (0, "Библиотекарь"), page_top=50)],
                 page=2, continued=True)
    own = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "Выпуск газеты"), page_top=50),
               _printed(180, 290, (0, "май"), page_top=50), _printed(300, 400, (0, "Вожатый"), page_top=50)],
              page=3, continued=continued)
    first, _, third = join_cut_stacks([Table([header, upper], 1, 1), Table([header, middle], 2, 2),
                                       Table([header, own], 3, 3)])
    names = [_texts(r)[1] for r in split_stacked(first.rows[-1], ROLES).rows]
    if continued is False:
        assert len(third.rows) == 2 and names == ["Смотр\nкабинетов", "Конкурс\nчтецов"]
    else:
        assert third.rows == [header]


def test_a_rest_in_lowercase_goes_on_though_the_geometry_says_the_page_ended_whole():
    """A renderer keeping a paragraph's lines together ends a page short of its foot: the page after
    opens with the rest of the stack's last name in lowercase, which goes on whatever the geometry says."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Смотр"), (1, "кабинетов"), (2, "2. Конкурс")),
                 _printed(180, 290, (0, "март"), (1, "апрель")), _printed(300, 400, (0, "Завуч"))], page=1)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "юных чтецов"), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=2, continued=False)
    first, second = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest], 2, 2)])
    assert second.rows == [header]
    assert [_texts(r)[1] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        "Смотр\nкабинетов", "Конкурс\nюных чтецов"]


def test_a_rest_opening_with_a_capitalised_word_and_no_entries_goes_on():
    """The geometry says the page ended whole, but the row atop the next page holds the end of the
    stack's last name alone, its first word capitalised (a proper name), and the next numbered name: the
    stack's rest, every entry beside it on the pages before."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Уроки по"), (1, "работе в")),
                 _printed(180, 290, (0, "март"), (1, "апрель")),
                 _printed(300, 400, (0, "Завуч"), (1, "Методист"))], page=1)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "Интернет"), (1, "2. Викторина"), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=2, continued=False)
    first, second = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest], 2, 2)])
    assert second.rows == [header]
    assert [_texts(r)[1] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        "Уроки по\nработе в\nИнтернет", "Викторина"]


def test_a_rest_opening_with_a_capitalised_word_then_numbering_on_goes_on():
    """The geometry says the row atop the next page stands apart (the date cell above ended short of
    the foot, as a stack's entries do beside a longer name), and the rest's name opens with a
    capitalised word; the next name numbers on from the stack's last: the stack goes on, each of its
    measures kept (read apart, the rest was one measure more and the plan shifted)."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Встреча с")), _printed(180, 290, (0, "март")),
                 _printed(300, 400, (0, "Завуч"))], page=1)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "ГИБДД"), (1, "2. Викторина"), page_top=50),
                _printed(180, 290, (1, "май"), page_top=50), _printed(300, 400, (1, "Методист"), page_top=50)],
               page=2, continued=False)
    first, second = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest], 2, 2)])
    assert second.rows == [header]
    assert [_texts(r) for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["1.", "Встреча с\nГИБДД", "март", "Завуч"], ["2.", "Викторина", "май", "Методист"]]


def test_a_numbered_row_atop_the_next_page_stays_apart_from_a_stack_kept_whole_above():
    """A stack whose dates do not line up (three for two names: kept whole) ends short of the page's foot;
    the next page opens with the next number, entries beside it in every cell. The geometry says the page
    ended whole: the row is the next measure's, not a part of the stack kept whole (taken in, it shifted
    every later measure of the plan)."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Смотр"), (1, "кабинетов"), (2, "2. Конкурс"),
                                            (3, "чтецов")),
                 _printed(180, 290, (0, "Март"), (1, "Апрель"), (2, "Май")),
                 _printed(300, 400, (0, "Завуч"), (2, "Методист"))], page=1)
    own = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "3. Выпуск"), (1, "газеты"), page_top=50),
               _printed(180, 290, (0, "Июнь"), page_top=50), _printed(300, 400, (0, "Вожатый"), page_top=50)],
              page=2, continued=False)
    first, second = join_cut_stacks([Table([header, upper], 1, 1), Table([header, own], 2, 2)])
    assert not split_stacked(first.rows[-1], ROLES).lined_up
    assert [_texts(r) for r in second.rows[1:]] == [["", "3. Выпуск\nгазеты", "Июнь", "Вожатый"]]



def test_under_a_rest_holding_its_name_alone_a_row_filled_in_every_column_is_no_part():
    """A stack's rest atop the page holds the end of its last name alone: the stack's entries ended on
    the page before. Under it, a part the reader parted off at the next number may hold an entry after a
    blank paragraph (an executor), but a row with an entry in every column beside its name is the next
    row: it and the rows under it are offered to the stack as parts no more. Under a rest holding entries
    of its own every row is offered."""
    def row(name: str, deadline: str, executor: str) -> Row:
        return Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, name), page_top=50),
                    _printed(180, 290, *([(0, deadline)] if deadline else []), page_top=50),
                    _printed(300, 400, *([(0, executor)] if executor else []), page_top=50)], page=2)
    rest, part = row("чтецов", "", ""), row("2. Выпуск газеты", "", "Вожатый")
    filled, under = row("3. Поход", "Июнь", "Учитель"), row("4. Слёт", "", "")
    assert _parts_under(rest, [part, filled, under], ROLES) == [part]
    assert _parts_under(rest, [filled, part], ROLES) == []
    assert _parts_under(row("чтецов", "май", ""), [part, filled, under], ROLES) == [part, filled, under]
