"""A header printed again at a page's top whose words the reader cut into cells otherwise than the
plan's first header (an unruled page read from its own header alone): the plan goes on, a section
row at the page before's foot or under the header stays a section, and no plan is titled by it."""

from __future__ import annotations

from parsers.model import Cell, Document, Paragraph, Row, Table
from pipeline.structure import build_structure

HEADER = ["№ п/п", "Мероприятия", "Сроки", "Ответственные исполнители", "Результат"]
# the same words, "Сроки" read together with the executors' cell and an empty cell left before it
CUT_OTHERWISE = ["№ п/п", "Мероприятия", "", "Сроки Ответственные исполнители", "Результат"]
TITLE = "План мероприятий «дорожная карта» по развитию системы оценки качества на 2021-2025 годы"
SECTION = "VI. Оценка результатов работы"


def _row(*texts: str, page: int) -> Row:
    return Row([Cell(t, [t] if t else []) for t in texts], page)


def _table(*rows: Row) -> Table:
    return Table(list(rows), page_start=rows[0].page, page_end=rows[-1].page)


def _measure(number: str, name: str, page: int) -> Row:
    return _row(number, name, "2021-2025", "Управление образования", "Приказ", page=page)


def _first_page(*foot: Row) -> list:
    return [Paragraph(TITLE, bold=True, page=1),
            _table(_row(*HEADER, page=1), _row("V. Меры", page=1), _measure("5.1.", "Первое", 1),
                   _measure("5.2.", "Второе", 1), *foot)]


def _read(*blocks) -> list[tuple[str, list[tuple[str | None, str]]]]:
    plans = build_structure(Document("layout", "pdf", list(blocks))).plans
    return [(p.title, [(m.section, m.name) for m in p.measures]) for p in plans]


def test_a_section_row_at_a_page_foot_then_the_header_cut_otherwise_continues_the_plan():
    """The header alone is a table of its own (a blank line under it), the body another."""
    got = _read(*_first_page(_row(SECTION, page=1)), _table(_row(*CUT_OTHERWISE, page=2)),
                _table(_measure("6.1.", "Третье", 2), _measure("6.2.", "Четвертое", 2)))
    assert got == [(TITLE, [("V. Меры", "Первое"), ("V. Меры", "Второе"), (SECTION, "Третье"),
                            (SECTION, "Четвертое")])]


def test_a_section_row_under_the_header_cut_otherwise_at_a_page_top_continues_the_plan():
    got = _read(*_first_page(),
                _table(_row(*CUT_OTHERWISE, page=2), _row(SECTION, page=2), _measure("6.1.", "Третье", 2)))
    assert got == [(TITLE, [("V. Меры", "Первое"), ("V. Меры", "Второе"), (SECTION, "Третье")])]


def test_a_header_of_other_words_after_a_one_cell_row_opens_a_plan_titled_by_that_row():
    """The rule is word for word: a header with columns of its own is a new plan's, not a repetition."""
    other = ["№", "Содержание работы", "Срок", "Ответственный"]
    got = _read(*_first_page(_row(SECTION, page=1)),
                _table(_row(*other, page=2), _row("1.", "Шестое", "Май", "УО", page=2)))
    assert [title for title, _ in got] == [TITLE, SECTION]
    assert [name for _, name in got[1][1]] == ["Шестое"]


def _spanning(text: str, span: int, width: int, page: int) -> Row:
    """A section row a reader without rules cut into one cell over `span` columns and empty ones."""
    cells = [Cell(text, [text], colspan=span)] + [Cell("") for _ in range(width - span)]
    return Row(cells, page)


def test_a_section_row_whose_words_name_a_column_under_a_repeated_header_stays_a_section():
    """"Показатели" names the result column in a header; across three columns under the header and the
    columns' numbers printed again it reads the columns otherwise than the plan's header: a section."""
    section = "Показатели. Сбор сведений"
    got = _read(*_first_page(),
                _table(_row(*HEADER, page=2), _row("1", "2", "3", "4", "5", page=2), _spanning(section, 3, 5, 2),
                       _measure("6.1.", "Третье", 2)))
    assert got == [(TITLE, [("V. Меры", "Первое"), ("V. Меры", "Второе"), (section, "Третье")])]


def test_a_list_numbered_anew_under_the_header_on_the_page_a_table_runs_on_to_stays_in_the_plan():
    """A plan numbers its items anew (1-3, then 1-2) without a section row, and its table runs on to the
    next page under its header printed again, nothing between but the page break: one plan. The same
    list starting again under the header below text (an analysis, a title read into it) opens a plan."""
    first = _table(_row(*HEADER, page=1), _measure("1.", "Первое", 1), _measure("2.", "Второе", 1),
                   _measure("3.", "Третье", 1))
    overleaf = _table(_row(*HEADER, page=2), _measure("1.", "Четвертое", 2), _measure("2.", "Пятое", 2))
    assert _read(Paragraph(TITLE, bold=True, page=1), first, overleaf) == [
        (TITLE, [(None, "Первое"), (None, "Второе"), (None, "Третье"), (None, "Четвертое"), (None, "Пятое")])]
    analysis = Paragraph("Анализ показал, что у школ района сохраняются дефициты кадров. " * 6, page=2)
    plans = _read(Paragraph(TITLE, bold=True, page=1), first, analysis, overleaf)
    assert [[name for _, name in measures] for _, measures in plans] == [
        ["Первое", "Второе", "Третье"], ["Четвертое", "Пятое"]]
    # two pages on (a page of text the reader dropped between them): the list's restart opens a plan
    far = _table(_row(*HEADER, page=3), _measure("1.", "Четвертое", 3), _measure("2.", "Пятое", 3))
    assert len(_read(Paragraph(TITLE, bold=True, page=1), first, far)) == 2
