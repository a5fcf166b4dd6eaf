"""Stacked rows in PDF (pipeline/structure/entrytwins.py): an entry typed as two paragraphs is told by
the cell printing the same words whole as another entry; the row is then kept whole. And a line
ending in an abbreviation in capitals ("НО") is no conjunction left hanging (pipeline/structure/printed.py),
and a stack the reader parted, its first part holding entries for more names than it has, is joined
back down to as many names (pipeline/structure/stackparts.py)."""

from __future__ import annotations

from test_stacked_rows import ROLES, _printed, _texts
from test_stacked_rows_pdf_spaces import _spaced

from parsers.model import Cell, Row
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


def test_pdf_a_parted_stack_whose_entries_outnumber_its_names_is_joined_and_kept_whole():
    """No rules between the rows: the reader parted a stack at "2." and "3.". The first part holds
    one name and three dates for certain, so the parts are joined until there are three names; one
    executor typed as two paragraphs then leaves four entries for three names: the row is kept whole."""
    from parsers.model import Cell, Table
    from pipeline.structure.stackcut import join_cut_stacks

    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок исполнения"), Cell("Ответственный")],
                 page=1)
    ordinary = Row([_printed(10, 40, (0, "1"), page_top=40), _printed(50, 170, (0, "Отчёт"), page_top=40),
                    _printed(180, 290, (0, "май"), page_top=40), _printed(300, 400, (0, "Директор"), page_top=40)],
                   page=1)
    upper = Row([_printed(10, 40), _printed(50, 170, (0, "1. Совещание с"), (1, "классными"), (2, "руководителями"),
                                            (3, "школ")),
                 _printed(180, 290, (0, "май"), (1, "июнь"), (2, "июль")),
                 _printed(300, 400, (0, "Директор"), (1, "Завуч"), (2, "Психолог"))], page=1)
    second = Row([_printed(10, 40), _printed(50, 170, (4, "2. Педсовет")), _printed(180, 290),
                  _printed(300, 400, (4, "Методист"))], page=1)
    third = Row([_printed(10, 40), _printed(50, 170, (5, "3. Смотр")), _printed(180, 290), _printed(300, 400)],
                page=1)
    (table,) = join_cut_stacks([Table([header, ordinary, upper, second, third], 1, 1)])
    assert len(table.rows) == 3
    stack = split_stacked(table.rows[2], ROLES)
    assert stack is not None and stack.lined_up is False


def test_pdf_a_year_and_its_abbreviation_typed_as_two_paragraphs_keep_the_row_whole():
    """"2021" ends its paragraph though "г." would have fitted after it: no entry opens with "г.", so
    the mark stands inside an entry and the row does not line up."""
    from pipeline.structure import wording

    assert wording.goes_on("2021", "г.") and wording.goes_on("2020-2022", "гг.")
    assert not wording.goes_on("2021", "Май")
    names = _spaced(50, 170, (0, "1. Совещание", False), (1, "2. Педсовет", False), (2, "3. Отчёт", False))
    dates = _printed(180, 290, (0, "В течение года"), (1, "2021"), (2, "г."), (3, "Май"))
    row = Row([_printed(10, 40), names, dates, _printed(300, 400, (0, "Директор"))])
    stack = split_stacked(row, ROLES)
    assert stack is not None and stack.lined_up is False


def _three_names() -> Cell:
    return _spaced(50, 170, (0, "1. Совещание", False), (2, "2. Педсовет", False), (4, "3. Смотр", False))


def test_pdf_an_entry_printed_twice_over_is_two_entries_and_the_row_is_kept_whole():
    """"директора" and "ОО" each end a paragraph for certain (room for the wrap space, none written):
    with them the cell seems to hold three entries for three measures, the last "отдел образования"
    twice over. No entry says the same thing twice: that is two entries, four in all, and the row
    with one executor typed as two paragraphs is kept whole."""
    executors = _spaced(180, 246, (0, "директора", False), (1, "ОО", False), (2, "отдел", True),
                        (3, "образования", False), (4, "отдел", True), (5, "образования", False))
    row = Row([_printed(10, 40), _three_names(), _spaced(260, 330, (0, "май", False)), executors])
    stack = split_stacked(row, ROLES)
    assert stack is not None and stack.lined_up is False


def test_pdf_an_entry_printed_twice_over_gives_each_of_two_measures_its_own():
    """The same executor for the last two measures, the lines at the column's edge: cut between them."""
    executors = _spaced(180, 246, (0, "Директор", False), (1, "отдел", True), (2, "образования", False),
                        (3, "отдел", True), (4, "образования", False))
    row = Row([_printed(10, 40), _three_names(), _spaced(260, 330, (0, "май", False)), executors])
    stack = split_stacked(row, ROLES)
    assert stack is not None and stack.lined_up
    assert [_texts(r)[3] for r in stack.rows] == ["Директор", "отдел\nобразования", "отдел\nобразования"]


def test_pdf_a_count_opening_a_line_at_the_edge_beside_an_entry_opening_in_lowercase_keeps_the_row_whole():
    """"Справка" ends its paragraph for certain and "по итогам" opens an entry in lowercase in a cell
    whose entries open in capitals: a paragraph mark inside an entry. "12 встреч" under a line filled
    to the column's edge (its width says nothing) opens an entry as a capital would: four entries for
    three measures, the row is kept whole."""
    result = _spaced(180, 246, (0, "Размещение", True), (1, "на сайте ОО", False), (2, "12 встреч", False),
                     (3, "Справка", False), (4, "по итогам", False))
    row = Row([_printed(10, 40), _three_names(), _spaced(260, 330, (0, "май", False)), result])
    stack = split_stacked(row, ROLES)
    assert stack is not None and stack.lined_up is False
