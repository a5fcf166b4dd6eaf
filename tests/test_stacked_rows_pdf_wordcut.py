"""Stacked rows in PDF: a word too long for its column, broken at the edge, leaves a lone lowercase tail
on the next line ("…нг" over "и"); that tail is no conjunction left hanging, so the entry it ends is
no paragraph mark inside an entry (pipeline/structure/torn.py)."""

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
    entry ended there, and the three entries line up with the three names."""
    executors = _spaced(180, 240, (0, "анализ", False), (1, "мониторинг", False), (2, "и", False), (3, "отчёт", False))
    row = Row([_printed(10, 40), _NAMES, _spaced(260, 330, (0, "май", False)), executors])
    stack = split_stacked(row, ROLES)
    assert stack is not None and stack.lined_up
    assert [_texts(r)[3] for r in stack.rows] == ["анализ", "мониторинг\nи", "отчёт"]


def test_pdf_a_lone_conjunction_under_a_line_with_room_left_is_still_a_mark_inside_an_entry():
    """"и" under "анализ", a line with room left (no word cut at the edge): the conjunction hangs and
    "отчёт" would have fitted after it, so the entry was typed as two paragraphs: kept whole."""
    executors = _spaced(180, 240, (0, "анализ", False), (1, "обзор", False), (2, "и", False), (3, "отчёт", False))
    row = Row([_printed(10, 40), _NAMES, _spaced(260, 330, (0, "май", False)), executors])
    stack = split_stacked(row, ROLES)
    assert stack is not None and not stack.lined_up
