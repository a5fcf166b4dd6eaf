"""Stacked rows in PDF: a word too long for its column, broken at the edge, leaves a lone lowercase tail
on the next line ("…нг" over "и"); that tail is no conjunction left hanging, so the entry it ends is
no paragraph mark inside an entry (pipeline/structure/torn.py). And a line ending in a straight quote
that closes a name, with room for the wrap space and none written, ended its paragraph."""

from __future__ import annotations

from test_stacked_rows import ROLES, _printed, _texts
from test_stacked_rows_pdf_spaces import _spaced

from parsers.model import Row
from pipeline.structure.stacked import split_stacked

_NAMES = _spaced(50, 170, (0, "1. Совещание по", True), (1, "итогам", False), (2, "2. Педсовет", False),
                 (3, "3. Смотр", False))


def test_pdf_a_word_broken_at_the_column_edge_ends_its_entry_with_its_tail():
    """A column ten glyphs wide: "мониторинги" does not fit, the renderer breaks it after "мониторинг"
    (filling the line) and "и" stands alone; "отчёт" would have fitted after it, no wrap space: the
    entry ended there, and the three entries line up with the three names, the word glued back whole."""
    executors = _spaced(180, 240, (0, "анализ", False), (1, "мониторинг", False), (2, "и", False), (3, "отчёт", False))
    row = Row([_printed(10, 40), _NAMES, _spaced(260, 330, (0, "май", False)), executors])
    stack = split_stacked(row, ROLES)
    assert stack is not None and stack.lined_up
    assert [_texts(r)[3] for r in stack.rows] == ["анализ", "мониторинги", "отчёт"]


def test_pdf_a_lone_conjunction_under_a_line_with_room_left_is_still_a_mark_inside_an_entry():
    """"и" under "анализ", a line with room left (no word cut at the edge): the conjunction hangs and
    "отчёт" would have fitted after it, so the entry was typed as two paragraphs: kept whole."""
    executors = _spaced(180, 240, (0, "анализ", False), (1, "обзор", False), (2, "и", False), (3, "отчёт", False))
    row = Row([_printed(10, 40), _NAMES, _spaced(260, 330, (0, "май", False)), executors])
    stack = split_stacked(row, ROLES)
    assert stack is not None and not stack.lined_up


def test_pdf_a_closing_quote_without_the_wrap_space_ends_its_paragraph():
    """Three paragraphs beside two names: "методист" | «МБУ "Центр досуга"» | "педагоги школ". After
    the quote closing "досуга" the wrap space would have fitted and none stands: a paragraph ends
    there, so the cell holds three entries for two names and the row is kept whole."""
    executors = _spaced(180, 252, (0, "методист", False), (1, 'МБУ "Центр', True), (2, 'досуга"', False),
                        (3, "педагоги", True), (4, "школ", False))
    names = _spaced(50, 170, (0, "1. Совещание по", True), (1, "итогам", False), (2, "2. Педсовет", False))
    row = Row([_printed(10, 40), names, _spaced(260, 330, (0, "май", False), (1, "июнь", False)), executors])
    stack = split_stacked(row, ROLES)
    assert stack is not None and not stack.lined_up


def test_pdf_an_opening_quote_at_a_line_end_still_runs_on():
    """A straight quote after a space opens a name: the line goes on in the next one."""
    executors = _spaced(180, 252, (0, "МБУ", False), (1, "отдел", True), (2, 'школы "', False), (3, 'Успех"', False))
    names = _spaced(50, 170, (0, "1. Совещание", False), (1, "2. Педсовет", False))
    row = Row([_printed(10, 40), names, _spaced(260, 330, (0, "май", False), (1, "июнь", False)), executors])
    stack = split_stacked(row, ROLES)
    assert stack is not None and stack.lined_up
    assert [_texts(r)[3] for r in stack.rows] == ["МБУ", 'отдел\nшколы "\nУспех"']
