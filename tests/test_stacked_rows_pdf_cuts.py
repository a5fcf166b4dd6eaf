"""Stacked rows in PDF cut by a page or parted by the reader (pipeline/structure/stackcut.py,
stackparts.py): the rest at the next page's top is joined under the header printed again (one row or
two), a word the page cut glued back, and a stack the reader parted at its names' numbers is joined
with its rest though its parts on the first page do not line up by themselves."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_stacked_rows import ROLES, _printed, _texts

from parsers.model import Cell, Paragraph, Row, Table
from pipeline.structure.edges import stray_tail, tightened
from pipeline.structure.stackcut import join_cut_stacks
from pipeline.structure.stacked import split_stacked


def _two_row_header(page: int) -> list[Row]:
    """"Исполнение" over the deadline and executor columns; the number and name cells merged down."""
    group = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Исполнение", colspan=2)], page=page)
    lower = Row([Cell("№ п/п", vmerged=True), Cell("Наименование мероприятия", vmerged=True),
                 Cell("Срок исполнения"), Cell("Ответственный")], page=page)
    return [group, lower]


def test_a_stack_cut_by_a_page_is_joined_with_its_rest_under_a_two_row_header_printed_again():
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание")),
                 _printed(180, 290, (0, "январь"), (1, "март")), _printed(300, 400, (0, "Директор"))], page=1)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "2. Проверка журналов"), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=2)
    first, second = join_cut_stacks([Table([*_two_row_header(1), upper], 1, 1),
                                      Table([*_two_row_header(2), rest], 2, 2)])
    assert len(second.rows) == 2
    assert [_texts(r)[1:3] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["Совещание", "январь"], ["Проверка журналов", "март"]]


def test_a_stack_parted_at_its_numbers_and_cut_by_the_page_is_joined_over_both():
    """No rules between the rows: the reader opens a row at "2. Педсовет", where the executor of the
    first measure goes on; the dates of all three stand beside the first name, and the third measure's
    name is at the next page's top. The parts on the first page do not line up by themselves (three
    dates, two names), all of them together do."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    ordinary = Row([_printed(10, 40), _printed(50, 170, (0, "Отчёт")), _printed(180, 290, (0, "декабрь")),
                    _printed(300, 400, (0, "Директор"))], page=1)
    upper = Row([_printed(10, 40), _printed(50, 170, (1, "1. Совещание с"), (2, "классными"), (3, "руководителями")),
                 _printed(180, 290, (1, "январь"), (2, "март"), (3, "май")),
                 _printed(300, 400, (1, "Директор,"), (2, "заместитель"), (3, "директора по"))], page=1)
    lower = Row([_printed(10, 40), _printed(50, 170, (4, "2. Педсовет")), _printed(180, 290),
                 _printed(300, 400, (4, "УВР"))], page=1, cut=True)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "3. Проверка журналов"), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=2)
    first, second = join_cut_stacks([Table([header, ordinary, upper, lower], 1, 1), Table([header, rest], 2, 2)])
    assert len(first.rows) == 3 and second.rows == [header]
    assert [_texts(r)[1:3] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["Совещание с\nклассными\nруководителями", "январь"], ["Педсовет", "март"], ["Проверка журналов", "май"]]


def test_a_row_atop_its_page_does_not_take_in_the_stack_cut_at_the_foot():
    """The first row of a page goes on with the stack the page before cut, its entries beside it (the
    earlier measures' among them); the next numbered row at the foot is a stack of its own and stays
    apart, though the two together do not line up either."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    top = Row([_printed(10, 40), _printed(50, 170, (0, "2. Педсовет")), _printed(180, 290, (0, "март"), (1, "Апрель")),
               _printed(300, 400, (0, "Директор"))], page=2)
    foot = Row([_printed(10, 40), _printed(50, 170, (2, "3. Проверка"), (3, "4. Отчёт")),
                _printed(180, 290, (2, "май"), (3, "июнь")), _printed(300, 400)], page=2, cut=True)
    (table,) = join_cut_stacks([Table([header, top, foot], 2, 2)])
    assert len(table.rows) == 3


def test_a_closing_quote_the_page_pushed_over_goes_back_to_its_word():
    """"образования»" does not fit the column: the renderer leaves the word filling the line at the
    page's foot and sets its closing quote atop the next page."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Проверка")),
                 _printed(180, 290, (0, "январь"), (1, "март")),
                 _printed(300, 366, (0, "МКУ «Центр"), (1, "развития"), (2, "образования"))], page=1)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, page_top=50), _printed(180, 290, page_top=50),
                _printed(300, 366, (0, "»"), page_top=50)], page=2)
    first, _ = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest], 2, 2)])
    executors = [_texts(r)[3] for r in split_stacked(first.rows[-1], ROLES).rows]
    assert executors == ["МКУ «Центр\nразвития\nобразования»"] * 2


def test_a_section_heading_atop_the_next_page_keeps_the_stack_above_apart_from_the_rows_below_it():
    """The next page opens with a section's heading, its cells merged otherwise than the stack's; the
    numbered row under it goes on with the numbers but belongs to the new section: nothing is joined
    (the heading was once zipped cell by cell with the row under it, and the reading failed)."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Проверка")),
                 _printed(180, 290, (0, "январь")), _printed(300, 400, (0, "Директор"))], page=1)
    heading = Row([Cell("Раздел 2. Контроль", colspan=2), Cell(""), Cell("")], page=2)
    below = Row([_printed(10, 40, page_top=70), _printed(50, 170, (0, "3. Педсовет"), page_top=70),
                 _printed(180, 290, (0, "май"), page_top=70), _printed(300, 400, (0, "Завуч"), page_top=70)], page=2)
    first, second = join_cut_stacks([Table([header, upper], 1, 1), Table([header, heading, below], 2, 2)])
    assert first.rows == [header, upper] and second.rows == [header, heading, below]


def test_a_compound_the_page_cut_after_its_linking_vowel_is_glued_back():
    """"психолого-педагогической" does not fit the column: the page's last line ends "психолог" at the
    edge, the next page opens "о-педагогической"; one word again, as the reader glues it on one page."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 98, (0, "1. Отчёт"), (1, "2. Помощь"), (2, "психолог")),
                 _printed(180, 290, (0, "январь"), (1, "март")), _printed(300, 400, (0, "Директор"))], page=1)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 98, (0, "о-педагогической"), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=2)
    first, _ = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest], 2, 2)])
    names = [_texts(r)[1] for r in split_stacked(first.rows[-1], ROLES).rows]
    assert names == ["Отчёт", "Помощь\nпсихолого-педагогической"]


def test_a_stack_opening_atop_a_page_after_a_whole_stack_takes_in_its_parts_down_to_the_foot():
    """Page 1 ends with a stack that lines up by itself (1.-3.); page 2 opens a new one: "4." with the
    dates of all three of its measures beside it, "5." parted from it by the reader where an executor
    opens beside it, cut at the foot, "6." atop page 3. The first row of page 2 opens a stack (the page
    fell between two), so its parts are joined down to the foot and then with the rest."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    whole = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Проверка"), (2, "3. Отчёт")),
                 _printed(180, 290, (0, "январь"), (1, "февраль"), (2, "март")), _printed(300, 400, (0, "Директор"))],
                page=1)
    opening = Row([_printed(10, 40), _printed(50, 170, (0, "4. Совещание")),
                   _printed(180, 290, (0, "май"), (1, "июнь"), (2, "июль")),
                   _printed(300, 400, (0, "Заместитель директора,"), (1, "методисты"))], page=2)
    parted = Row([_printed(10, 40), _printed(50, 170, (3, "5. Педсовет")), _printed(180, 290),
                  _printed(300, 400, (3, "Методист"))], page=2, cut=True)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "6. Выпускной"), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=3)
    first, second, third = join_cut_stacks([Table([header, whole], 1, 1), Table([header, opening, parted], 2, 2),
                                            Table([header, rest], 3, 3)])
    assert first.rows == [header, whole] and len(second.rows) == 2 and third.rows == [header]
    assert [_texts(r)[1:3] for r in split_stacked(second.rows[-1], ROLES).rows] == [
        ["Совещание", "май"], ["Педсовет", "июнь"], ["Выпускной", "июль"]]


def test_a_stack_parted_where_an_entry_opens_under_white_takes_the_entries_below_it_back():
    """No rules between the rows: the reader opens a row where the second result starts under white,
    its name and number cells empty; it is the stack's own lower part. A line set right of the column
    ("Приложение 2" after the table) is no entry of it."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Результат")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Проверка"), (2, "3. Отчёт")),
                 _printed(180, 290, (0, "январь"), (1, "март"), (2, "май")), _printed(300, 400, (0, "Протокол"))],
                page=1)
    lower = Row([_printed(10, 40), _printed(50, 170), _printed(180, 290), _printed(300, 400, (1, "Справка"),
                                                                                (2, "Отчёт"))], page=1)
    (table,) = join_cut_stacks([Table([header, upper, lower], 1, 1)])
    assert len(table.rows) == 2
    assert [_texts(r)[3] for r in split_stacked(table.rows[1], ROLES).rows] == ["Протокол", "Справка", "Отчёт"]
    aside = Row([_printed(10, 40), _printed(50, 170), _printed(180, 290), _printed(340, 400, (4, "Приложение 2"))],
                page=1)
    (table,) = join_cut_stacks([Table([header, upper, aside], 1, 1)])
    assert table.rows[1:] == [upper, aside]


def test_a_stack_cut_by_a_page_is_joined_with_its_rest_under_the_repeated_header():
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")],
                 page=2)
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Проверка")),
                 _printed(180, 290, (0, "январь"), (1, "март")), _printed(300, 400, (0, "Директор"))], page=1)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "журналов"), (1, "3. Педсовет"), page_top=50),
                _printed(180, 290, (0, "май"), page_top=50), _printed(300, 400, page_top=50)], page=2)
    first, second = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest], 2, 2)])
    assert second.rows == [header]
    assert [_texts(r) for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["1.", "Совещание", "январь", "Директор"], ["2.", "Проверка\nжурналов", "март", "Директор"],
        ["3.", "Педсовет", "май", "Директор"]]


@pytest.mark.parametrize("rest_names", [("2. Проверка журналов",), ("2. Проверка журналов", "3. Педсовет")])
def test_a_stack_cut_between_two_measures_is_joined_when_a_piece_holds_one_measure(rest_names):
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")],
                 page=2)
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание")),
                 _printed(180, 290, (0, "январь"), (1, "март")), _printed(300, 400, (0, "Директор"))],
                page=1)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, *enumerate(rest_names), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=2)
    first, second = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest], 2, 2)])
    assert second.rows == [header]
    assert [_texts(r)[1:3] for r in split_stacked(first.rows[-1], ROLES).rows][:2] == [
        ["Совещание", "январь"], ["Проверка журналов", "март"]]


def test_a_stack_parted_by_the_reader_where_a_name_opens_with_its_number_is_joined():
    """No rules between the rows: the reader opens a row at "2. Педсовет", leaving it nothing but its
    name; the entries beside the first row line up with both names once the rows are one again."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")],
                 page=1)
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание с"), (1, "руководителями")),
                 _printed(180, 290, (0, "январь"), (1, "Март")), _printed(300, 400, (0, "Директор"))], page=1)
    lower = Row([_printed(10, 40), _printed(50, 170, (2, "2. Педсовет")), _printed(180, 290),
                 _printed(300, 400)], page=1)
    ordinary = Row([_printed(10, 40, (3, "3.")), _printed(50, 170, (3, "Отчёт")), _printed(180, 290, (3, "май")),
                    _printed(300, 400)], page=1)
    (table,) = join_cut_stacks([Table([header, upper, lower, ordinary], 1, 1)])
    assert len(table.rows) == 3
    assert [_texts(r) for r in split_stacked(table.rows[1], ROLES).rows] == [
        ["1.", "Совещание с\nруководителями", "январь", "Директор"], ["2.", "Педсовет", "Март", "Директор"]]


def test_a_stack_taller_than_a_page_is_joined_over_every_page_it_fills():
    """The first measure's name alone fills the second page: that rest holds no second measure yet,
    and the third page's rest brings it."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание с")), _printed(180, 290, (0, "январь"),
                                                                                    (1, "март")),
                 _printed(300, 400, (0, "Директор"))], page=1)
    middle = Row([_printed(10, 40), _printed(50, 170, (0, "классными"), page_top=50), _printed(180, 290),
                  _printed(300, 400)], page=2)
    lower = Row([_printed(10, 40), _printed(50, 170, (0, "руководителями"), (1, "2. Педсовет"), page_top=50),
                 _printed(180, 290), _printed(300, 400)], page=3)
    first, *rest = join_cut_stacks([Table([replace(header, page=p), row], p, p)
                                    for p, row in ((1, upper), (2, middle), (3, lower))])
    assert [len(t.rows) for t in rest] == [1, 1]
    assert [_texts(r)[1:3] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["Совещание с\nклассными\nруководителями", "январь"], ["Педсовет", "март"]]


def test_a_word_cut_by_the_page_is_glued_back_when_the_stack_is_joined():
    """"образовани" fills its line to the cell's edge at the page foot and "я" opens the next page's
    rest: one word, as "различным|и" whose pieces are words too; "ответственных" with "за" under it
    are two words, a line break kept."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")],
                 page=2)
    for tail, head, name in (("образовани", "я по плану", "Участие\nобразования по плану"),
                             ("различным", "и группами", "Участие\nразличными группами"),
                             ("ответственных", "за план", "Участие\nответственных\nза план")):
        upper = Row([_printed(10, 40), _printed(50, 50 + 6 * len(tail) + 3, (0, "1. Участие"), (1, tail)),
                     _printed(180, 290, (0, "январь"), (1, "март")), _printed(300, 400, (0, "Директор"))], page=1)
        rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, head), (1, "2. Педсовет"), page_top=50),
                    _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=2)
        first, _ = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest], 2, 2)])
        assert [_texts(r)[1] for r in split_stacked(first.rows[-1], ROLES).rows] == [name, "Педсовет"]


def test_a_column_edge_is_taken_no_further_than_the_longest_line_of_the_piece():
    """A box guessed from white strips reaches past where the renderer wrapped; a column of a dozen
    lines or more tells the edge, a short one leaves the reader's."""
    rows = [Row([_printed(50, 300, *[(k, "организации") for k in range(6)]), _printed(310, 400, (0, "май"))])
            for _ in range(2)]
    edged = tightened(Table(rows, 1, 1))
    assert [c.right for c in edged.rows[0].cells] == [50 + 6 * len("организации"), 400]


def test_a_line_printed_right_under_the_table_is_no_row_of_it_nor_its_columns_edge():
    """"Приложение 4", set right under a table without rules, is read into its first column: it starts
    right of where the column's lines do and reaches past their edge. It leaves the table as a
    paragraph, and the column's edge is its own lines'."""
    rows = [Row([_printed(50, 300, *[(k, "организации") for k in range(6)]), _printed(310, 400, (0, "май"))],
                page=1) for _ in range(2)]
    annex = Row([_printed(50, 300, (7, "Приложение 4")), _printed(310, 400)], page=1)
    annex.cells[0] = replace(annex.cells[0], lines=[replace(annex.cells[0].lines[0], x0=150, x1=222)])
    table, strays = stray_tail(Table([*rows, annex], 1, 1))
    assert (len(table.rows), [p.text for p in strays]) == (2, ["Приложение 4"])
    assert tightened(Table([*rows, annex], 1, 1)).rows[0].cells[0].right == 50 + 6 * len("организации")
    blocks = join_cut_stacks([Table([*rows, annex], 1, 1)])
    assert [type(b).__name__ for b in blocks] == ["Table", "Paragraph"] and blocks[1].text == "Приложение 4"


def _plain_header(page: int) -> Row:
    return Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")],
               page=page)


def test_two_stacks_apart_on_two_pages_stay_apart_when_the_first_lines_up_by_itself():
    """The first stack's cells line up with its two names; the next page opens with "3." and entries
    beside it for the measures named on the pages after: a stack of its own, not the first's rest."""
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет")),
                 _printed(180, 290, (0, "Январь"), (1, "Март")), _printed(300, 400, (0, "Директор"))], page=1)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "3. Отчёт"), (1, "о работе"), page_top=50),
                _printed(180, 290, (0, "Май"), (1, "Июнь"), (2, "Июль"), page_top=50),
                _printed(300, 400, (0, "Завуч"), page_top=50)], page=2)
    first, second = join_cut_stacks([Table([_plain_header(1), upper], 1, 1), Table([_plain_header(2), rest], 2, 2)])
    assert len(second.rows) == 2
    assert [_texts(r)[1:] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["Совещание", "Январь", "Директор"], ["Педсовет", "Март", "Директор"]]


def test_a_stack_holding_more_entries_than_names_is_joined_with_the_next_numbers_at_the_next_page_top():
    """Four dates and executors beside two names: the page cut the row after the second measure, and
    the rest opens with "3." and "4." (each piece two measures), an executor going on beside them."""
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет")),
                 _printed(180, 290, (0, "Январь"), (1, "Март"), (2, "Май"), (3, "Июнь")),
                 _printed(300, 400, (0, "Директор"), (1, "Завуч"), (2, "Методист"), (3, "Методист по"))], page=1)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "3. Отчёт"), (1, "4. Анализ"), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, (0, "воспитанию"), page_top=50)], page=2)
    first, second = join_cut_stacks([Table([_plain_header(1), upper], 1, 1), Table([_plain_header(2), rest], 2, 2)])
    assert len(second.rows) == 1
    assert [_texts(r)[1:] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["Совещание", "Январь", "Директор"], ["Педсовет", "Март", "Завуч"], ["Отчёт", "Май", "Методист"],
        ["Анализ", "Июнь", "Методист по\nвоспитанию"]]


def test_a_word_the_reader_saw_the_page_cut_is_glued_back_when_the_stack_is_joined():
    """The PDF reader judged the page break inside the executor cell a cut word, as it judges a line
    break inside a cell (`Cell.rest_of_word`: "Методкабине|т", "http://урок|.рф", no word test can tell
    those pieces): the stack's join glues them; where the reader saw no cut the break stays a line
    break (two lines, an entry each)."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    for cut, executors in ((True, ["Методкабинет"] * 2), (False, ["Методкабине", "т"])):
        upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Проверка")),
                     _printed(180, 290, (0, "январь"), (1, "март")),
                     _printed(300, 400, (0, "Методкабине"))], page=1)
        tail = _printed(300, 400, (0, "т"), page_top=50)
        rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, page_top=50), _printed(180, 290, page_top=50),
                    replace(tail, rest_of_word=cut)], page=2)
        first, _ = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest], 2, 2)])
        assert [_texts(r)[3] for r in split_stacked(first.rows[-1], ROLES).rows] == executors


def test_the_rest_of_a_stack_whose_last_line_names_a_column_is_no_second_header_row():
    """A stack runs over three pages; the rest filling the second page ends on a line that alone reads
    as a deadline's header cell ("период"). It stands under the header printed again, but the page cut
    it from the row above (`Row.continued`): it is the stack's rest, and the third page's rest is
    joined after it."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Обобщение"), (1, "практик,")),
                 _printed(180, 290, (0, "май"), (1, "ноябрь")), _printed(300, 400, (0, "Директор"))], page=1)
    middle = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "направленных на"), (1, "отдых в"),
                                                          (2, "период"), page_top=50),
                  _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=2, continued=True)
    last = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "каникул"), (1, "2. Семинар"), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=3, continued=True)
    first, second, third = join_cut_stacks([Table([header, upper], 1, 1), Table([header, middle], 2, 2),
                                            Table([header, last], 3, 3)])
    assert second.rows == [header] and third.rows == [header]
    assert [_texts(r)[1:3] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["Обобщение\nпрактик,\nнаправленных на\nотдых в\nпериод\nканикул", "май"], ["Семинар", "ноябрь"]]


def test_a_part_holding_entries_for_more_measures_than_its_name_opens_a_stack_of_its_own():
    """No rules between the rows: "1." holds more executors than its two measures' (a stack that does
    not line up), "2." is parted from it where an executor opens; "3." holds the dates and executors of
    two measures itself and is cut at the foot, "4." atop page 2. The parts reaching the foot stop at
    "3.": it opens a stack of its own, joined with the rest, not taken into the stack above."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    heading = Row([Cell(""), Cell("Раздел 1. Кадры"), Cell(""), Cell("")], page=1)
    opening = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание")),
                   _printed(180, 290, (0, "январь"), (1, "февраль")),
                   _printed(300, 400, (0, "Директор"), (1, "Завуч"), (2, "Методист"))], page=1)
    parted = Row([_printed(10, 40), _printed(50, 170, (3, "2. Педсовет")), _printed(180, 290),
                  _printed(300, 400, (3, "Психолог"))], page=1)
    own = Row([_printed(10, 40), _printed(50, 170, (4, "3. Отчёт")), _printed(180, 290, (4, "апрель"), (5, "май")),
               _printed(300, 400, (4, "Директор"), (5, "Завуч"))], page=1, cut=True)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "4. Выпускной"), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=2)
    first, second = join_cut_stacks([Table([header, heading, opening, parted, own], 1, 1),
                                      Table([header, rest], 2, 2)])
    assert len(first.rows) == 4 and second.rows == [header]
    assert not split_stacked(first.rows[2], ROLES).lined_up  # four executors beside two names: kept whole
    assert [_texts(r)[1:4] for r in split_stacked(first.rows[3], ROLES).rows] == [
        ["Отчёт", "апрель", "Директор"], ["Выпускной", "май", "Завуч"]]


def test_a_stack_under_a_section_heading_between_two_pieces_takes_in_its_parts_down_to_the_foot():
    """A section's heading stands between two pieces of the table; the first row under it, "2.1." with
    the dates of all three of its measures, opens a stack (no row goes on across a heading): its part
    "2.2.", cut at the foot, and the rest "2.3." atop page 3 are joined to it."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    single = Row([_printed(10, 40), _printed(50, 170, (0, "1.1. Отчёт")), _printed(180, 290, (0, "январь")),
                  _printed(300, 400, (0, "Директор"))], page=1)
    opening = Row([_printed(10, 40), _printed(50, 170, (0, "2.1. Совещание")),
                   _printed(180, 290, (0, "май"), (1, "июнь"), (2, "июль")),
                   _printed(300, 400, (0, "Заместитель директора,"), (1, "методисты"))], page=2)
    parted = Row([_printed(10, 40), _printed(50, 170, (3, "2.2. Педсовет")), _printed(180, 290),
                  _printed(300, 400, (3, "Методист"))], page=2, cut=True)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "2.3. Выпускной"), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=3)
    blocks = join_cut_stacks([Table([header, single], 1, 1), Paragraph("2. Работа с кадрами", page=2),
                              Table([opening, parted], 2, 2), Table([header, rest], 3, 3)])
    second, third = blocks[2], blocks[3]
    assert len(second.rows) == 1 and third.rows == [header]
    assert [_texts(r)[1:3] for r in split_stacked(second.rows[0], ROLES).rows] == [
        ["Совещание", "май"], ["Педсовет", "июнь"], ["Выпускной", "июль"]]


def test_a_paragraph_moved_whole_over_the_page_leaves_one_blank_line_fewer_above_it():
    """The page's foot holds two lines of the stack; the executor cell prints nothing there: the first
    measure's blank paragraph stands on the first line, and the second measure's entry of two lines,
    which would have left one line at the foot, was moved whole to the next page's top. Set under the
    two lines, it would stand after two blank ones (three entries for two names); one line higher, the
    row lines up."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание по"), (1, "итогам")),
                 _printed(180, 290, (0, "январь"), (1, "март")), _printed(300, 400)], page=1)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "года"), (1, "2. Педсовет"), page_top=50),
                _printed(180, 290, page_top=50),
                _printed(300, 400, (0, "Заместитель"), (1, "директора"), page_top=50)], page=2)
    first, second = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest], 2, 2)])
    assert second.rows == [header]
    assert [_texts(r)[1:4] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["Совещание по\nитогам\nгода", "январь", ""], ["Педсовет", "март", "Заместитель\nдиректора"]]
