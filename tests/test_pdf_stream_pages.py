"""Unruled tables going on from page to page (parsers.pdf.stream): which columns a page keeps of those
the page before read, when its own body shows them otherwise."""

from __future__ import annotations

from line_glyphs import line_chars

from parsers.pdf.stream import find_stream_tables

# number x 40 | name x 100 | deadline x 250 | executors x 350 | result x 450
_CARRIED = [(55.0, 95.0), (200.0, 245.0), (300.0, 345.0), (420.0, 445.0)]
_HEADER = [(0, 40, "№"), (0, 100, "Мероприятия"), (0, 250, "Срок"), (0, 350, "Ответственные"), (0, 450, "Планируемый"),
           (1, 250, "исполнения"), (1, 350, "исполнители"), (1, 450, "результат")]


def _bold(cells):
    return [dict(ch, fontname="Arial-Bold") for ch in line_chars(cells)]


def _page(rest_of_result: str, results: bool = False) -> list[dict]:
    """A repeated header, then the rest of the row the page cut (name, and a word of the result), then
    rows whose result cells are empty unless `results`: no other line shows where that column starts."""
    body = [(2, 100, "компетенций"), (2, 450, rest_of_result), (3, 100, "работников")]
    for k in range(5):
        top = 4 + 2 * k
        body += [(top, 40, str(4 + k)), (top, 100, "Совещания"), (top, 250, "В течение"), (top, 350, "МКУ «Центр"),
                 (top + 1, 100, "по вопросам"), (top + 1, 350, "развития»")]
        if results:
            body.append((top, 450, "Отчёт"))
    return _bold(_HEADER) + line_chars(body)


def test_a_word_alone_in_the_last_column_keeps_the_column_carried_over():
    """Text standing wholly inside the white the page's own body leaves (a word the cut row ran over
    into the result column) is a column's, not a gap's: the columns carried over stay, and the header
    repeated at the top keeps its five cells."""
    table = find_stream_tables(_page("педагога"), [], carried=_CARRIED)[0]
    assert table.strips == _CARRIED
    assert sum(box is not None for box in table.rows[0].cells) == 5


def test_a_page_whose_body_shows_its_own_gaps_refines_the_columns_carried_over():
    """Where the result column holds rows of its own, the page's own white gaps, one for each column
    carried over, are taken (the result gap runs up to where the result's text starts)."""
    table = find_stream_tables(_page("педагога", results=True), [], carried=_CARRIED)[0]
    assert len(table.strips) == 4 and table.strips[-1][1] == 449
    assert sum(box is not None for box in table.rows[0].cells) == 5


def test_a_column_number_centred_in_a_gap_is_no_text_of_the_body():
    """The row numbering the columns under a repeated header stands centred in each column's header;
    the number column's "1" then stands inside the white its left-aligned body numbers leave: that is
    no word run over from a cut row, and the page's own gaps refine the columns carried over."""
    numbers = [(2, 60, "1"), (2, 130, "2"), (2, 260, "3"), (2, 360, "4"), (2, 460, "5")]
    shifted = [dict(ch, top=ch["top"] + 14.0, bottom=ch["bottom"] + 14.0)
               for ch in _page("педагога", results=True) if ch["fontname"] == "Arial"]
    page = _bold(_HEADER) + line_chars(numbers) + shifted
    table = find_stream_tables(page, [], carried=_CARRIED)[0]
    assert len(table.strips) == 4 and table.strips[-1][1] == 449
    assert table.strips[0][0] < 60 < table.strips[0][1]


def _opening_inside_a_row(tail: str) -> list[dict]:
    """A page opening inside a row: its name and result cells' last lines, a line of the name lost
    (a lone ")" a scan's reading drops looks like a blank line), the name's last lines (`tail` among
    them), then the next rows with their numbers."""
    cells = [(0, 100, "реализации"), (0, 350, "организации"), (1, 100, "продвижения"), (1, 350, "уровня"),
             (2, 100, "значимых"), (4, 100, "деятельности"), (5, 100, tail), (6, 100, "проектах")]
    for k, number in enumerate(("2.8.", "2.9.")):
        top = 7 + 2 * k
        cells += [(top, 40, number), (top, 100, "Организация"), (top, 250, "Департамент"), (top, 350, "Вовлечение"),
                  (top, 450, "Май 2022 г."), (top + 1, 100, "участия"), (top + 1, 250, "образования"),
                  (top + 1, 350, "обучающихся")]
    return line_chars(cells)


def test_lines_after_a_lost_line_that_keep_to_the_columns_go_on_with_the_row_the_page_opened_in():
    """The lines after the gap keep to the name column (one runs a little into the white right of it,
    short of the next column's text) and the numbered rows follow: one table, no paragraphs. The page
    showed no first column above the gap: the rows' numbers start left of every line there."""
    carried = [(60.0, 100.0), (175.0, 250.0), (310.0, 350.0), (410.0, 450.0)]
    for tail in ("добровольческой", "общеобразовательных"):
        tables = find_stream_tables(_opening_inside_a_row(tail), [], carried=carried)
        assert len(tables) == 1 and tables[0].bbox[3] > 100 + 14 * 9


def test_a_page_of_one_cell_that_lost_two_lines_stays_that_cell():
    """A page that a long name cell fills alone, two of its lines lost (lone marks a scan's reading
    drops): every line keeps to the name column down to the page's end, so the table the page before
    left open goes on to the last line; no paragraph under it."""
    carried = [(60.0, 100.0), (175.0, 250.0), (310.0, 350.0), (410.0, 450.0)]
    words = ["реализации", "продвижения", "значимых", None, "проектов", "деятельности", None, "участию", "проектах"]
    page = line_chars([(k, 100, w) for k, w in enumerate(words) if w])
    tables = find_stream_tables(page, [], carried=carried)
    assert len(tables) == 1 and tables[0].bbox[3] > 100 + 14 * 8


def _five_rows(numbers_apart: bool) -> list:
    """Five two-line rows of name, deadline, executor and result; the item number a word of its own at x 75
    (a filled number column) or opening the name (stacked measures leave the number column empty)."""
    body = []
    for k in range(5):
        top = 2 * k
        apart = [(top, 75, f"{k + 1}."), (top, 110, "Совещания")]
        opening = apart if numbers_apart else [(top, 110, f"{k + 1}. Совещания")]
        body += opening + [(top, 250, "В течение"), (top, 350, "МКУ «Центр"), (top, 450, "Отчёт"),
                           (top + 1, 110, "по вопросам"), (top + 1, 350, "развития»")]
    return body


def test_a_first_column_the_page_leaves_empty_keeps_its_strip_while_the_rest_are_refined():
    """Measures stacked in one row carry their numbers in the name cell: a page of them leaves the number
    column empty and shows one gap fewer than the header at the page foot before handed over (a header's
    gaps are wider than its body's: here the last one runs into the results' text). The empty column's
    strip is kept, cut back to where the text starts, and the page's own gaps refine the others."""
    header_strips = [(55.0, 115.0), (200.0, 245.0), (300.0, 345.0), (420.0, 460.0)]
    body = _five_rows(numbers_apart=False)
    table = find_stream_tables(line_chars(body), [], carried=header_strips)[0]
    assert len(table.strips) == 4 and table.strips[0] == (55.0, 109.0)
    assert table.strips[-1][1] == 449  # the result column starts where its text does


def test_numbers_standing_inside_the_carried_first_strip_are_no_empty_column():
    """Numbers printed further right than the pages before printed them stand inside the first strip
    carried over; the page's own first gap, between them and the names, overlaps that strip: it is that
    gap, and the number column is no empty column kept beside it."""
    carried = [(52.0, 105.0), (200.0, 245.0), (300.0, 345.0), (420.0, 445.0)]
    body = _five_rows(numbers_apart=True)
    table = find_stream_tables(line_chars(body), [], carried=carried)[0]
    assert len(table.strips) == 4 and table.strips[0][0] > 75  # the own gap after the numbers


def test_a_page_leaving_the_first_column_empty_takes_the_gap_the_header_carried_over_misses():
    """A header at the page foot before, its group cell ("Организация исполнения") over the deadline and
    the executors, hands over no strip between them; a page of stacked measures (the number column left
    empty) shows that gap, besides one for each strip carried over: the page takes its own gaps (the
    empty column's strip kept), as a page filling the number column does."""
    header_strips = [(55.0, 115.0), (200.0, 245.0), (420.0, 460.0)]
    body = _five_rows(numbers_apart=False)
    table = find_stream_tables(line_chars(body), [], carried=header_strips)[0]
    assert len(table.strips) == 4 and table.strips[0] == (55.0, 109.0)
    assert any(a < 325 < b for a, b in table.strips)  # the deadline and the executors apart


def test_a_header_gap_right_of_where_the_body_column_starts_gives_way_to_the_pages_own_gap():
    """A two-row header alone at the page foot before hands over its own gaps; one of them lies between
    header words centred in their cells, right of where the result column's text starts ("Отчёт" at
    x 450), so it runs into the next page's text. The page's own gaps, one for each strip carried over,
    the others overlapping theirs, are taken: the results stay apart from the executors."""
    carried = [*_CARRIED[:3], (455.0, 470.0)]
    table = find_stream_tables(_page("педагога", results=True), [], carried=carried)[0]
    assert len(table.strips) == 4 and table.strips[-1][1] == 449
    assert sum(box is not None for box in table.rows[0].cells) == 5


def _cell_then_section(after_title: list[tuple[int, float, str]]) -> list[dict]:
    """A row whose long name cell runs on alone, one of its lines lost (a lone comma a scan's reading
    drops looks like a blank line), two more of its lines, then a bold section title across the
    table at its left edge, then what `after_title` puts under it."""
    cells = [(0, 40, "1.7."), (0, 100, "Внедрение"), (0, 250, "Весь период"), (0, 350, "Управление"),
             (0, 450, "Отчёт"), (1, 100, "модели"), (1, 350, "школы"),
             (2, 40, "1.8."), (2, 100, "Проведение"), (2, 250, "Май 2022"), (2, 350, "Управление"),
             (2, 450, "Приказы"), (3, 100, "городских"), (3, 450, "о конкурсах"), (4, 100, "конкурсов"),
             (6, 100, "развития"), (7, 100, "школьников")]
    return line_chars(cells) + _bold([(8, 40, "2. Поддержка ученического самоуправления в школах города")]) \
        + line_chars(after_title)


def test_the_rest_of_a_cell_after_a_lost_line_runs_on_to_a_section_title_and_its_rows():
    """Lines after the gap that keep to the name column, then a section's title at the table's left
    edge with numbered rows right under it: all one table (the rest of 1.8's name stays in its row)."""
    rows = [(9, 40, "2.1."), (9, 100, "Выборы"), (9, 250, "Октябрь"), (9, 350, "Школы"), (9, 450, "Советы"),
            (10, 100, "советов"), (10, 350, "города")]
    tables = find_stream_tables(_cell_then_section(rows), [])
    assert len(tables) == 1 and tables[0].bbox[3] > 100 + 14 * 10


def test_lines_after_a_gap_then_a_bold_heading_over_a_paragraph_end_the_table():
    """The same lines after the gap, then a bold heading over a paragraph (no rows in the columns):
    the table ends at the gap, as a blank line ends it."""
    text = [(9, 40, "Настоящий план утверждается приказом управления образования")]
    tables = find_stream_tables(_cell_then_section(text), [])
    assert tables and tables[0].bbox[3] < 100 + 14 * 5
