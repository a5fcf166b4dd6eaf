"""Generated layouts' PDF failures: a word the column cut at a page's foot, a rule that rules some cells
of a row only (the others merged down), a header cell over a column the page's body leaves empty, and
words a narrow column cut that the reader glued wrongly or left apart."""

from __future__ import annotations

from line_glyphs import line_chars

from normalizers.language import is_function_word, is_known_word, is_link_word, is_word_form
from parsers.model import Cell, PrintedLine, Row, Table
from parsers.pdf.forcedbreaks import close_forced_breaks
from parsers.pdf.hrules import boundaries, column_areas, open_columns
from parsers.pdf.pagecuts import mark_page_cuts
from parsers.pdf.stream import find_stream_tables
from parsers.settings import current
from pipeline.structure.continuation import append_cells
from pipeline.structure.cut import join_cut
from pipeline.structure.model import RawMeasure
from pipeline.structure.rows import project

_PAD = 3.0  # a cell's text starts this far in from its box


def _name_cell(texts: list[str], top: float, bottom: float, last_x1: float, space: float = 3.5) -> Cell:
    """A ruled name cell (x 100-200) whose lines carry the wrap's space glyph, the last none; the
    last line ends at `last_x1` (the text may reach x 197), the others 10 glyph widths of 7 points in."""
    lines = [PrintedLine(t, top + 2 + 14 * k, top + 12 + 14 * k, 100 + _PAD, 100 + _PAD + 7 * len(t), space)
             for k, t in enumerate(texts[:-1])]
    k = len(texts) - 1
    lines.append(PrintedLine(texts[-1], top + 2 + 14 * k, top + 12 + 14 * k, 100 + _PAD, last_x1))
    return Cell("\n".join(texts), list(texts), lines=lines, box=(100.0, top, 200.0, bottom))


def _number_cell(top: float, bottom: float) -> Cell:
    line = PrintedLine("5.", top + 2, top + 12, 3.0, 15.0)
    return Cell("5.", ["5."], lines=[line], box=(0.0, top, 100.0, bottom))


def _cut_page(last: str, last_x1: float) -> Table:
    """Page 1 ends at its foot (726) with a row whose name cell ran to the row's bottom."""
    top = 726 - 4 * 14 - 2
    cells = [_number_cell(top, 726), _name_cell(["Организация", "обучения", "молодых", last], top, 726, last_x1)]
    return Table([Row(cells, page=1)], page_start=1, page_end=1)


def _next_page(text: str) -> Table:
    line = PrintedLine(text, 59, 69, 100 + _PAD, 100 + _PAD + 7 * len(text), 0.0)
    cells = [Cell("", box=(0.0, 57.0, 100.0, 90.0)), Cell(text, [text], lines=[line], box=(100.0, 57.0, 200.0, 90.0))]
    return Table([Row(cells, page=2)], page_start=2, page_end=2)


def test_a_word_the_column_cut_at_the_page_foot_goes_on_with_the_next_pages_first_line():
    """The name cell's last line at the page's foot is one token filled to its edge: a word too wide
    for the column cut there ("стажирово|чных": neither piece a word), its rest opening the next
    page; a whole word before a one-letter preposition ("находящихся|в") stays apart."""
    for last, rest, glued in (("стажирово", "чных площадках", True), ("находящихся", "в сложной", False)):
        nxt = _next_page(rest)
        mark_page_cuts([_cut_page(last, 196.0), nxt], is_known_word)
        assert nxt.rows[0].continued is True
        assert nxt.rows[0].cells[1].rest_of_word is glued
    nxt = _next_page("чных площадках")  # the line stops well short of the edge: no word was cut there
    mark_page_cuts([_cut_page("стажирово", 170.0), nxt], is_known_word)
    assert nxt.rows[0].cells[1].rest_of_word is False


def test_a_last_line_that_carries_the_wraps_space_glyph_ends_no_cut_word():
    """"вебинарах" fills the line at the page's foot and the page goes on with "и семинарах", the
    conjunction a short ending could be; the renderer printed the space it wrapped at after it: no
    word was cut, the rest is a word of its own."""
    def rest_of_word(space: float) -> bool:
        page = _cut_page("вебинархх", 196.0)
        cell = page.rows[0].cells[1]
        last = cell.lines[-1]
        cell.lines[-1] = PrintedLine(last.text, last.top, last.bottom, last.x0, last.x1, space)
        nxt = _next_page("и семинарах")
        mark_page_cuts([page, nxt], is_known_word)
        return nxt.rows[0].cells[1].rest_of_word

    assert rest_of_word(0.0) is True  # no space glyph: "вебинархх|и" may be one word cut
    assert rest_of_word(3.5) is False


def test_a_word_cut_with_room_for_the_space_glyph_is_no_cell_ended_at_the_page_foot():
    """"несовершенно" stops 4 points short of the edge, room for the 3.5-point space the cell's
    other breaks carry and none printed, which would say the cell ended there; but the line is one
    token less than a glyph short of the edge: a cut word, so the next page's row is its rest."""
    nxt = _next_page("летних о мерах")
    mark_page_cuts([_cut_page("несовершенно", 193.0), nxt], is_known_word)
    assert nxt.rows[0].continued is True
    nxt = _next_page("Участие руководителей")  # a shorter last line may have ended its cell: no rest
    mark_page_cuts([_cut_page("молодежи", 170.0), nxt], is_known_word)
    assert nxt.rows[0].continued is None  # a sign only: a page's last line may lack the wrap's space


def test_a_word_the_page_cut_carries_the_row_over_where_only_the_missing_wrap_space_said_no():
    """"утверждаю" stops a glyph and more short of the edge, room for the wrap's space and none printed
    (a sign the cell ended); but it goes on in "щих", no word, "утверждающих" one: the page cut the
    word, so the next page's row is the rest of this one."""
    nxt = _next_page("щих результаты")
    mark_page_cuts([_cut_page("утверждаю", 187.0), nxt], is_known_word)
    assert nxt.rows[0].cells[1].rest_of_word is True
    assert nxt.rows[0].continued is True
    nxt = _next_page("Участие руководителей")
    mark_page_cuts([_cut_page("утверждаю", 187.0), nxt], is_known_word)
    assert nxt.rows[0].continued is None


def test_the_rest_of_a_cut_word_joins_its_measure_without_a_space():
    row = Row([Cell(""), Cell("чных площадках", rest_of_word=True), Cell("")], page=2)
    cells = project(row, ["number", "name", "deadline"])
    measure = RawMeasure("5", "Организация обучения\nна\nстажирово", {"deadline": "Май"}, page_start=1, page_end=1)
    append_cells(measure, cells)
    assert measure.name == "Организация обучения\nна\nстажировочных площадках"
    assert measure.page_end == 2


def _rule(x0: float, x1: float, y: float) -> dict:
    return {"x0": x0, "x1": x1, "top": y, "bottom": y}


def test_a_rule_under_some_cells_of_a_ruled_body_parts_the_rows_and_leaves_the_others_merged():
    """Rows ruled across the table; one boundary rules the number and name cells only, from the table's
    edge to the gap after the name column: the deadline and executors cells reach down over the next
    row. An underline inside a cell, ending within its column, is no boundary."""
    strips = [(40.0, 60.0), (240.0, 260.0), (380.0, 400.0)]
    box = (0.0, 90.0, 500.0, 300.0)
    rules = [_rule(-2, 502, 100), _rule(-2, 245, 150), _rule(110, 230, 200), _rule(-2, 502, 250)]
    found = boundaries(rules, box, current(), strips)
    assert [b.y for b in found] == [100, 150, 250]
    assert open_columns(found[1], column_areas(strips, box[0], box[2])) == {2, 3}
    assert [b.y for b in boundaries(rules, box, current())] == [100, 250]  # no columns known: most of the width only
    assert [b.y for b in boundaries(rules[1:3], box, current(), strips)] == []  # no row ruled whole


def _bold(cells):
    return [dict(ch, fontname="Arial-Bold") for ch in line_chars(cells)]


def test_a_header_cell_right_of_a_short_body_heads_a_column_the_page_leaves_empty():
    """A table at a page's foot: a two-row header ("Исполнение" over "Ответственный" and "Итог"), one
    measure whose result cell is empty on this page. The header's lower line holds a cell over the
    body's last column and another wholly right of the body: that is a column of its own."""
    header = [(0, 0, "№"), (0, 100, "Мероприятие"), (0, 250, "Срок"), (0, 380, "Исполнение"),
              (1, 350, "Ответственный"), (1, 450, "Итог")]
    body = [(2 + line, x, text) for line, x, text in [
        (0, 0, "1."), (0, 100, "Совещание"), (0, 250, "Сентябрь"), (0, 350, "Отдел"),
        (1, 100, "руководителей"), (1, 250, "2021"), (1, 350, "образования"),
        (2, 100, "школ"), (2, 350, "района")]]
    table = find_stream_tables(_bold(header) + line_chars(body), [])[0]
    assert len(table.strips) == 4
    assert 405 <= table.strips[-1][0] and table.strips[-1][1] < 450
    # a header word centred over the last column alone, right of a short body, heads no column more
    header = [(0, 0, "№"), (0, 100, "Мероприятие"), (0, 250, "Срок"), (0, 365, "Исполнитель")]
    short = [(1 + line, x, text) for line, x, text in [
        (0, 0, "1."), (0, 100, "Совещание"), (0, 250, "Сентябрь"), (0, 350, "ОО"),
        (1, 100, "руководителей"), (1, 250, "2021"), (1, 350, "ОО"), (2, 100, "школ")]]
    table = find_stream_tables(_bold(header) + line_chars(short), [])[0]
    assert len(table.strips) == 3


def _cell_lines(*lines: tuple[str, float, float]) -> list[str]:
    """Lines (text, x1, space glyph after it) of a cell whose text may reach x 245 (box 150-250, text
    from x 155) -> the lines the reader keeps."""
    printed = [PrintedLine(text, 14 * k, 14 * k + 10, 155.0, x1, space) for k, (text, x1, space) in enumerate(lines)]
    tight = (is_word_form, is_function_word, is_link_word)
    return [ln.text for ln in close_forced_breaks(printed, (150.0, 250.0), is_known_word, tight, 2.0)]


def test_a_quoted_name_of_letters_and_digits_cut_before_its_digits_is_closed():
    """A name glued to its digits ("«PRO_актив52»") too wide for the column: the line holding its head
    fills the edge without the space the cell's breaks carry, and the rest closes the quote."""
    assert _cell_lines(("Организация", 235.0, 4.0), ("«PRO_актив", 237.5, 0.0), ("52», в целях", 241.0, 4.0)) \
        == ["Организация", "«PRO_актив52», в целях"]
    assert _cell_lines(("Организация", 235.0, 4.0), ("«Волонтер5", 244.4, 0.0), ("2», в целях", 239.0, 4.0)) \
        == ["Организация", "«Волонтер52», в целях"]
    # a name of letters alone wrapped before a year stays two words
    assert _cell_lines(("Организация", 235.0, 4.0), ("«Точка", 244.4, 0.0), ("2030», в целях", 239.0, 4.0)) \
        == ["Организация", "«Точка", "2030», в целях"]


def test_an_address_cut_where_the_space_glyph_would_have_fitted_is_closed():
    assert _cell_lines(("Организация", 241.1, 3.9), ("http://единый", 240.8, 0.0), ("урок.рф", 208.3, 0.0)) \
        == ["Организация", "http://единыйурок.рф"]


def test_a_name_before_a_word_the_column_cut_again_stays_a_word_of_its_own():
    """"Кушевского" (a name the dictionary lacks) fills its line, "медицинск|ого" is cut once more:
    "медицинск" is the head of "медицинского", not the rest of the name."""
    assert _cell_lines(("филиалом", 203.6, 3.6), ("Кушевского", 242.0, 0.0), ("медицинск", 241.0, 0.0),
                       ("ого колледжа", 220.0, 3.6)) == ["филиалом", "Кушевского", "медицинского колледжа"]


def test_a_doubled_sign_cut_by_a_page_is_closed():
    assert join_cut("МБОУ Школы №", "№ 10, 17", mid_word=True) == "МБОУ Школы №№ 10, 17"
    assert join_cut("МБОУ Школы №", "10, 17", mid_word=True) == "МБОУ Школы №\n10, 17"
