"""Words and rows a page cut (pipeline.structure.cut, parsers.pdf.pagecuts), and a table's edges at a
page's break: text under its bottom rule, a header printed again at a page top or squeezed over the
row below."""

from __future__ import annotations

from dataclasses import replace

import pdfplumber
import pytest
from layouts.spec import FILES

from parsers.model import Cell, Paragraph, PrintedLine, Row, Table
from parsers.pdf.pagecuts import mark_page_cuts
from parsers.pdf.ruled_foot import drop_unruled_foot
from parsers.pdf.stream import find_stream_tables
from parsers.pdf.text import text_lines
from parsers.settings import current
from pipeline.structure.cut import join_cut


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
