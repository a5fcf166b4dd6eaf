"""Stacked rows in PDF (pipeline/structure/entrytwins.py): an entry typed as two paragraphs is told by
the cell printing the same words whole as another entry; the row is then kept whole. And a line
ending in an abbreviation in capitals ("НО") is no conjunction left hanging (pipeline/structure/printed.py)."""

from __future__ import annotations

from test_stacked_rows import ROLES, _printed, _texts
from test_stacked_rows_pdf_spaces import _spaced

from parsers.model import Row
from pipeline.structure.stacked import split_stacked

# Four names, the first wrapped with the space glyph after "по": the row's renderer marks its wraps.
_NAMES = ((0, "1. Совещание по", True), (1, "итогам", False), (2, "2. Педсовет", False), (3, "3. Отчёт", False),
          (5, "4. Смотр", False))


def test_pdf_a_repeated_entry_typed_as_two_paragraphs_keeps_the_row_whole():
    """"Отдел" ends its paragraph (room for the wrap space, none written) and "культуры, ОО" fills its
    line, as does the one over "Гимназия": a cut of four entries is at hand, yet "Отдел культуры, ОО"
    stands whole above, wrapped."""
    executors = _spaced(180, 252, (0, "Лицей", False), (1, "Отдел", True), (2, "культуры, ОО", False),
                        (3, "Отдел", False), (4, "культуры, ОО", False), (5, "Гимназия", False))
    row = Row([_printed(10, 40), _spaced(50, 170, *_NAMES), _spaced(260, 330, (0, "май", False)), executors])
    stack = split_stacked(row, ROLES)
    assert stack is not None and stack.lined_up is False


def test_pdf_an_entry_repeating_only_the_first_words_of_another_is_an_entry_of_its_own():
    executors = _spaced(180, 252, (0, "Отдел", True), (1, "культуры, ОО", False), (2, "Отдел", False),
                        (3, "Школа №5", False), (4, "Гимназия", False))
    row = Row([_printed(10, 40), _spaced(50, 170, *_NAMES), _spaced(260, 330, (0, "май", False)), executors])
    stack = split_stacked(row, ROLES)
    assert stack is not None and stack.lined_up
    assert [_texts(r)[3] for r in stack.rows] == ["Отдел\nкультуры, ОО", "Отдел", "Школа №5", "Гимназия"]


def test_pdf_a_line_ending_in_an_abbreviation_in_capitals_ends_its_entry():
    """"НО" (a region's short name) alone on its line, "Школа" would have fitted after it: no
    conjunction "но" hangs there, the entry ended (a lone capital word is read in lowercase only where
    it is one letter, "В" over "течение")."""
    names = _spaced(50, 170, (0, "1. Совещание", False), (2, "2. Педсовет", False))
    executors = _spaced(180, 252, (0, "Отдел", True), (1, "НО", False), (2, "Школа", False))
    row = Row([_printed(10, 40), names, _spaced(260, 330, (0, "май", False)), executors])
    stack = split_stacked(row, ROLES)
    assert stack is not None and stack.lined_up
    assert [_texts(r)[3] for r in stack.rows] == ["Отдел\nНО", "Школа"]
