"""Stacked rows in PDF running over three pages or parted below a rest (pipeline/structure/stackcut.py,
stackparts.py, stackpieces.py): the parts a reader without rules made are the stack's own, so the
count of measures stays right."""

from __future__ import annotations

from dataclasses import replace

from test_stacked_rows import ROLES, _printed, _texts

from parsers.model import Cell, Row, Table
from pipeline.structure.stackcut import join_cut_stacks
from pipeline.structure.stacked import split_stacked
from pipeline.structure.stackpieces import word_cut


def _header(page: int) -> Row:
    return Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")],
               page=page)


def _three_pages(part_entry: bool) -> list[Table]:
    """Four dates beside "1." and "2." at the first page's foot; the second page brings the rest of
    "2." and, in a row the reader parted off and the page cut, "3." with its executor beside it
    (`part_entry`) or alone; the third page's top holds the rest of "3." and "4."."""
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание с"), (1, "классными"), (2, "руководителями"),
                                            (3, "2. Педсовет")),
                 _printed(180, 290, (0, "Январь"), (1, "Март"), (2, "Май"), (3, "Июнь")),
                 _printed(300, 400, (0, "Директор"), (1, "Завуч"), (2, "Методист по"), (3, "воспитательной"))],
                page=1, cut=True)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "и совет"), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, (0, "работе"), page_top=50)], page=2,
               continued=True)
    part = Row([_printed(10, 40, page_top=50), _printed(50, 170, (1, "3. Отчёт о"), page_top=50),
                _printed(180, 290, page_top=50),
                _printed(300, 400, *([(1, "Психолог")] if part_entry else []), page_top=50)], page=2, cut=True)
    last = Row([_printed(10, 40, page_top=50), _printed(50, 170, (0, "работе"), (1, "4. Анализ"), page_top=50),
                _printed(180, 290, page_top=50), _printed(300, 400, page_top=50)], page=3, continued=True)
    return [Table([_header(1), upper], 1, 1), Table([_header(2), rest, part], 2, 2), Table([_header(3), last], 3, 3)]


def test_a_stack_over_three_pages_takes_a_part_holding_an_entry_down_to_the_foot():
    """The first two pages hold four dates beside two names: the part the reader parted off at "3."
    belongs to the stack though an executor stands beside it, and the third page's rest brings the
    fourth name; every measure comes out with its own entries."""
    first, second, third = join_cut_stacks(_three_pages(part_entry=True))
    assert second.rows == [_header(2)] and third.rows == [_header(3)]
    assert [_texts(r)[1:] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["Совещание с\nклассными\nруководителями", "Январь", "Директор"], ["Педсовет\nи совет", "Март", "Завуч"],
        ["Отчёт о\nработе", "Май", "Методист по\nвоспитательной\nработе"], ["Анализ", "Июнь", "Психолог"]]


def test_a_stack_one_entry_short_of_its_names_takes_no_part_below_its_rest():
    """Three dates beside two names (an entry typed as two paragraphs adds one, no more): nothing
    says the next numbers are the stack's, and the part under the rest, its own date beside it, stays
    a row of its own (the next page's rest goes on with it)."""
    tables = _three_pages(part_entry=True)
    upper, part = tables[0].rows[1], tables[1].rows[2]
    dates = _printed(180, 290, (0, "Январь"), (1, "Март"), (2, "Май"))
    tables[0] = Table([_header(1), replace(upper, cells=[*upper.cells[:2], dates, upper.cells[3]])], 1, 1)
    own = replace(part, cells=[*part.cells[:2], _printed(180, 290, (1, "Июнь"), page_top=50), part.cells[3]])
    tables[1] = Table([*tables[1].rows[:2], own], 2, 2)
    first, second, _ = join_cut_stacks(tables)
    assert _texts(first.rows[-1])[1] == "1. Совещание с\nклассными\nруководителями\n2. Педсовет\nи совет"
    assert [_texts(r)[1] for r in second.rows[1:]] == ["3. Отчёт о\nработе\n4. Анализ"]


def test_rows_holding_entries_only_under_a_rest_at_the_page_top_are_the_rests():
    """The reader parted the rest of a stack where an entry opens under white: the rows under it, no
    name nor number, are no measures of their own but the stack's entries; joined, the cell holds
    one entry more than names and the stack is kept whole rather than cut wrong."""
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет")),
                 _printed(180, 290, (0, "Январь"), (1, "Март")), _printed(300, 400, (0, "Директор"))],
                page=1, cut=True)
    rest = Row([_printed(10, 40, page_top=50), _printed(50, 170, page_top=50), _printed(180, 290, page_top=50),
                _printed(300, 400, (0, "Завуч"), page_top=50)], page=2, continued=True)
    below = [Row([_printed(10, 40, page_top=50), _printed(50, 170, page_top=50), _printed(180, 290, page_top=50),
                  _printed(300, 400, (k, text), page_top=50)], page=2)
             for k, text in ((1, "Методист"), (2, "Психолог"))]
    first, second = join_cut_stacks([Table([_header(1), upper], 1, 1), Table([_header(2), rest, *below], 2, 2)])
    assert second.rows == [_header(2)]
    assert _texts(first.rows[-1])[3] == "Директор\nЗавуч\nМетодист\nПсихолог"
    assert split_stacked(first.rows[-1], ROLES).lined_up is False


def test_a_comma_the_renderer_pushed_onto_the_next_line_goes_back_to_its_word():
    """No line opens with a comma: one standing first was pushed over from the word above."""
    upper = _printed(50, 128, (0, "1. Отчёт"), (1, "Совещание"))
    assert word_cut(upper, _printed(50, 170, (2, ", семинар"))) is True
    assert word_cut(upper, _printed(50, 170, (2, "семинар"))) is False
