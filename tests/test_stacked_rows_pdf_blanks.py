"""Stacked rows in PDF (pipeline/structure/stacked.py): a lone entry at the top of a cell beside a stack
serves every measure, unless the plan leaves that column blank in a share of its numbered rows; then it
is the first measure's and the others are blank (a blank paragraph prints nothing)."""

from __future__ import annotations

from test_stacked_rows import ROLES, _pdf_cell, _printed, _texts

from parsers.model import Row
from pipeline.structure.stacked import split_stacked


def _stack() -> Row:
    return Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет"), (2, "3. Отчёт")),
                _printed(180, 250, (0, "Май")), _printed(300, 400, (0, "Директор"), (1, "Завуч"), (2, "Методист"))])


def _numbered(number: str, deadline: str) -> Row:
    return Row([_pdf_cell(number), _pdf_cell("Мероприятие"), _pdf_cell(deadline) if deadline else _pdf_cell(),
                _pdf_cell("Директор")])


def test_pdf_a_lone_entry_serves_every_measure_where_the_plan_fills_the_column():
    around = [_numbered(f"{k}.", "Май") for k in range(4, 10)]
    rows = split_stacked(_stack(), ROLES, around=around).rows
    assert [_texts(r)[2:] for r in rows] == [["Май", "Директор"], ["Май", "Завуч"], ["Май", "Методист"]]


def test_pdf_a_lone_entry_is_the_first_measures_where_the_plan_often_leaves_the_column_blank():
    around = [_numbered(f"{k}.", "Май" if k % 3 else "") for k in range(4, 10)]
    rows = split_stacked(_stack(), ROLES, around=around).rows
    assert [_texts(r)[2:] for r in rows] == [["Май", "Директор"], ["", "Завуч"], ["", "Методист"]]


def test_pdf_rows_without_a_number_of_their_own_say_nothing_of_the_column():
    """The rest of a name a reader parted from its row, or another stack, leaves the column blank
    without being a measure: only the numbered rows are counted (too few here to tell)."""
    around = [_numbered("", "") for _ in range(6)] + [_numbered("4.", "Май")]
    rows = split_stacked(_stack(), ROLES, around=around).rows
    assert [_texts(r)[2] for r in rows] == ["Май"] * 3
