"""Words a narrow column or a page cut without a hyphen, and text under a table's bottom rule."""

from __future__ import annotations

from dataclasses import replace

import pdfplumber
import pytest
from layouts.spec import FILES

from normalizers.language import is_function_word, is_known_word, is_link_word, is_word_form
from parsers.model import Cell, Paragraph, PrintedLine, Row, Table
from parsers.pdf.forcedbreaks import close_forced_breaks
from parsers.pdf.pagecuts import mark_page_cuts
from parsers.pdf.ruled_foot import drop_unruled_foot
from parsers.pdf.stream import find_stream_tables
from parsers.pdf.text import TextLine, text_lines
from parsers.settings import current
from pipeline.structure.cut import join_cut

GLYPH = 7.5  # points a glyph of these lines is wide
BOX = (150.0, 250.0)  # the cell's left and right edge; text starts 5 points in


def _line(text: str, top: float, room: float | None = None, space: float = 0.0) -> TextLine:
    """A printed line of the cell; `room`: how far short of the right text edge it stops; `space`: the
    width of the space glyph printed after it."""
    x1 = BOX[1] - 5 - room if room is not None else 155 + GLYPH * len(text)
    return TextLine(text, 155.0, x1, top, top + 10, 12.0, False, space)


def _read(first: str, second: str, room: float) -> list[str]:
    lines = [_line(first, 0, room), _line(second, 14)]
    tight = (is_word_form, is_function_word, is_link_word)
    return [ln.text for ln in close_forced_breaks(lines, BOX, is_known_word, tight)]


def test_a_word_cut_where_no_glyph_more_fitted_is_closed():
    assert _read("юнармейског", "о движения", room=4.0) == ["юнармейского движения"]
    assert _read("радикализац", "ии протестных", room=4.0) == ["радикализации протестных"]
    assert _read("волонтерств", "а) в школах", room=4.0) == ["волонтерства) в школах"]  # "а)" ends a word
    assert _read("неуспешно", "сти обучающихся", room=4.0) == ["неуспешности обучающихся"]  # a word, no ending
    assert _read("http://единый", "урок.рф", room=4.0) == ["http://единыйурок.рф"]
    # a hyphenated word too wide for the column, broken before its hyphen
    assert _read("сентябрь", "-октябрь", room=4.0) == ["сентябрь-октябрь"]
    # ... a year after the hyphen ("предпринимательства-2020»"); with room to spare the line ended there
    assert _read("предпринимательства", "-2020» НП", room=4.0) == ["предпринимательства-2020» НП"]
    assert _read("предпринимательства", "-2020» НП", room=30.0) == ["предпринимательства", "-2020» НП"]
    # a compound typed with a space after its hyphen, pushed over before the hyphen
    assert _read("информационно", "- методической", room=4.0) == ["информационно- методической"]
    assert _read("информационно", "- методической", room=30.0) == ["информационно", "- методической"]
    assert _read("мероприятий", "- конкурсов", room=4.0) == ["мероприятий", "- конкурсов"]  # no linking vowel
    assert _read("вдохновение", "- новой России", room=4.0) == ["вдохновение", "- новой России"]  # a noun, a dash
    lines = [_line("материально", 0, 2.0), _line("-", 14, space=3.0), _line("технической базы", 28)]
    tight = (is_word_form, is_function_word, is_link_word)
    joined = [ln.text for ln in close_forced_breaks(lines, BOX, is_known_word, tight)]
    assert joined == ["материально- технической базы"]
    # a word the column cut twice, its head no word the dictionary knows: a one-letter rest is its ending
    lines = [_line("сформир", 0, 4.0), _line("ованност", 14, 4.0), _line("и предметных", 28)]
    tight = (is_word_form, is_function_word, is_link_word)
    assert [ln.text for ln in close_forced_breaks(lines, BOX, is_known_word, tight)] == ["сформированности предметных"]
    # a word before a compound's linking vowel glued to its hyphen
    assert _read("психолог", "о-педагогической помощи", room=4.0) == ["психолого-педагогической помощи"]


def test_a_whole_word_before_the_next_stays_apart():
    # a head the dictionary does not know before a whole word, a preposition or a conjunction
    assert _read("радикализации", "протестных настроений", room=4.0) == ["радикализации", "протестных настроений"]
    assert _read("тьюторов", "и руководителей", room=4.0) == ["тьюторов", "и руководителей"]
    # a long head the dictionary lacks before a preposition of two letters: two words
    assert _read("квазитьюторизации", "на уровне школ", room=4.0) == ["квазитьюторизации", "на уровне школ"]
    # room for a glyph more: the renderer did not have to cut
    assert _read("юнармейског", "о движения", room=10.0) == ["юнармейског", "о движения"]
    assert _read("потенциала", "-развитие кадров", room=10.0) == ["потенциала", "-развитие кадров"]  # a bullet
    assert _read("научных знаний", "-физическое", room=4.0) == ["научных знаний", "-физическое"]
    # a word, then a preposition of its own, though the join spells a word ("процедурна")
    assert _read("процедур", "на официальных", room=4.0) == ["процедур", "на официальных"]
    assert _read("практику", "мы", room=4.0) == ["практикумы"]  # a pronoun may be a word's ending


def test_office_renderers_print_the_space_they_broke_a_line_at_when_it_fits():
    """A generated layout (LibreOffice, DejaVu Sans 14pt): the name column of the first page."""
    with pdfplumber.open(FILES / "L12_002.pdf") as pdf:
        lines = text_lines([c for c in pdf.pages[0].chars if 150 < c["x0"] < 250])
    space = {ln.text: ln.end_space for ln in lines}
    assert 4 < space["Разработка"] < 5 and 4 < space["графика"] < 5  # broken at a space
    assert space["государств"] == space["образовате"] == 0  # a word cut by the column
    assert space["подготовки"] == 0  # "подготовки|и": the word filled the line, no room for a space


def _spaced(*lines: tuple[str, float, float]) -> list[str]:
    """Lines (text, room, printed space) of a cell read with the space glyphs' evidence."""
    printed = [_line(text, 14 * i, room, space) for i, (text, room, space) in enumerate(lines)]
    return [ln.text for ln in close_forced_breaks(printed, BOX, is_known_word, (is_word_form, is_function_word,
                                                                              is_link_word))]


def test_a_cell_whose_breaks_carry_a_space_glyph_tells_a_cut_word_by_its_missing_space():
    # room for the space the other breaks carry, none printed: a cut, though "и" is a word of its own
    assert _spaced(("Снижение", 30, 4), ("неуспешност", 9, 0), ("и обучающихся", 20, 0)) == [
        "Снижение", "неуспешности обучающихся"]
    assert _spaced(("треке", 40, 4), ("«PRO_актив5", 6, 0), ("2», в целях", 20, 0)) == [
        "треке", "«PRO_актив52», в целях"]
    # a line opening with a list number opens a paragraph: a measure stacked under the one above
    assert _spaced(("оценки", 40, 4), ("образования", 6, 0), ("2.2.", 60, 0), ("Проведение", 20, 0)) == [
        "оценки", "образования", "2.2.", "Проведение"]
    # ...but a paragraph ends there with no space glyph (a stacked cell): two words whose join is none stay apart
    assert _spaced(("Отдел", 40, 4), ("ноябрь-апрель", 6, 0), ("октябрь, ноябрь", 20, 0)) == [
        "Отдел", "ноябрь-апрель", "октябрь, ноябрь"]
    # the space printed: two words, though the dictionary knows "процедурна"
    assert _spaced(("оценочных", 10, 4), ("процедур", 1, 4), ("на сайтах", 20, 0)) == [
        "оценочных", "процедур", "на сайтах"]
    # a dash before the space the line broke at stays apart from the number after it; one without it does not
    assert _spaced(("2021 г.–", 10, 4), ("0,337;", 20, 0)) == ["2021 г.– 0,337;"]
    assert _spaced(("Отдел", 40, 4), ("совещания –", 10, 0), ("МООУСО, ОО", 20, 0)) == [
        "Отдел", "совещания –МООУСО, ОО"]
    # no room for the space: the glyphs cannot tell, the dictionary decides ("подготовки|и")
    assert _spaced(("Разработка", 10, 4), ("подготовки", 2, 0), ("и проведения", 20, 0)) == [
        "Разработка", "подготовки", "и проведения"]
    # ...a long head it does not know filling the line is a cut word, even before a conjunction's letter
    assert _spaced(("противодействие", 30, 4), ("кибербуллинг", 1, 0), ("а в школе", 20, 0)) == [
        "противодействие", "кибербуллинга в школе"]
    assert _spaced(("экзамены", 30, 4), ("ГИА", 1, 0), ("и ЕГЭ", 20, 0)) == ["экзамены", "ГИА", "и ЕГЭ"]
    # ...a tail it does not know is a cut word's rest, unless the column cut that line again
    assert _spaced(("уровня", 30, 4), ("сформирован", 1, 0), ("ности предметных", 20, 0)) == [
        "уровня", "сформированности предметных"]
    assert _spaced(("Организация", 30, 4), ("Привлечение", 1, 0), ("руководител", 1, 0), ("ей ОО", 20, 0)) == [
        "Организация", "Привлечение", "руководителей ОО"]
    assert _spaced(("участия", 30, 4), ("деятельности", 1, 0), ("стажерских площадок", 20, 0)) == [
        "участия", "деятельности", "стажерских площадок"]  # a word the dictionary lacks, not an ending
    # no room for the space, an abbreviation in quotes cut in its capitals: the next line closes the quote
    assert _spaced(("ГБУ ПО", 30, 4), ("«ЦППМиСПП", 1, 0), ("О» БПК БР", 20, 0)) == ["ГБУ ПО", "«ЦППМиСППО» БПК БР"]
    assert _spaced(("ГБУ ПО", 30, 4), ("«ЦППМиСПП", 1, 0), ("«ОО» БПК", 20, 0)) == ["ГБУ ПО", "«ЦППМиСПП", "«ОО» БПК"]
    assert _spaced(("ГБУ ПО", 30, 4), ("«Школа", 1, 0), ("РОСАТОМ»", 20, 0)) == ["ГБУ ПО", "«Школа", "РОСАТОМ»"]


def test_a_paragraph_ending_near_the_edge_stays_apart_from_a_preposition_a_number_or_a_word_cut_again():
    """Room for the space the cell's wraps carry and none printed, less than a glyph and a half: a
    cut or a paragraph's end (a stacked cell). A word before a preposition of its own, a word of
    letters before digits, a word before a word the column cut once more end their paragraphs."""
    assert _spaced(("Отдел", 40, 4), ("рекомендации", 6, 0), ("по плану", 20, 0)) == ["Отдел", "рекомендации",
                                                                                        "по плану"]
    assert _spaced(("Отдел", 40, 4), ("периода", 6, 0), ("2021 г.", 20, 0)) == ["Отдел", "периода", "2021 г."]
    assert _spaced(("Отдел", 40, 4), ("функционирования", 6, 0), ("профилак", 1, 0), ("тика учебной", 20, 0)) == [
        "Отдел", "функционирования", "профилактика учебной"]
    assert _spaced(("Отдел", 40, 4), ("проект", 6, 0), ("ировани", 1, 0), ("я школ", 20, 0)) == [
        "Отдел", "проектирования школ"]  # one word cut twice: the pieces join into a word


def test_a_word_cut_by_a_page_is_closed_after_a_quote_and_before_a_hyphen():
    assert join_cut("ФП «Патриотиче", "ское воспитание»") == "ФП «Патриотическое воспитание»"
    assert join_cut("информационн", "о-телекоммуникационных сетей") == "информационно-телекоммуникационных сетей"
    assert join_cut("по", "данным опроса") == "по\nданным опроса"
    # neither piece a word, the join a word behind a prefix the dictionary lacks
    assert join_cut("дополнительные общеразви", "вающие программы") == "дополнительные общеразвивающие программы"
    assert join_cut("для ОО", "работников") == "для ОО\nработников"
    assert join_cut("Распоряжения", "/приказы управления") == "Распоряжения/приказы управления"
    assert join_cut("приказы", "/ распоряжения") == "приказы\n/ распоряжения"
    # a comma pushed over the page after a closing quote
    assert join_cut('МКУ "Центр развития образования"', ", отдел") == 'МКУ "Центр развития образования", отдел'
    # pieces the dictionary knows as words ("елями"): joined where the page's geometry left the break
    # open, kept apart after a wrap's space or before a preposition
    assert join_cut("совещания с заместит", "елями директоров", mid_word=True) == "совещания с заместителями директоров"
    assert join_cut("совещания с заместит", "елями директоров") == "совещания с заместит\nелями директоров"
    assert join_cut("оценочных процедур", "на сайтах", mid_word=True) == "оценочных процедур\nна сайтах"


def test_text_under_the_bottom_rule_of_a_table_ruled_row_by_row_is_no_row():
    """A generated layout: rules under every row, "Приложение 2" right-aligned under the table."""
    with pdfplumber.open(FILES / "L06_001.pdf") as pdf:
        page = pdf.pages[5]
        found = find_stream_tables(page.chars, page.horizontal_edges)
        table = next(t for t in found if _text(page, t.rows[-1].bbox).startswith("Приложение"))
        kept = drop_unruled_foot(table, page.chars, page.horizontal_edges, current())
    assert len(kept.rows) == len(table.rows) - 1
    assert not _text(page, kept.rows[-1].bbox).startswith("Приложение")
    assert kept.bbox[3] < min(c["top"] for c in page.chars if c["text"] == "П" and c["top"] > kept.bbox[3] - 1)


def _text(page, box) -> str:
    return "".join(c["text"] for c in page.chars
                   if box[1] <= (c["top"] + c["bottom"]) / 2 <= box[3] and box[0] <= c["x0"] <= box[2]).strip()


def _measures(name: str, fmt: str) -> list[dict]:
    """A generated layout's measures as tests/test_layouts.py read them (once per run for both files)."""
    from gold_compare import norm
    from test_layouts import CATALOG, layout_score

    rows = layout_score(next(layout for layout in CATALOG if layout.name == name), fmt).measures
    return [{k: norm(v, "pdf") if isinstance(v, str) else v for k, v in r.items()} for r in rows]


@pytest.mark.slow  # reads two whole layouts in both formats
def test_a_row_of_its_own_at_a_page_start_stays_a_measure():
    """Generated layouts where a row without a number, its name alone, opens a page: the PDF keeps it
    apart as the DOCX does, and a row the page cut still joins its measure."""
    for name in ("L20_000", "L01_001"):
        from_pdf, from_docx = _measures(name, "pdf"), _measures(name, "docx")
        assert [m["number"] for m in from_pdf] == [m["number"] for m in from_docx], name


@pytest.mark.slow  # reads a whole layout in both formats
def test_a_merged_cell_cut_by_a_page_gives_every_row_its_whole_text():
    """A generated layout with executors merged down over rows and pages."""
    from_pdf, from_docx = _measures("L24_004", "pdf"), _measures("L24_004", "docx")
    assert len(from_pdf) == len(from_docx)
    assert [m["executors"] for m in from_pdf] == [m["executors"] for m in from_docx]


def test_a_page_holding_the_rest_of_one_row_ruled_above_and_below_is_one_row():
    """A generated layout ruled row by row (S07_002, page 5): one stacked row fills the page, its
    measures' numbered lines under lines that ended; the rule over the page's first line says the
    body is ruled, so an ended line parts no row."""
    with pdfplumber.open(FILES / "S07_002.pdf") as pdf:
        page = pdf.pages[4]
        found = find_stream_tables(page.chars, page.horizontal_edges)
    assert [len(t.rows) for t in found] == [1]


def _cell(x0: float, top: float, bottom: float, lines: int, pitch: float = 14.0, text: str = "слово") -> Cell:
    """A ruled cell from x0 (100 points wide) with `lines` printed lines from its top, `pitch` apart."""
    printed = [PrintedLine(text, top + 2 + k * pitch, top + 12 + k * pitch, x0 + 3, x0 + 60) for k in range(lines)]
    return Cell("\n".join(ln.text for ln in printed), [text] if lines else [], lines=printed,
                box=(x0, top, x0 + 100, bottom))


def _page_row(bottom: float, closed_at: int, page: int = 1) -> Table:
    """The last row of a page: four lines in the first two cells, `closed_at` lines in the third."""
    top = bottom - 56
    cells = [_cell(0, top, bottom, 4), _cell(100, top, bottom, 4), _cell(200, top, bottom, closed_at)]
    return Table([Row(cells, page=page)], page_start=page, page_end=page)


def _next_page(*texts: str) -> Table:
    cells = [_cell(100 * k, 57, 90, 1 if t else 0, text=t) for k, t in enumerate(texts)]
    return Table([Row(cells, page=2)], page_start=2, page_end=2)


def test_a_page_start_row_goes_on_the_row_the_page_cut_only_under_its_open_cells():
    """Page 1 ends at its foot (726) with a row whose first two cells ran to its bottom and whose third
    stopped after one line: the next page's first row goes on it under the first two cells only."""
    for texts, expected in ((("", "деятельности", ""), True), (("", "деятельности", "Май"), False)):
        nxt = _next_page(*texts)
        before = _page_row(726, 1)
        mark_page_cuts([before, nxt])
        assert nxt.rows[0].continued is expected
        assert before.rows[-1].cut is expected  # the row the page cut knows its rest opens the next page
    nxt = _next_page("", "Участие", "")  # page 1 ended two lines short of the foot another page reaches
    mark_page_cuts([_page_row(690, 1), nxt, Paragraph("текст", page=2), _page_row(726, 1, page=3)])
    assert nxt.rows[0].continued is False


def _spaced_ends(table: Table, cell: int, last: float) -> Table:
    """The cell's lines carry the wrap's space (3.5 points), its last line `last`."""
    lines = table.rows[-1].cells[cell].lines
    lines[:] = [replace(ln, end_space=3.5) for ln in lines[:-1]] + [replace(lines[-1], end_space=last)]
    return table


def test_the_wrap_space_under_a_cut_row_tells_whether_its_cells_go_on():
    """LibreOffice prints the space it wraps a line at: a name cell whose last line at the page's foot
    carries it goes on (the row under is its rest, whatever its words); one whose last line has room
    for the space and none may have ended there, a sign only (None), as a page's last line may lack the
    space: text under a cell that stopped short above is what says no (False)."""
    for last, continued, wrapped in ((3.5, True, True), (0.0, None, False)):
        nxt = _next_page("", "Интернет на платформе", "")
        mark_page_cuts([_spaced_ends(_page_row(726, 1), 1, last), nxt])
        assert (nxt.rows[0].continued, nxt.rows[0].wrapped) == (continued, wrapped)
    # an unruled column: its box reaches into the white strip on its left; the text edge the reader
    # kept (cell.right) says the last line had room for the space
    table = _spaced_ends(_page_row(726, 1), 1, 0.0)
    cell = table.rows[-1].cells[1]
    cell.box, cell.right = (40.0, *cell.box[1:]), 197.0
    nxt = _next_page("", "Участие руководителей", "")
    mark_page_cuts([table, nxt])
    assert nxt.rows[0].continued is None
    nxt = _next_page("", "Интернет на платформе", "")  # no space anywhere: the glyphs tell nothing
    mark_page_cuts([_page_row(726, 1), nxt])
    assert (nxt.rows[0].continued, nxt.rows[0].wrapped) == (True, False)


def test_a_header_printed_again_at_a_page_top_is_passed_over():
    header = Row([Cell("№"), Cell("Наименование"), Cell("Срок")], page=1)
    again = Row([Cell("№"), Cell("Наименование"), Cell("Срок")], page=2)
    first = Table([header, *_page_row(726, 4).rows], page_start=1, page_end=1)
    nxt = _next_page("", "деятельности", "года")
    nxt.rows.insert(0, again)
    mark_page_cuts([first, nxt])
    assert again.continued is None and nxt.rows[1].continued is True


def test_a_header_printed_again_is_passed_over_when_its_table_opened_under_a_heading():
    """The plan's table opens under its title (the page's first block a paragraph); the next page
    repeats its header of two rows and goes on with the row the page cut, whose rest opens with a
    capital ("Школы резерва"): the repeated rows are no rest of the cut row, the row under them is."""
    header = [Row([Cell("№"), Cell("Мероприятие"), Cell("Исполнение", colspan=2)], page=1),
              Row([Cell("№"), Cell("Мероприятие"), Cell("Срок"), Cell("Исполнители")], page=1)]
    first = Table([*header, *_page_row(726, 4).rows], page_start=1, page_end=1)
    nxt = _next_page("", "Школы резерва", "")
    again = [Row([Cell(c.text, colspan=c.colspan) for c in r.cells], page=2) for r in header]
    nxt.rows[:0] = again
    mark_page_cuts([Paragraph("Приложение 1", page=1), Paragraph("План мероприятий", page=1), first, nxt])
    assert [r.continued for r in nxt.rows] == [None, None, True]
    assert first.rows[-1].cut


def test_a_row_far_under_a_ruled_header_stays_in_the_table():
    """Rules around the header only: a page's one body row, pushed well under the header's rule (a
    tall row moved to the next page), has text in several cells: a row, kept; a lone line there is
    text after the table."""
    from parsers.pdf.stream import GridRow, GridTable

    def glyphs(x: float, top: float, text: str) -> list[dict]:
        return [{"text": ch, "x0": x + 6 * k, "x1": x + 6 * k + 6, "top": top, "bottom": top + 10, "size": 10.0}
                for k, ch in enumerate(text)]

    rules = [{"x0": 50.0, "x1": 400.0, "top": y} for y in (100.0, 130.0)]
    header, body = (50.0, 100.0, 400.0, 130.0), (50.0, 130.0, 400.0, 300.0)
    cells = [(50.0, 130.0, 150.0, 300.0), (150.0, 130.0, 400.0, 300.0)]
    table = GridTable(bbox=(50.0, 100.0, 400.0, 300.0), rows=[
        GridRow([(50.0, 100.0, 150.0, 130.0), (150.0, 100.0, 400.0, 130.0)], header), GridRow(cells, body)])
    head = glyphs(55, 110, "N") + glyphs(155, 110, "Name")
    row = glyphs(55, 170, "1.") + glyphs(155, 170, "Work")
    assert len(drop_unruled_foot(table, head + row, rules, current()).rows) == 2
    lone = glyphs(155, 170, "Annex")
    assert len(drop_unruled_foot(table, head + lone, rules, current()).rows) == 1


def test_a_heading_under_the_table_reaching_past_its_text_leaves_the_last_column_its_own_edge():
    """"Приложение 2" right-aligned under a table ruled row by row reaches further right than the
    table's text: once handed back to the paragraphs, the last column ends where its own text does
    (where a reader looks for a word the column cut), not where the heading did."""
    from parsers.pdf.stream import GridRow, GridTable

    def glyphs(x: float, top: float, text: str) -> list[dict]:
        return [{"text": ch, "x0": x + 6 * k, "x1": x + 6 * k + 6, "top": top, "bottom": top + 10, "size": 10.0}
                for k, ch in enumerate(text)]

    rules = [{"x0": 50.0, "x1": 330.0, "top": y} for y in (100.0, 130.0, 160.0)]
    rows = [GridRow([(50.0, 100.0, 150.0, 130.0), (150.0, 100.0, 400.0, 130.0)], (50.0, 100.0, 400.0, 130.0)),
            GridRow([(50.0, 130.0, 150.0, 160.0), (150.0, 130.0, 400.0, 160.0)], (50.0, 130.0, 400.0, 160.0)),
            GridRow([(50.0, 180.0, 150.0, 200.0), (150.0, 180.0, 400.0, 200.0)], (50.0, 180.0, 400.0, 200.0))]
    table = GridTable(bbox=(50.0, 100.0, 400.0, 200.0), rows=rows)
    chars = (glyphs(55, 110, "1.") + glyphs(155, 110, "Совещание директоров")
             + glyphs(55, 140, "2.") + glyphs(155, 140, "Семинар") + glyphs(339, 185, "Прил 2"))
    kept = drop_unruled_foot(table, chars, rules, current())
    assert len(kept.rows) == 2
    assert kept.bbox[2] == 156 + 6 * 20  # the widest line's end and a point, as the table was read
    assert all(row.cells[1][2] == kept.bbox[2] for row in kept.rows)


def test_glyphs_a_squeezed_row_prints_over_the_row_below_go_back_to_their_cell():
    """A repeated header row drawn too short: "мероприяти" ends in its cell, its "я" falls in the cell
    below, drawn right after; a cell's own short text (a number under a section row) stays."""
    from parsers.pdf.tables import _overflow_back

    boxes = [(0, 0, 100, 20), (0, 20, 100, 60), (100, 20, 200, 60)]
    text = [("мероприяти", 0), ("я", 1), ("Разработка", 2), ("проекта", 1)]
    chars = [{"text": ch} for word, _ in text for ch in word]
    owners = [cell for word, cell in text for _ in word]
    assert _overflow_back(owners, chars, boxes) == [0] * 11 + [2] * 10 + [1] * 7
    alone = [("Раздел", 0), ("1.", 1), ("Разработка", 2)]
    chars = [{"text": ch} for word, _ in alone for ch in word]
    owners = [cell for word, cell in alone for _ in word]
    assert _overflow_back(owners, chars, boxes) == owners


def test_a_two_row_header_ruled_under_its_group_cells_only_still_rules_the_table_row_by_row():
    """Rules over the header, under its group cells (a third of the width), under the header and each row;
    "Приложение 3" stands a line under the bottom rule."""
    from parsers.pdf.stream import GridRow, GridTable

    def rule(y, x0=50.0, x1=550.0):
        return {"top": y, "x0": x0, "x1": x1}

    def text(top, x0=60.0):
        return [{"text": "а", "top": top, "bottom": top + 11, "x0": x0, "x1": x0 + 6, "size": 11.0}]

    spans = [(55, 75), (75, 133), (133, 421), (421, 614), (614, 627)]
    rows = [GridRow([(50, a, 550, b)], (50, a, 550, b)) for a, b in spans]
    table = GridTable((50, 55, 550, 627), rows, header_rows=2)
    chars = text(56) + text(76) + text(134) + text(422) + text(615, 470)
    rules = [rule(57), rule(76.5, 380), rule(134.5), rule(423), rule(596)]
    assert len(drop_unruled_foot(table, chars, rules, current()).rows) == 4
    table.header_rows = 0  # read as two rows of their own, the upper one has no rule under it
    assert len(drop_unruled_foot(table, chars, rules, current()).rows) == 5


def _glyphs(text: str, x0: float, top: float, width: float = 7.0) -> list[dict]:
    return [{"text": ch, "x0": x0 + k * width, "x1": x0 + (k + 1) * width, "top": top, "bottom": top + 10,
             "doctop": top, "size": 10.0, "fontname": "Arial"} for k, ch in enumerate(text)]


def test_the_last_line_a_squeezed_header_prints_past_its_rule_goes_back_to_its_cell():
    """A repeated header drawn too short: "исполнител|и" prints its "и" under the header's rule, at
    the height of the column numbers drawn after it; the "и" goes back to the end of its line. The
    first line of the row below (a number, then its name at the same height) stays where it is."""
    from parsers.pdf.squeezed import lift_overflow

    rule = [{"top": 98.0, "x0": 50.0, "x1": 550.0}]
    chars = _glyphs("исполнител", 391, 83) + _glyphs("и", 420, 97) + _glyphs("Форма", 489, 56) \
        + _glyphs("5", 422, 98) + _glyphs("6", 505, 98)
    lines = [ln.text for ln in text_lines(lift_overflow(chars, rule))]
    assert lines[-2:] == ["исполнители", "5 6"]
    row = _glyphs("Нормативно-правовое обеспечение", 60, 83) + _glyphs("1", 62, 97) + _glyphs("Разработка", 140, 97)
    assert lift_overflow(row, rule) == row
    # an item's number alone on the first line of the row below (a stacked entry, its words on the next line)
    stacked = _glyphs("участия выборки", 60, 83) + _glyphs("5.", 60, 97) + _glyphs("Организация", 60, 111)
    assert lift_overflow(stacked, rule) == stacked
