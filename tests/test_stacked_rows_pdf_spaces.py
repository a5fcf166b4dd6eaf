"""Stacked rows in PDF told apart by the space glyph a renderer writes where it wraps a line
(pipeline/structure/printed.py): a line carrying it goes on, a line without it though it fits ends
its paragraph; where no line carries one, the other clues decide as before."""

from __future__ import annotations

from dataclasses import replace

from test_stacked_rows import ROLES, _printed, _texts

from parsers.model import Cell, PrintedLine, Row, Table
from pipeline.structure import wording
from pipeline.structure.stackcut import join_cut_stacks
from pipeline.structure.stacked import split_stacked

SPACE = 3.0


def _spaced(x0: float, right: float, *lines: tuple[int, str, bool]) -> Cell:
    """A PDF cell on a 12 pt grid, 6 pt a glyph: (grid line, text, wrapped: a space glyph after it)."""
    printed = [PrintedLine(t, 100 + 12 * k, 110 + 12 * k, x0, x0 + 6 * len(t), SPACE if wrapped else 0.0)
               for k, t, wrapped in lines]
    texts = [ln.text for ln in printed]
    return Cell(text="\n".join(texts), paragraphs=texts, lines=printed, right=right)


def _wrapped() -> Cell:
    """Two names, the first wrapped with the space glyph after "с": the row's renderer marks its wraps."""
    return _spaced(50, 170, (0, "1. Совещание с", True), (1, "учителями", False), (2, "2. Педсовет", False))


def _name() -> Cell:
    return _spaced(50, 170, (0, "1. Совещание", False), (1, "2. Педсовет", False))


def test_pdf_a_line_carrying_the_wrap_space_goes_on_though_a_capital_opens_the_next():
    """One entry for both measures wraps before a capitalised word standing level with the second
    name: the space after "образования" says the renderer wrapped there, so it is no break."""
    result = _spaced(180, 400, (0, "Распоряжение Управления образования", True), (1, "Администрации района", False))
    row = Row([_printed(10, 40), _name(), result, _spaced(410, 480, (0, "май", False), (1, "июнь", False))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == [
        "Распоряжение Управления образования\nАдминистрации района"] * 2


def test_pdf_a_line_without_the_wrap_space_where_one_fits_ends_its_entry():
    """"педагог-психолог" would not have fitted after "Директор" and opens in lowercase, as a wrapped
    line would; but "Директор" stops with room for the space the renderer leaves at its wraps and none is
    there: an entry each, not one text for both."""
    name = _spaced(50, 170, (0, "1. Совещание с", True), (1, "учителями", False), (2, "2. Педсовет", False))
    executors = _spaced(180, 290, (0, "Директор", False), (1, "педагог-психолог", False))
    row = Row([_printed(10, 40), name, executors, _spaced(300, 400, (0, "май", False), (1, "июнь", False))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == ["Директор", "педагог-психолог"]


def test_pdf_a_break_after_a_dash_is_no_paragraph_end_though_no_space_stands_there():
    """A renderer wraps after a hyphen or dash without a space: "сентябрь-" goes on with "май"."""
    dates = _spaced(180, 260, (0, "сентябрь-", False), (1, "май", False))
    row = Row([_printed(10, 40), _name(), dates, _spaced(300, 400, (0, "Директор", False), (1, "Завуч", False))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == ["сентябрь-\nмай"] * 2


def test_pdf_a_line_ending_in_a_comma_without_the_wrap_space_where_one_fits_ends_its_entry():
    """A comma has its space after it, so a wrap there leaves the space as after a word: "Протокол,"
    with room for it and none written ended its paragraph, though "решение" opens in lowercase."""
    result = _spaced(180, 250, (0, "Протокол,", False), (1, "решение", False))
    row = Row([_printed(10, 40), _wrapped(), result, _spaced(300, 400, (0, "май", False), (1, "июнь", False))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == ["Протокол,", "решение"]


def test_pdf_an_entry_typed_as_two_paragraphs_after_a_comma_keeps_the_stack_whole():
    """Three paragraphs beside two measures, one of them ending in a comma with no wrap space though
    it fits ("Справка," over "рекомендации"): the cell does not line up, the row stays one measure."""
    result = _spaced(180, 250, (0, "Справка,", False), (1, "рекомендации", False), (2, "Отчёт", False))
    row = Row([_printed(10, 40), _wrapped(), result, _spaced(300, 400, (0, "май", False), (1, "июнь", False))])
    assert split_stacked(row, ROLES).lined_up is False


def test_pdf_a_lone_preposition_ending_its_paragraph_is_an_entry_torn_in_two():
    """"В" stands alone with room for the wrap space and none written, where "течение" would not have
    fitted: a paragraph ends there, yet a preposition (read in lowercase, as the cell's first word)
    ends no entry: "В|течение года" is one entry typed as two paragraphs, the cell does not line up."""
    dates = _spaced(180, 236, (0, "В", False), (1, "течение", True), (2, "года", False))
    row = Row([_printed(10, 40), _name(), dates, _spaced(300, 400, (0, "Директор", False), (1, "Завуч", False))])
    assert split_stacked(row, ROLES).lined_up is False


def test_pdf_a_quote_the_cell_never_closes_holds_no_entry_open():
    """"«О" is never closed (a typist dropped the closing sign): the capital of "Отчёт" under a line
    filled to the edge opens an entry as it would with no quote, and with "Приказ" ending its
    paragraph before "управления" the cell holds one entry more than the measures: kept whole."""
    result = _spaced(180, 258, (0, "Приказ", False), (1, "управления «О", True), (2, "плане занятий", False),
                     (3, "Отчёт", False))
    row = Row([_printed(10, 40), _name(), result, _spaced(300, 400, (0, "май", False), (1, "июнь", False))])
    assert split_stacked(row, ROLES).lined_up is False


def test_a_stack_parted_by_the_reader_inside_a_name_is_joined_where_the_name_wrapped():
    """No rules between the rows: the reader opens a row where "Справка" starts under white (the
    second measure has no result), inside the second name, whose line above carries the wrap space."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок"), Cell("Результат")], page=1)
    upper = Row([_printed(10, 40), _spaced(50, 170, (0, "1. Совещание", False), (1, "2. Проверка журналов", True)),
                 _spaced(180, 290, (0, "январь", False), (1, "март", False)),
                 _spaced(300, 400, (0, "Протокол", False))], page=1)
    lower = Row([_printed(10, 40), _spaced(50, 170, (2, "по итогам четверти", False), (3, "3. Педсовет", False)),
                 _spaced(180, 290, (2, "май", False)), _spaced(300, 400, (2, "Справка", False))], page=1)
    (table,) = join_cut_stacks([Table([header, upper, lower], 1, 1)])
    assert [_texts(r) for r in split_stacked(table.rows[1], ROLES).rows] == [
        ["1.", "Совещание", "январь", "Протокол"], ["2.", "Проверка журналов\nпо итогам четверти", "март", ""],
        ["3.", "Педсовет", "май", "Справка"]]


def test_the_rest_of_a_stack_parted_again_at_the_next_page_is_joined_with_a_word_cut_between():
    """The page cut the stack; the reader parts its rest once more where "Справка" opens under white,
    inside a name whose line fills its column (no room for the wrap space: none is printed) and
    inside an executor cut mid-word ("руководи|тели"): one stack of three measures."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок"), Cell("Ответственный"),
                  Cell("Результат")], page=2)
    roles = ["number", "name", "deadline", "executors", "result"]
    name_right, executor_right = 50 + 6 * len("2. Проверка дневников") + 1, 300 + 6 * len("руководи") + 1
    upper = Row([_printed(10, 40), _spaced(50, name_right, (0, "1. Совещание с", True), (1, "учителями", False)),
                 _spaced(180, 290, (0, "январь", False), (1, "март", False)),
                 _spaced(300, executor_right, (0, "Директор", False), (1, "Завуч", False)),
                 _spaced(410, 500, (0, "Протокол", False))], page=1)
    rest = Row([_printed(10, 40), _spaced(50, name_right, (0, "2. Проверка дневников", False)),
                _spaced(180, 290, (0, "май", False)), _spaced(300, executor_right, (0, "руководи", False)),
                _spaced(410, 500)], page=2)
    lower = Row([_printed(10, 40), _spaced(50, name_right, (1, "учащихся", False), (2, "3. Педсовет", False)),
                 _spaced(180, 290), _spaced(300, executor_right, (1, "тели ОО", False)),
                 _spaced(410, 500, (1, "Справка", False))], page=2)
    first, second = join_cut_stacks([Table([header, upper], 1, 1), Table([header, rest, lower], 2, 2)])
    assert second.rows == [header]
    assert [_texts(r) for r in split_stacked(first.rows[-1], roles).rows] == [
        ["1.", "Совещание с\nучителями", "январь", "Директор", "Протокол"],
        ["2.", "Проверка дневников\nучащихся", "март", "Завуч", ""],
        ["3.", "Педсовет", "май", "руководители ОО", "Справка"]]


_HEADER = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок"), Cell("Ожидаемый результат")])
_ROLES = ["number", "name", "deadline", "result"]


def test_a_stack_whose_cell_wraps_over_the_page_is_joined_though_each_piece_holds_two_measures():
    """"Справка о" carries the wrap space at the page foot and "проверке" opens the next page in
    lowercase: one row cut by the page, not two stacks of two measures."""
    upper = Row([_printed(10, 40), _spaced(50, 170, (0, "1. Совещание", False), (1, "2. Педсовет", False)),
                 _spaced(180, 290, (0, "май", False), (1, "июнь", False)),
                 _spaced(300, 400, (0, "Протокол", False), (1, "Справка о", True))], page=1)
    rest = Row([_printed(10, 40), _spaced(50, 170, (0, "3. Отчёт", False), (1, "4. Анализ", False)),
                _spaced(180, 290, (0, "август", False), (1, "сентябрь", False)),
                _spaced(300, 400, (0, "проверке", False), (1, "Приказ", False), (2, "План", False))], page=2)
    first, second = join_cut_stacks([Table([replace(_HEADER, page=1), upper], 1, 1),
                                     Table([replace(_HEADER, page=2), rest], 2, 2)])
    assert len(second.rows) == 1
    assert [_texts(r)[2:] for r in split_stacked(first.rows[-1], _ROLES).rows] == [
        ["май", "Протокол"], ["июнь", "Справка о\nпроверке"], ["август", "Приказ"], ["сентябрь", "План"]]


def test_a_stack_parted_where_a_name_opens_with_its_number_is_joined_when_that_lines_it_up():
    """No rules between the rows: the reader opens a row at "3. Отчёт", whose result stands beside
    it; the first part holds three deadlines for two names, the parts joined line up."""
    upper = Row([_printed(10, 40), _spaced(50, 170, (0, "1. Совещание", False), (1, "2. Педсовет", False)),
                 _spaced(180, 290, (0, "май", False), (1, "июнь", False), (2, "август", False)),
                 _spaced(300, 400, (0, "Протокол", False), (1, "Справка", False))], page=1)
    lower = Row([_printed(10, 40), _spaced(50, 170, (2, "3. Отчёт", False)), _spaced(180, 290),
                 _spaced(300, 400, (2, "Приказ", False))], page=1)
    (table,) = join_cut_stacks([Table([replace(_HEADER, page=1), upper, lower], 1, 1)])
    assert len(table.rows) == 2
    assert [_texts(r)[1:] for r in split_stacked(table.rows[1], _ROLES).rows] == [
        ["Совещание", "май", "Протокол"], ["Педсовет", "июнь", "Справка"], ["Отчёт", "август", "Приказ"]]


def test_a_compound_cut_before_its_hyphen_by_the_page_is_glued_back():
    """"Организационно" fills its line at the page foot, no wrap space after it, and
    "-технологическое" opens the next page: one word, as a reader glues it at a line end."""
    name_right = 50 + 6 * len("Организационно") + 1
    upper = Row([_printed(10, 40), _spaced(50, name_right, (0, "1. Совещание", False), (1, "2.", True),
                                           (2, "Организационно", False)),
                 _spaced(180, 290, (0, "май", False), (1, "июнь", False)), _spaced(300, 400)], page=1)
    rest = Row([_printed(10, 40), _spaced(50, name_right, (0, "-технологическое", True), (1, "сопровождение", False)),
                _spaced(180, 290), _spaced(300, 400)], page=2)
    first, _ = join_cut_stacks([Table([replace(_HEADER, page=1), upper], 1, 1),
                                Table([replace(_HEADER, page=2), rest], 2, 2)])
    assert [_texts(r)[1] for r in split_stacked(first.rows[-1], _ROLES).rows] == [
        "Совещание", "Организационно-технологическое\nсопровождение"]


def test_pdf_a_name_the_cell_prints_whole_elsewhere_is_not_cut_where_it_wraps():
    """"МБОУ ДПО МЦ" stands whole on the first line; below, "ОО, МБОУ ДПО" wraps before "МЦ". Neither
    break has a clue of its own (no room, capitals both): the one inside the repeated name is a wrap."""
    name = _spaced(50, 170, (0, "1. Совещание с", False), (1, "классными", False), (2, "руководителями", False),
                   (3, "2. Педсовет", False))
    executors = _spaced(180, 258, (0, "МБОУ ДПО МЦ", False), (1, "ОО, МБОУ ДПО", False), (2, "МЦ", False))
    row = Row([_printed(10, 40), name, executors, _spaced(300, 400, (0, "май", False), (1, "июнь", False))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == ["МБОУ ДПО МЦ", "ОО, МБОУ ДПО\nМЦ"]


def test_a_stack_parted_by_the_reader_after_a_name_line_ending_in_a_preposition_is_joined():
    """"2. Внесение сведений в" fills its line (no room for the wrap space) and ends with a
    preposition: a name does not end there, so the row the reader opened at "АИС «Сетевой город»"
    (a result opening under white beside it) goes on with it."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Срок"), Cell("Результат")], page=1)
    upper = Row([_printed(10, 40), _spaced(50, 182, (0, "1. Совещание", False), (1, "2. Внесение сведений в", False)),
                 _spaced(180, 290, (0, "январь", False), (1, "март", False)),
                 _spaced(300, 400, (0, "Протокол", False))], page=1)
    lower = Row([_printed(10, 40), _spaced(50, 182, (2, "АИС «Сетевой город»", False), (3, "3. Педсовет", False)),
                 _spaced(180, 290, (2, "май", False)), _spaced(300, 400, (2, "Справка", False))], page=1)
    (table,) = join_cut_stacks([Table([header, upper, lower], 1, 1)])
    assert [_texts(r)[1] for r in split_stacked(table.rows[1], ROLES).rows] == [
        "Совещание", "Внесение сведений в\nАИС «Сетевой город»", "Педсовет"]


def test_pdf_a_paragraph_mark_inside_an_entry_shown_by_the_missing_wrap_space_keeps_the_stack_whole():
    """"Наличие" stops with room for the space the renderer writes at its wraps, and none is there: its
    paragraph ended, though "нормативных" would not have fitted after it. No entry opens with an
    oblique "нормативных": one entry typed as two paragraphs, so the cell does not line up."""
    name = _spaced(50, 170, (0, "1. Совещание с", True), (1, "учителями", False), (2, "2. Педсовет", False),
                   (3, "3. Отчёт", False))
    result = _spaced(180, 288, (0, "Наличие", False), (1, "нормативных актов", False), (2, "Протокол заседания", False),
                     (3, "Справка", False))
    stack = split_stacked(Row([_printed(10, 40), name, result, _printed(300, 400, (0, "май"))]), ROLES)
    assert stack is not None and not stack.lined_up


def test_grammar_no_entry_opening_allows_is_told_from_what_a_title_may_open_with():
    """A dash alone after a month goes on as a range; a capitalised oblique word or a year after a month
    may open an entry of its own, so the strict reading leaves them out."""
    assert wording.goes_on("Февраль", "– декабрь 2022 г.", strict=True)
    assert wording.goes_on("Наличие", "нормативных актов", strict=True)
    assert wording.goes_on("февраль", "2022 г.") and not wording.goes_on("февраль", "2022 г.", strict=True)
    assert not wording.goes_on("МОиМП", "Повышении квалификации", strict=True)


def test_pdf_a_line_carrying_the_wrap_space_is_no_paragraph_mark_though_the_next_word_seems_to_fit():
    """"2022" seems to fit after "Январь – март" by the cell's rule, which stands a padding right of
    where the renderer wraps; the space after "март" says it wrapped there: no mark inside the entry."""
    dates = _spaced(180, 330, (0, "Январь – март", True), (1, "2022 г.", False), (2, "Сентябрь", False))
    row = Row([_printed(10, 40), _name(), dates, _spaced(410, 480, (0, "Директор", False))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == ["Январь – март\n2022 г.", "Сентябрь"]
