"""Columns, headers and sections of tables without vertical rules (parsers.pdf.stream): a group cell
over two sub-columns, a header or section title alone, the columns known from the table read before or
carried over from the page before, and what at a page's top is no cell."""

from __future__ import annotations

import pdfplumber
import pytest
from layouts.spec import FILES
from line_glyphs import line_chars

from normalizers.language import is_known_word
from parsers.pdf.stream import find_stream_tables
from parsers.pdf.tables import build_grid, deal_chars


def _chars(cells: list[tuple[int, float, str]]) -> list[dict]:
    return line_chars(cells)


def _first_table(name: str):
    with pdfplumber.open(FILES / name) as pdf:
        page = pdf.pages[0]
        tables = find_stream_tables(page.chars, page.horizontal_edges)
        inside, _ = deal_chars(page.chars, tables[:1])
        return tables[0], build_grid(tables[0], inside[0], 1, is_known_word)


def test_group_cell_over_two_columns_keeps_them_apart():
    grid, table = _first_table("L30_000.pdf")  # rules around the header only, two-row header
    assert grid.header_rows == 2
    assert len(grid.strips) == 4  # five columns, though "Организация исполнения" crosses one gap
    upper, lower = table.rows[0], table.rows[1]
    assert [c.colspan for c in upper.cells] == [1, 1, 2, 1]
    assert upper.cells[2].text == "Организация исполнения"
    assert [c.text.replace("\n", " ") for c in lower.cells[2:4]] == ["Срок исполнения", "Ответственные исполнители"]
    # a column outside the group is one cell over both header rows: its words are joined, not cut
    assert lower.cells[1].text == "Наименование мероприятия" and lower.cells[1].vmerged
    body = table.rows[2]
    texts = [" ".join(c.text.split()) for c in body.cells]
    assert [texts[0], texts[2], texts[3]] == ["1.", "Сентябрь 2021 г.", "Департамент образования"]


def test_a_group_cell_starting_inside_the_white_strip_splits_the_header():
    """A two-row header without rules: the group cell is centred over "Срок" and "Ответственный", so it
    starts inside the white strip between their columns and runs into the right one's text."""
    header = [(0, 40, "№"), (0, 100, "Мероприятие"), (0, 300, "Исполнение мер"),
              (1, 250, "Срок"), (1, 350, "Ответственный")]
    body = [(2 + line, x, text) for line, x, text in [
        (0, 40, "1."), (0, 100, "Совещание"), (0, 250, "Сентябрь"), (0, 350, "Отдел"),
        (1, 100, "руководителей"), (1, 250, "ежегодно"), (1, 350, "образования"),
        (2, 40, "2."), (2, 100, "Семинар"), (2, 250, "Май"), (2, 350, "Школы")]]
    chars = [dict(ch, fontname="Arial-Bold") for ch in _chars(header)] + _chars(body)
    table = find_stream_tables(chars, [])[0]
    assert table.header_rows == 2
    assert len(table.strips) == 3
    group_row = table.rows[0]
    assert group_row.cells[3] is None and group_row.cells[2] is not None  # one cell over both columns
    assert all(box is not None for box in table.rows[1].cells)


# --- headers, sections and page tops without rules ------------------------------------------------

_HEADER = [(0, 40, "№"), (0, 100, "Мероприятие"), (0, 300, "Исполнение мер"),
           (1, 250, "Срок"), (1, 350, "Ответственный")]


def _bold(cells):
    return [dict(ch, fontname="Arial-Bold") for ch in _chars(cells)]


@pytest.mark.parametrize("group", [
    [(0, 265, "Организация исполнения"), (0, 450, "Итог")],  # over the gap
    [(0, 170, "Итог"), (0, 288, "Исполнение")],  # a short word centred in the gap, 2 pt short of its end
])
def test_a_header_alone_at_the_page_foot_keeps_the_columns_under_its_group_cell(group):
    """Nothing but the header at the foot: its group cell stands over the gap between "Срок" and
    "Ответственный", which no body shows; the table still has its five columns."""
    header = [(0, 40, "№"), (0, 100, "Мероприятие"), *group, (1, 270, "Срок"), (1, 340, "Ответственный")]
    tables = find_stream_tables(_bold(header), [])
    assert len(tables) == 1 and len(tables[0].strips) == 4


@pytest.mark.parametrize("title", ["Раздел первый и главный", "2021 годы"])  # over the gap; the end of one, into it
def test_a_bold_section_title_under_the_header_is_a_row_of_its_own(title):
    header = [(0, 40, "№"), (0, 100, "Мероприятие"), (0, 250, "Срок"), (0, 350, "Исполнитель")]
    section = [(1, 40, title)]
    body = [(2 + line, x, text) for line, x, text in [
        (0, 40, "1."), (0, 100, "Совещание"), (0, 250, "Сентябрь"), (0, 350, "Отдел"),
        (1, 40, "2."), (1, 100, "Семинар"), (1, 250, "Май"), (1, 350, "Школы")]]
    table = find_stream_tables(_bold(header) + _bold(section) + _chars(body), [])[0]
    tops = [round(row.bbox[1] + 1) for row in table.rows]
    assert tops[:3] == [100, 114, 128]  # header, section, first measure


def test_a_rule_missing_under_a_header_cell_is_no_merge_into_the_body():
    """Rules around the header only, the one under it drawn under the last two columns alone (as
    LibreOffice draws it under a two-row header's merged cells): the body's first row inherits nothing."""
    header = [(0, 40, "№"), (0, 100, "Мероприятие"), (0, 250, "Срок"), (0, 350, "Исполнитель")]
    body = [(1 + line, x, text) for line, x, text in [
        (0, 40, "1."), (0, 100, "Совещание"), (0, 250, "Сентябрь"), (0, 350, "Отдел"),
        (1, 40, "2."), (1, 100, "Семинар"), (1, 250, "Май"), (1, 350, "Школы")]]
    rules = [{"x0": 35.0, "x1": 420.0, "top": 99.0}, {"x0": 90.0, "x1": 420.0, "top": 112.0}]
    table = find_stream_tables(_bold(header) + _chars(body), rules)[0]
    assert [row.open_above for row in table.rows[:2]] == [set(), set()]


def test_a_repeated_header_over_a_name_alone_splits_under_its_group_cell():
    """The next page repeats a two-row header; the row carried over goes on in its name column alone,
    so no body line shows where the later columns start: the columns carried over say it."""
    header = [(0, 40, "№"), (0, 100, "Мероприятие"), (0, 330, "Исполнение мер"),
              (1, 250, "Срок"), (1, 350, "Ответственный")]  # the group cell starts inside the strip
    body = [(2 + line, 100, text) for line, text in enumerate(["руководителей", "образования"])]
    carried = [(55.0, 95.0), (220.0, 245.0), (320.0, 345.0)]
    table = find_stream_tables(_bold(header) + _chars(body), [], carried=carried)[0]
    assert table.header_rows == 2


def test_the_end_of_a_heading_at_the_page_top_is_no_cell():
    """A section's last line carried over to the page's top runs from the first column into the white
    strip beside it: it stays out of the table below."""
    body = [(1 + line, x, text) for line, x, text in [
        (0, 40, "1."), (0, 100, "Совещание"), (0, 250, "Сентябрь"), (0, 350, "Отдел"),
        (1, 40, "2."), (1, 100, "Семинар"), (1, 250, "Май"), (1, 350, "Школы"),
        (2, 40, "3."), (2, 100, "Конкурс"), (2, 250, "Июнь"), (2, 350, "Школы")]]
    chars = _chars([(0, 40, "ориентации»")]) + _chars(body)
    tables = find_stream_tables(chars, [])
    assert round(tables[0].bbox[1] + 1) == 114


def test_the_end_of_a_section_title_cut_by_the_page_is_one_cell_across_the_table():
    """A section title the page before cut goes on at this page's top, in the columns carried over:
    its last words run from the first column well into the white strip beside it, so they are one
    cell across the row (a section), not a number; a number there stays in its cell."""
    body = [(1 + line, x, text) for line, x, text in [
        (0, 40, "1."), (0, 100, "Совещание"), (0, 250, "Сентябрь"), (0, 350, "Отдел"),
        (1, 40, "2."), (1, 100, "Семинар"), (1, 250, "Май"), (1, 350, "Школы")]]
    carried = [(55.0, 95.0), (220.0, 245.0), (320.0, 345.0)]
    tail = find_stream_tables(_chars([(0, 40, "воспитания")]) + _chars(body), [], carried=carried)[0]
    assert tail.rows[0].cells[1:] == [None, None, None]
    number = find_stream_tables(_chars([(0, 40, "1.1.")]) + _chars(body), [], carried=carried)[0]
    assert all(box is not None for box in number.rows[0].cells)


def test_a_label_and_a_title_a_blank_line_apart_are_two_paragraphs():
    """Two lines alone outside a page's tables show no line spacing of their own: the page's tells
    that their gap is a blank line (an appendix label over the next plan's title)."""
    from parsers.pdf.paragraphs import paragraphs
    from parsers.pdf.text import TextLine

    lines = [TextLine("Приложение 5", 490.0, 555.0, 509.7, 521.7, 12.0, False),
             TextLine("Повышение качества работы", 60.0, 552.0, 537.2, 549.2, 12.0, True)]
    assert len(paragraphs(lines, 1, [], None, (57.0, 555.0), page_gap=1.7)) == 2
    # where the page's gaps are as wide, a label set left runs into the line below (one set right of the
    # column's middle never does: test_pdf_stamp)
    left = [TextLine("Приложение 5", 60.0, 125.0, 509.7, 521.7, 12.0, False), lines[1]]
    assert len(paragraphs(left, 1, [], None, (57.0, 555.0), page_gap=14.0)) == 1
    assert len(paragraphs(lines, 1, [], None, (57.0, 555.0), page_gap=14.0)) == 2


def test_a_sections_only_measure_between_two_titles_is_a_table_in_the_known_columns():
    """A section holding one measure: its row alone, between two titles a blank line apart, has text
    in several cells on one line only; it keeps to the columns of the table read before."""
    row = [(2, 40, "3.1."), (2, 100, "Осуществление процедур"), (2, 250, "Ежегодно"), (2, 350, "Приказы"),
           (3, 100, "в соответствии с планом")]
    chars = _bold([(0, 40, "Мониторинг")]) + _chars(row) + _bold([(6, 40, "Анализ")])
    known = [(70.0, 95.0), (220.0, 245.0), (300.0, 345.0)]
    tables = find_stream_tables(chars, [], known=known)
    assert len(tables) == 1 and round(tables[0].bbox[1] + 1) == 128


def test_a_number_column_the_body_leaves_empty_keeps_its_header_cell():
    """Measures stacked in one row leave the number column empty down the page: the bold "№ п/п"
    standing left of all the body's text still heads a column of its own."""
    header = [(0, 40, "№ п/п"), (0, 120, "Мероприятие"), (0, 250, "Срок"), (0, 350, "Исполнитель")]
    body = [(1 + line, x, text) for line, x, text in [
        (0, 100, "1. Совещание"), (0, 250, "Сентябрь"), (0, 350, "Отдел"),
        (1, 100, "2. Семинар"), (1, 250, "Май"), (1, 350, "Школы"),
        (2, 100, "3. Педсовет"), (2, 250, "Июнь"), (2, 350, "Отдел")]]
    table = find_stream_tables(_bold(header) + _chars(body), [])[0]
    assert len(table.strips) == 3


def test_a_row_alone_keeps_the_known_columns_though_another_table_follows_below():
    """One row after a blank line shows the gap before its deadline on its first line only; the columns
    read before hold it, and a table further down the page, with columns of its own, is no reason to
    drop them."""
    row = [(0, 40, "11."), (0, 100, "Проведение"), (0, 250, "Ежегодно"), (0, 350, "Отдел"),
           (1, 100, "профориентации"), (1, 350, "кадров"), (2, 100, "обучающихся"), (2, 350, "школы")]
    below = [(6 + line, x, text) for line, x, text in [
        (0, 40, "1."), (0, 70, "Разработка положения о системе оценки"), (0, 300, "Май"), (0, 400, "Приказ"),
        (1, 70, "эффективности руководителей школ"), (1, 300, "Июнь"), (1, 400, "Отчет")]]
    known = [(60.0, 95.0), (210.0, 245.0), (300.0, 345.0)]
    table = find_stream_tables(_chars(row + below), [], known=known)[0]
    assert len(table.strips) == 3 and [len([c for c in r.cells if c]) for r in table.rows] == [4]


def test_a_column_empty_in_a_piece_keeps_the_known_strips_on_either_side():
    """The expected-result column is empty in every row of this piece: the white strip of the body runs
    from the deadline's left gap over to the executors'; each known gap stays a gap of its own."""
    rows = [(line, x, text) for line, x, text in [
        (0, 40, "1."), (0, 100, "Мониторинг кадров"), (0, 250, "Май"), (0, 450, "Отдел"),
        (1, 100, "школ района"), (1, 450, "кадров"),
        (2, 40, "2."), (2, 100, "Диагностика"), (2, 250, "Июнь"), (2, 450, "Центр")]]
    known = [(60.0, 95.0), (200.0, 245.0), (300.0, 345.0), (400.0, 445.0)]
    table = find_stream_tables(_chars(rows), [], known=known)[0]
    assert len(table.strips) == 4 and table.strips[2][1] < table.strips[3][0]
    assert [len([c for c in r.cells if c]) for r in table.rows] == [5, 5]


_ROWS = [(0, 40, "1."), (0, 100, "Совещание"), (0, 250, "Сентябрь"), (0, 350, "Отдел"),
         (1, 40, "2."), (1, 100, "Семинар"), (1, 250, "Май"), (1, 350, "Школы")]


@pytest.mark.parametrize(("spaced", "one_table"), [
    ([(3, 100, "Участие в"), (4, 100, "работе")], True),  # a measure without a number, set a blank line apart
    ([(3, 40, "3."), (3, 100, "Раздел"), (4, 100, "второй")], True),  # a numbered section's title
    ([(3, 40, "Таблица кончилась, дальше идёт текст")], False),  # a paragraph from the margin
])
def test_a_row_a_blank_line_apart_that_keeps_to_the_columns_stays_in_the_table(spaced, one_table):
    after = [(6 + line, x, text) for line, x, text in _ROWS]
    tables = find_stream_tables(_chars(_ROWS + spaced + after), [])
    assert (len(tables) == 1) is one_table
    if one_table:
        tops = [round(row.bbox[1] + 1) for row in tables[0].rows]
        assert tops[0] == 100 and {142, 184} <= set(tops)  # the spaced row is a row of its own


def test_a_page_opening_with_a_headers_rest_and_a_section_goes_on_with_the_table():
    """The page before cut the header after its first line: its rest opens this page, then a section's
    title across the columns, then the body; all one table in the columns carried over."""
    rest = [(0, 100, "мероприятия"), (0, 350, "результат")]
    section = [(1, 40, "1. Мероприятия по повышению качества образования")]
    body = [(2 + line, x, text) for line, x, text in _ROWS]
    carried = [(55.0, 95.0), (220.0, 245.0), (320.0, 345.0)]
    tables = find_stream_tables(_bold(rest) + _chars(section + body), [], carried=carried)
    assert len(tables) == 1 and round(tables[0].bbox[1] + 1) == 100


def test_a_label_past_the_tables_right_edge_at_the_page_top_is_no_cell():
    """The page opens with "Приложение 4", right-aligned on the page, starting where the last column's
    text starts by chance, then a blank line: past the right edge of the table carried over it is no
    cell's last line (one ending within the table is)."""
    label = _chars([(0, 350, "Приложение 4")])  # ends at 408
    body = [(3 + line, x, text) for line, x, text in _ROWS]
    carried = [(55.0, 95.0), (220.0, 245.0), (320.0, 350.0)]
    tops = [round(t.bbox[1] + 1) for t in find_stream_tables(label + _chars(body), [], carried=carried, right=390.0)]
    assert 100 not in tops
    tops = [round(t.bbox[1] + 1) for t in find_stream_tables(label + _chars(body), [], carried=carried, right=420.0)]
    assert 100 in tops


def test_a_word_space_one_line_of_a_lone_row_shows_is_no_column():
    """A row alone under a section title: its deadline's first line shows two words far apart (a scan's
    reading lost the dash between them); no other line parts that column there. The known columns hold."""
    row = [(0, 40, "7."), (0, 100, "Конкурс"), (0, 250, "Апрель"), (0, 292, "июнь"), (0, 360, "Отдел"),
           (1, 100, "чтецов"), (1, 360, "культуры"), (2, 100, "района"), (2, 360, "школы")]
    known = [(60.0, 95.0), (210.0, 245.0), (335.0, 355.0)]
    table = find_stream_tables(_chars(row), [], known=known)[0]
    assert len(table.strips) == 3
    assert [len([c for c in r.cells if c]) for r in table.rows] == [4]


def test_a_gap_two_lines_show_inside_a_known_column_stays_a_column():
    """Two rows whose deadline and form columns part inside what was one known column: a table of its own."""
    rows = [(0, 40, "1."), (0, 100, "Семинар"), (0, 250, "Май"), (0, 300, "очно"), (0, 360, "Отдел"),
            (1, 40, "2."), (1, 100, "Конкурс"), (1, 250, "Июнь"), (1, 300, "онлайн"), (1, 360, "Школы")]
    known = [(60.0, 95.0), (210.0, 245.0), (335.0, 355.0)]
    table = find_stream_tables(_chars(rows), [], known=known)[0]
    assert len(table.strips) == 4
