"""A stacked row parted by a reader without rules where a name filling its line goes on into a quoted
title on the next grid line (pipeline/structure/stackparts.py): joined back as one stack."""

from __future__ import annotations

from test_stacked_rows import ROLES, _printed, _texts
from test_stacked_rows_pdf_spaces import _spaced

from parsers.model import Cell, Row, Table
from pipeline.structure.stackcut import join_cut_stacks
from pipeline.structure.stacked import split_stacked
from pipeline.structure.stackparts import name_goes_on

_EDGE = 50 + 6 * len("1. Мониторинг") + 1  # the name fills its line: no room for the wrap space
_HEADER = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")],
              page=1)


def _upper() -> Row:
    return Row([_printed(10, 40), _spaced(50, _EDGE, (0, "1. Мониторинг", False)),
                _spaced(180, 260, (0, "Сентябрь", False)), _spaced(270, 400, (0, "Директор", False))], page=1)


def _lower(opening: str) -> Row:
    return Row([_printed(10, 40), _spaced(50, _EDGE, (1, opening, False), (2, "2. Анализ", False)),
                _spaced(180, 260, (2, "Октябрь", False)), _spaced(270, 400, (2, "Завуч", False))], page=1)


def test_a_filled_name_line_goes_on_into_a_quoted_title_and_the_parts_make_one_stack():
    """The reader parts the row under "1. Мониторинг", where "Октябрь" and "Завуч" open under white;
    "«Кадры»" opens the next grid line with a quote: the name goes on, one stack of two measures."""
    (table,) = join_cut_stacks([Table([_HEADER, _upper(), _lower("«Кадры»")], 1, 1)])
    assert len(table.rows) == 2
    assert [_texts(r) for r in split_stacked(table.rows[1], ROLES).rows] == [
        ["1.", "Мониторинг\n«Кадры»", "Сентябрь", "Директор"], ["2.", "Анализ", "Октябрь", "Завуч"]]


def test_a_filled_name_line_followed_by_a_capitalised_line_is_left_apart():
    """A capital says nothing where the line left no room: the rows stay as the reader parted them."""
    assert not name_goes_on(_upper(), _lower("Кадры"), ROLES)
