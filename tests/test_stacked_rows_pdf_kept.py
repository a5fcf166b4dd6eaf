"""A stack a reader without rules parted at its names' numbers, whose cells do not all line up even
when it is whole again (one measure's entry typed as two paragraphs): it is joined back and kept whole
with a warning, not left as rows that shift the measures after it (pipeline/structure/stackparts.py);
and a cell the reader's glue makes look torn that lines up all the same (pipeline/structure/printed.py)."""

from __future__ import annotations

from test_stacked_rows import ROLES, _printed, _texts

from parsers.model import Cell, PrintedLine, Row, Table
from pipeline.structure.stackcut import join_cut_stacks
from pipeline.structure.stacked import split_stacked

_HEADER = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")],
              page=1)


def _parted(executors_below: tuple[tuple[int, str], ...]) -> list[Row]:
    """"1." and "2." with the dates of four measures beside them and three executors; "3." and "4."
    parted below, holding `executors_below`."""
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет")),
                 _printed(180, 290, (0, "Январь"), (1, "Март"), (2, "Май"), (3, "Июнь")),
                 _printed(300, 400, (0, "Директор"), (1, "Завуч"), (2, "Психолог"))], page=1)
    third = Row([_printed(10, 40), _printed(50, 170, (2, "3. Отчёт")), _printed(180, 290),
                 _printed(300, 400, *executors_below)], page=1)
    fourth = Row([_printed(10, 40), _printed(50, 170, (3, "4. Смотр")), _printed(180, 290), _printed(300, 400)],
                 page=1)
    return [upper, third, fourth]


def test_a_parted_stack_whose_dates_line_up_once_whole_is_joined_and_kept_whole():
    # five executors for four names: one typed as two paragraphs; the dates fit the four names only
    (table,) = join_cut_stacks([Table([_HEADER, *_parted(((3, "Завуч"), (4, "Директор")))], 1, 1)])
    assert len(table.rows) == 2
    stack = split_stacked(table.rows[1], ROLES)
    assert stack is not None and not stack.lined_up
    assert _texts(stack.rows[0])[:3] == ["1.", "Совещание\n2. Педсовет\n3. Отчёт\n4. Смотр",
                                         "Январь\nМарт\nМай\nИюнь"]


def test_parts_that_leave_the_first_rows_cells_as_unmatched_as_before_stay_apart():
    # "3." holds an executor of its own and the dates still do not fit: nothing says the parts are one
    rows = _parted(((3, "Завуч"), (4, "Директор")))
    rows[0].cells[2] = _printed(180, 290, (0, "Январь"), (1, "Март"), (2, "Май"), (3, "Июнь"), (4, "Июль"))
    (table,) = join_cut_stacks([Table([_HEADER, *rows], 1, 1)])
    assert len(table.rows) == 3


def test_a_name_beside_an_executor_typed_as_two_paragraphs_takes_the_numbered_parts_below_it():
    # "В" over "течение года" with room for the word: a paragraph mark inside an entry, so no count of
    # measures lines the executors up; the part "3." below, its date beside it, is the same stack's
    ordinary = Row([_printed(10, 40, (0, "1.")), _printed(50, 170, (0, "Отчёт")), _printed(180, 290, (0, "май")),
                    _printed(300, 400, (0, "Завуч"))], page=1)
    upper = Row([_printed(10, 40), _printed(50, 170, (1, "2. Совещание")), _printed(180, 290, (1, "Январь")),
                 _printed(300, 400, (1, "Директор"), (2, "В"), (3, "течение года"))], page=1)
    part = Row([_printed(10, 40), _printed(50, 170, (2, "3. Педсовет")), _printed(180, 290, (2, "Март")),
                _printed(300, 400)], page=1)
    (table,) = join_cut_stacks([Table([_HEADER, ordinary, upper, part], 1, 1)])
    assert len(table.rows) == 3
    stack = split_stacked(table.rows[2], ROLES)
    assert stack is not None and not stack.lined_up
    assert _texts(stack.rows[0])[1:3] == ["Совещание\n3. Педсовет", "Январь\nМарт"]


def test_a_lone_i_glued_from_the_line_under_ends_an_entry_that_lines_up():
    # "фестивал|и": the column cut the word, the reader glued its end back as "и" after a space; no
    # wrap space after it though one fitted ends the entry, and a conjunction says nothing there
    glued = PrintedLine("фестивал и", 100, 122, 180, 180 + 6 * 8, 0.0, "и")
    form = Cell(text="фестивал и\nсовещания", paragraphs=["фестивал и", "совещания"], right=290,
                lines=[glued, PrintedLine("совещания", 124, 134, 180, 180 + 6 * 9, 0.0)])
    name = Cell(text="1. Смотр\n2. Педсовет", paragraphs=["1. Смотр", "2. Педсовет"], right=170,
                lines=[PrintedLine("1. Смотр", 100, 110, 50, 98, 3.0), PrintedLine("2. Педсовет", 124, 134, 50, 116)])
    stack = split_stacked(Row([_printed(10, 40), name, form, _printed(300, 400, (0, "Директор"))]), ROLES)
    assert stack is not None and stack.lined_up
    assert [_texts(r)[2] for r in stack.rows] == ["фестивал и", "совещания"]
