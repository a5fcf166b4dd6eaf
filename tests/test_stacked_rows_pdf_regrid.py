"""A stack's rest atop the next page read into fewer, wider cells than the row the page cut
(pipeline/structure/regrid.py): a reader finding the columns from the text gives a cell blank overleaf
no column of its own, the entry beside it spans both; cut back to the row's cells by where its lines
stand, the rest is joined and the stack lines up."""

from __future__ import annotations

from dataclasses import replace

from test_stacked_rows import ROLES, _printed, _texts

from parsers.model import Cell, Row, Table
from pipeline.structure.regrid import regridded
from pipeline.structure.stackcut import join_cut_stacks
from pipeline.structure.stacked import split_stacked

_HEADER = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")])


def _boxed(cell: Cell, x0: float, x1: float) -> Cell:
    return replace(cell, box=(x0, 40.0, x1, 700.0))


def _upper() -> Row:
    return Row([_boxed(_printed(10, 40), 5, 45), _boxed(_printed(50, 170, (0, "1. Совещание")), 45, 175),
                _boxed(_printed(180, 290, (0, "январь"), (1, "март")), 175, 295),
                _boxed(_printed(300, 400, (0, "Директор")), 295, 405)], page=1, cut=True)


def _wide_rest(x0: float) -> Row:
    """The rest: the second name, its executor at `x0`, in one cell over the deadline and executor columns."""
    executor = _boxed(replace(_printed(x0, 400, (0, "Завуч"), page_top=50), colspan=2), 175, 405)
    return Row([_boxed(_printed(10, 40, page_top=50), 5, 45),
                _boxed(_printed(50, 170, (0, "2. Проверка журналов"), page_top=50), 45, 175), executor],
               page=2, continued=True)


def test_a_rest_whose_blank_cell_the_reader_gave_no_column_is_joined_and_lines_up():
    first, second = join_cut_stacks([Table([_HEADER, _upper()], 1, 1), Table([_HEADER, _wide_rest(300)], 2, 2)])
    assert second.rows == [_HEADER]
    assert [_texts(r)[1:] for r in split_stacked(first.rows[-1], ROLES).rows] == [
        ["Совещание", "январь", "Директор"], ["Проверка журналов", "март", "Завуч"]]


def test_the_wide_cell_goes_to_the_column_its_lines_stand_in():
    rest = regridded(_upper(), _wide_rest(300))
    assert [c.colspan for c in rest.cells] == [1, 1, 1, 1]
    assert _texts(rest)[2:] == ["", "Завуч"]
    assert _texts(regridded(_upper(), _wide_rest(185)))[2:] == ["Завуч", ""]


def test_a_wide_cell_whose_lines_cross_a_column_edge_is_left_as_read():
    rest = _wide_rest(250)  # "Завуч" runs from 250 to 280 -- inside the deadline column; widen it across
    wide = replace(rest.cells[2], lines=[replace(rest.cells[2].lines[0], x1=340.0)])
    crossing = replace(rest, cells=[*rest.cells[:2], wide])
    assert regridded(_upper(), crossing) is crossing
