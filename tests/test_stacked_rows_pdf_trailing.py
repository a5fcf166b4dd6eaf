"""Stacked rows in PDF (pipeline/structure/printed.py): a blank paragraph after a cell's last entry prints
nothing, so a cell may show fewer entries than the stack has measures. In a plan that often leaves the
column blank, such a cell's later measures are left blank rather than cut where nothing says an
entry ends (a line filled to the edge, the next opening in the cell's own lowercase)."""

from __future__ import annotations

from test_stacked_rows import _pdf_cell, _texts
from test_stacked_rows_pdf_spaces import _spaced

from parsers.model import Row
from pipeline.structure.stacked import split_stacked

ROLES = ["number", "name", "deadline", "result"]


def _stack() -> Row:
    names = _spaced(50, 170, (0, "1. Совещание", False), (1, "2. Педсовет по", True), (2, "итогам", False),
                    (3, "3. Отчёт", False))
    deadlines = _spaced(180, 260, (0, "май", False), (1, "июнь", False), (2, "июль", False))
    # "выявление рисков" fills the column (no room for the wrap space); "получения" opens in lowercase
    results = _spaced(270, 366, (0, "анализ итогов", False), (1, "выявление рисков", False), (2, "получения", False))
    return Row([_pdf_cell(""), names, deadlines, results])


def _numbered(number: str, result: str) -> Row:
    return Row([_pdf_cell(number), _pdf_cell("Мероприятие"), _pdf_cell("май"),
                _pdf_cell(result) if result else _pdf_cell()])


def test_pdf_a_cell_short_of_entries_leaves_the_last_measure_blank_where_the_plan_often_does():
    around = [_numbered(f"{k}.", "справка" if k % 3 else "") for k in range(4, 10)]
    rows = split_stacked(_stack(), ROLES, around=around).rows
    assert [_texts(r)[3] for r in rows] == ["анализ итогов", "выявление рисков\nполучения", ""]


def test_pdf_a_cell_short_of_entries_is_cut_where_it_may_end_in_a_plan_that_fills_the_column():
    around = [_numbered(f"{k}.", "справка") for k in range(4, 10)]
    rows = split_stacked(_stack(), ROLES, around=around).rows
    assert [_texts(r)[3] for r in rows] == ["анализ итогов", "выявление рисков", "получения"]
