"""Rows of stacked measures a PDF reader parted or a page cut, joined back (pipeline/structure/stackparts.py,
stackcut.py): a name wrapped at its hyphen or cut inside a bracket goes on. Every cell here is made up."""

from __future__ import annotations

from dataclasses import replace

from test_stacked_rows import ROLES, _printed, _texts

from parsers.model import Cell, Row, Table
from pipeline.structure.stackcut import join_cut_stacks
from pipeline.structure.stacked import split_stacked
from pipeline.structure.stackparts import absorb_names

_HEADER = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])


def _hyphen_rows(first: str) -> list[Row]:
    """A stack whose first name's first line (`first`) stands alone in the row a reader without rules
    parted it into, its rest ("методический сбор") and "2. Отчёт" in the row under it; the column's edge
    leaves room for the space a renderer writes at a wrap (the executor's first line carries one),
    not for the next word."""
    upper = Row([_printed(10, 40), _printed(50, 130, (0, first)), _printed(180, 290, (0, "январь")),
                 _printed(300, 400, (0, "Директор"))], page=1)
    executor = upper.cells[3]
    upper.cells[3] = replace(executor, lines=[replace(executor.lines[0], end_space=3.0)])
    lower = Row([_printed(10, 40), _printed(50, 130, (1, "методический сбор"), (2, "2. Отчёт")),
                 _printed(180, 290, (2, "май")), _printed(300, 400, (2, "Завуч"))], page=1)
    return [upper, lower]


def test_a_name_wrapped_at_its_hyphen_goes_on_in_the_row_under_it():
    """"1. Учебно-" over "методический сбор": no space stands after a word's hyphen, so the room left for one
    says nothing; the name goes on and the stack is one row of two measures. The same line without
    the hyphen ended its paragraph (room for the wrap space and none written): the rows stay apart."""
    rows = absorb_names(_hyphen_rows("1. Учебно-"), ROLES)
    assert len(rows) == 1
    stack = split_stacked(rows[0], ROLES)
    assert stack is not None and stack.lined_up
    assert [_texts(r)[1:] for r in stack.rows] == [["Учебно-\nметодический сбор", "январь", "Директор"],
                                                   ["Отчёт", "май", "Завуч"]]
    assert len(absorb_names(_hyphen_rows("1. Учебно"), ROLES)) == 2


def _cut_in_bracket(second: str, rest: str) -> list[Table]:
    """A stack of two cut at the first page's foot inside its second name (`second`), the rest of the
    name (`rest`) alone at the next page's top."""
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, second)),
                 _printed(180, 290, (0, "январь"), (1, "март")),
                 _printed(300, 400, (0, "Директор"), (1, "Завуч"))], page=1, cut=True)
    lower = Row([_printed(10, 40), _printed(50, 170, (0, rest), page_top=50), _printed(180, 290),
                 _printed(300, 400)], page=2, continued=True)
    return [Table([replace(_HEADER, page=1), upper], 1, 1), Table([replace(_HEADER, page=2), lower], 2, 2)]


def test_a_count_closing_a_bracket_the_page_cut_is_the_name_going_on_not_a_number():
    """"2. Семинар (школа №" at the page's foot and "7)" atop the next: the count closes the bracket
    the name left open, so it is the name's rest, joined to the stack. With no bracket open above it,
    "7) Отчёт" opens with a number of its own and stays apart."""
    first, second = join_cut_stacks(_cut_in_bracket("2. Семинар (школа №", "7)"))
    assert len(second.rows) == 1
    stack = split_stacked(first.rows[-1], ROLES)
    assert stack is not None and stack.lined_up
    assert [_texts(r)[1:] for r in stack.rows] == [["Совещание", "январь", "Директор"],
                                                   ["Семинар (школа №\n7)", "март", "Завуч"]]
    first, second = join_cut_stacks(_cut_in_bracket("2. Семинар", "7) Отчёт"))
    assert len(second.rows) == 2
