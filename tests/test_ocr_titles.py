"""Plan titles on scans: the text between two table grids on a page, and a heading printed bold in part."""

from __future__ import annotations

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from conftest import corpus_file
from degrade import make_scan

from parsers import ocr
from parsers.model import Cell, Document, Paragraph, Row, Table
from parsers.ocr import engine, grid, image, page
from pipeline.structure import build_structure
from pipeline.structure.headers import is_column_numbering, read_header
from pipeline.structure.titles import choose_title, unmarked

HEADER = ["№ п/п", "Наименование мероприятия", "Сроки", "Ответственные исполнители", "Ожидаемый результат"]
TIMASHEVSKY = "timashevsky_2023_order046"
needs_tesseract = pytest.mark.skipif(engine.tessdata() is None, reason="tesseract-ocr-rus not installed")


def _row(*texts: str, page: int) -> Row:
    return Row([Cell(t, [t]) for t in texts], page)


def _table(*rows: Row) -> Table:
    return Table(list(rows), page_start=rows[0].page, page_end=rows[-1].page)


def test_a_header_printed_again_below_text_on_the_same_page_starts_a_new_plan():
    """The title between two tables was lost to a scan's noise, only the analysis under it was read:
    the header below that text opens a second plan, not a page's repetition of the first one's."""
    analysis = "Итоги мониторинга читательской грамотности обсуждались на заседаниях методических объединений. " * 8
    d = Document("scan", "pdf-ocr", [
        Paragraph("План мероприятий", bold=True, page=1),
        _table(_row(*HEADER, page=1), _row("1.", "Первое", "Май", "УО", "Отчет", page=1)),
        Paragraph(analysis, page=1),
        _table(_row(*HEADER, page=1), _row("1.", "Второе", "Июнь", "УО", "Отчет", page=1)),
        _table(_row(*HEADER, page=2), _row("2.", "Третье", "Июль", "УО", "Отчет", page=2))])
    plans = build_structure(d).plans
    assert [[m.name for m in p.measures] for p in plans] == [["Первое"], ["Второе", "Третье"]]


def test_a_header_repeated_at_a_page_top_under_a_running_head_stays_in_its_plan():
    d = Document("scan", "pdf-ocr", [
        Paragraph("План мероприятий", bold=True, page=1),
        _table(_row(*HEADER, page=1), _row("1.", "Первое", "Май", "УО", "Отчет", page=1)),
        Paragraph("Продолжение приложения к приказу управления образования от 30.08.2023 " * 6, page=2),
        _table(_row(*HEADER, page=2), _row("2.", "Второе", "Июнь", "УО", "Отчет", page=2))])
    assert [[m.name for m in p.measures] for p in build_structure(d).plans] == [["Первое", "Второе"]]


def test_a_list_started_again_under_a_header_on_the_next_page_opens_a_new_plan():
    """A scan ran the next plan's title into the analysis under it (too long for a title), across a page
    break: its header reads as the first plan's printed again. The items start again at 1 under it, where
    a header a plan's table runs on under is followed by its next item; it opens the second plan."""
    analysis = "Итоги мониторинга читательской грамотности обсуждались на заседаниях методических объединений. " * 8
    first = [_row(f"{n}.", f"Мера {n}", "Май", "УО", "Отчет", page=1) for n in (1, 2, 3)]
    d = Document("scan", "pdf-ocr", [
        Paragraph("План мероприятий", bold=True, page=1),
        _table(_row(*HEADER, page=1), *first),
        Paragraph(analysis, page=1),
        Paragraph(analysis, page=2),
        _table(_row(*HEADER, page=2), _row("1.", "Второе", "Июнь", "УО", "Отчет", page=2),
               _row("2.", "Третье", "Июль", "УО", "Отчет", page=2))])
    plans = build_structure(d).plans
    assert [[m.name for m in p.measures] for p in plans] == [["Мера 1", "Мера 2", "Мера 3"], ["Второе", "Третье"]]
    assert plans[1].title == "План 2"


def test_a_header_printed_again_over_the_plans_next_item_or_a_new_section_stays_in_the_plan():
    """Under a header printed again on the next page the list goes on (4.), or a new section starts it
    again at 1: both rows belong to the plan above."""
    first = [_row(f"{n}.", f"Мера {n}", "Май", "УО", "Отчет", page=1) for n in (1, 2, 3)]
    section = Row([Cell("Раздел 2. Работа с педагогами", ["Раздел 2. Работа с педагогами"], colspan=5)], 2)
    for below in ([_row("4.", "Четвертая", "Июнь", "УО", "Отчет", page=2)],
                  [section, _row("1.", "Четвертая", "Июнь", "УО", "Отчет", page=2)]):
        d = Document("scan", "pdf-ocr", [Paragraph("План мероприятий", bold=True, page=1),
                                         _table(_row(*HEADER, page=1), *first), _table(_row(*HEADER, page=2), *below)])
        plans = build_structure(d).plans
        assert [[m.name for m in p.measures] for p in plans] == [["Мера 1", "Мера 2", "Мера 3", "Четвертая"]]


def test_a_heading_set_with_the_first_line_indent_is_a_paragraph_of_its_own():
    """A scan's heading, indented as the body's first lines and stopping half-way, then the analysis's
    first line, indented the same and only a little further below than its line spacing (OCR's boxes are
    a point or two off): two paragraphs, so the heading can title the plan below."""
    from parsers.pdf.paragraphs import paragraphs
    from parsers.pdf.text import TextLine

    body = [TextLine("На совещаниях руководителей школ района неоднократно", 93.0, 785.0, 365.0, 377.0, 17, False),
            TextLine("обсуждалась одна проблема: отчеты о работе методистов", 57.0, 784.0, 379.0, 391.0, 17, False),
            TextLine("не содержат выводов и предложений по итогам года.", 57.0, 400.0, 393.0, 405.0, 17, False)]
    heading = TextLine("Развитие наставничества для молодых учителей.", 93.0, 469.0, 345.0, 358.0, 17, False)
    read = [p.text for _, p in paragraphs([heading, *body], 6, [], None, (50.0, 786.0))]
    assert read[0] == "Развитие наставничества для молодых учителей."
    assert len(read) == 2
    # a line under it at the margin, not indented, goes on the same paragraph (a heading broken by hand)
    margin = TextLine("и ее функционирование в школах района", 57.0, 400.0, 365.0, 377.0, 17, False)
    assert len(paragraphs([heading, margin], 6, [], None, (50.0, 786.0))) == 1


def test_the_box_blanked_around_a_table_is_its_cells_not_a_letter_standing_on_its_rule():
    """A tall letter of a title printed close above a table touches its top rule and joins the table's
    box; the page's text outside tables is read with the cells' box blanked only, so the title stays."""
    sheet = np.full((900, 1000), 255, np.uint8)
    for y in (300, 400, 500):
        cv2.line(sheet, (100, y), (900, y), 0, 3)
    for x in (100, 500, 900):
        cv2.line(sheet, (x, 300), (x, 500), 0, 3)
    cv2.line(sheet, (200, 240), (200, 299), 0, 4)  # the stem of a "р" reaching down to the rule
    tables, _ = grid.find_tables(image.ink(sheet))
    assert len(tables) == 1 and tables[0].box[1] < 250
    assert abs(page.grid_box(tables[0])[1] - 300) <= 3


@needs_tesseract
def test_text_between_two_tables_the_page_layout_missed_is_read_as_a_block():
    """Page 10 of the Timashevsky order: a plan's last rows, the next plan's title and its analysis,
    the next table. Were the layout analysis to return nothing between the grids, the band is read."""
    pdf = pdfium.PdfDocument(str(corpus_file(TIMASHEVSKY, "pdf")))
    gray = image.render(pdf, 9)
    pdf.close()
    ink = image.ink(gray)
    tables, rules = grid.find_tables(ink)
    assert len(tables) == 2
    outside = page.without_rules(ink, rules)
    for table in tables:
        x0, y0, x1, y1 = page.grid_box(table)
        outside[y0:y1 + 1, x0:x1 + 1] = 255
    read = page.unread_gaps(outside, [page.grid_box(t) for t in tables], [])
    assert read and read[0].text == "Профилактика учебной неуспешности в ОО муниципалитета"
    assert page.unread_gaps(outside, [page.grid_box(t) for t in tables], read) == []


@pytest.mark.slow
@needs_tesseract
def test_the_first_plans_title_is_its_heading_printed_bold_in_part_not_the_preamble(tmp_path):
    """Page 2 of the Timashevsky order at 125 dpi: the bold document title, then the plan's heading
    with only its track's name in bold, the analysis, the table. The heading is no bold line."""
    scan = make_scan(corpus_file(TIMASHEVSKY, "pdf"), tmp_path / "scan.pdf", seed=2971, dpi=125, blur=0.7,
                     quality=45, pages=[1])
    plans = build_structure(ocr.parse(scan)).plans
    assert plans[0].title.startswith("Обоснование принимаемых мер")
    assert plans[0].title.endswith("качества подготовки обучающихся")


def test_an_ocr_header_with_a_speck_before_a_word_and_a_misread_number_cell_is_a_header():
    """A header printed again on a scan, read "№_ пп" | … | "в Срок оведения" | …: a one-letter word a
    speck made opens a cell, the number cell has its letters but not its slash; still the plan's header."""
    texts = ["№_\nпп", "Наименование мероприятия", "Форма\nпроведения", "в Срок\nоведения", "Ответственный",
             "Ожидаемые результаты", "Отметкао\nвыполнении"]
    header = read_header(Row([Cell(t, t.split("\n"), confidence=60.0) for t in texts], 1))
    assert header is not None
    assert header.roles == ["number", "name", "form", "deadline", "executors", "result", "mark"]
    assert read_header(Row([Cell(t, t.split("\n")) for t in texts], 1)) is None  # a text layer is not forgiven


@pytest.mark.parametrize(("texts", "numbering"), [
    (["1", "2", "3", "ао", "5 ."], True), (["1", "2", "3", "4"], True), (["1", "2", "ао", "ао"], False),
    (["7.", "", "", ""], False), (["1", "2", "Срок", "4"], False),
])
def test_a_row_numbering_the_columns_read_by_ocr_may_have_one_numeral_misread(texts, numbering):
    """Lone numerals under a header, one read as letters ("4" as "ао") or with a speck after it: still the
    row numbering the columns; two misread, a word, or a body row's number alone are not."""
    assert is_column_numbering(Row([Cell(t, [t], confidence=70.0) for t in texts], 1)) is numbering
    assert is_column_numbering(Row([Cell(t, [t]) for t in texts], 1)) is (numbering and "ао" not in texts)


@pytest.mark.parametrize(("texts", "numbering"), [
    (["3", "4 ."], True), (["3", "4"], True), (["", "4"], True), (["3", "4 -"], True), (["3", "5"], False),
    (["4", "5"], False), (["3", "ао"], False), (["", ""], False), (["", "Май"], False),
])
def test_a_row_numbering_the_columns_under_a_group_cell_numbers_the_columns_it_stands_in(texts, numbering):
    """A header ruled across only, "Исполнение" over two columns: the header's other cells run down over
    the row of column numbers (vmerged), whose own two cells number the third and fourth columns; read
    with a speck after a numeral, or one of them lost, it still numbers them. Numerals of other columns, one
    misread, or none, not."""
    carried = [Cell("№ п/п\n1", ["№ п/п", "1"], vmerged=True, confidence=90.0),
               Cell("Содержание\n2", ["Содержание", "2"], vmerged=True, confidence=90.0)]
    own = [Cell(t, [t], confidence=80.0) for t in texts]
    last = Cell("Результат\n5", ["Результат", "5"], vmerged=True, confidence=90.0)
    assert is_column_numbering(Row([*carried, *own, last], 1)) is numbering
    assert is_column_numbering(Row([Cell(c.text, c.paragraphs, confidence=80.0) for c in [*carried, *own, last]],
                                   1)) is False


@pytest.mark.parametrize(("text", "kept"), [
    (">", False), ("—", False), ("« »", False), ("- 3 -", True), ("План мероприятий", True), ("№ 46", True),
])
def test_a_line_of_marks_alone_outside_the_tables_is_no_text_a_plan_could_take_for_its_title(text, kept):
    """A speck by a table's corner read as ">" stood between a plan's title and its table, and the plan
    took it for its title; a line outside the tables is kept only with a letter or a digit in it."""
    assert page.is_text(text) is kept


@pytest.mark.parametrize(("text", "row", "title"), [
    ("Приложение. Охрана здоровья школьников", True, "Охрана здоровья школьников"),
    ("Приложение 3 Охрана здоровья школьников", True, "Охрана здоровья школьников"),
    ("Приложение 3 к приказу от 1 марта", True, "Приложение 3 к приказу от 1 марта"),
    ("Приложение. Охрана здоровья школьников", False, "Приложение. Охрана здоровья школьников"),
])
def test_a_one_cell_row_titling_a_plan_loses_the_appendix_mark_read_into_it(text, row, title):
    """A scan's open table took "Приложение 2" (its number misread as a stop) into the one-cell row of
    the next plan's title: the row's title goes without the mark, whatever its first word; the mark
    opening the appendix's own lines stays, and a paragraph keeps it unless a known title opening follows."""
    assert unmarked(text, row=row) == title


@pytest.mark.parametrize(("mark", "title"), [
    ("Прило+ение", "План работы с молодыми учителями"), ("Првложенне 4", "План работы с молодыми учителями"),
    ("Применение", "Применение"), ("Положение", "Положение"),
])
def test_the_appendix_mark_a_scan_misread_in_a_letter_or_two_is_no_plan_title(mark, title):
    """"Приложение" read with a letter or two wrong above an unbold title: the title is the next line; a
    word of the mark's length with more letters apart, or of another length, is text, the title still."""
    region = [Paragraph(mark, page=1), Paragraph("План работы с молодыми учителями", page=1)]
    assert choose_title(region)[0] == title


def test_a_two_row_header_whose_number_cell_a_scan_read_as_marks_takes_the_names_of_its_group_columns():
    """"№ п/п" over both rows read "№4", a group cell "Исполнение" over two columns named below: the
    lower row, its first cells carried down from the upper (vmerged), names the group's columns."""
    from pipeline.structure.headers import refine_with_subheader

    def cell(text: str, span: int = 1, vmerged: bool = False) -> Cell:
        return Cell(text, [text], colspan=span, confidence=40.0, vmerged=vmerged)
    top = Row([cell("№4"), cell("Мероприятие"), cell("Сроки"), cell("Исполнение", 2)], 1)
    header = read_header(top)
    assert header is not None and header.roles[:3] == ["number", "name", "deadline"]
    below = Row([cell("№4", vmerged=True), cell("Мероприятие", vmerged=True), cell("Сроки", vmerged=True),
                 cell("Исполнители"), cell("Планируемый результат")], 1)
    assert refine_with_subheader(header, below).roles == ["number", "name", "deadline", "executors", "result"]
    d = Document("scan", "pdf-ocr", [Paragraph("План мероприятий", bold=True, page=1),
                                     _table(top, below, _row("1.", "Первое", "Май", "УО", "Отчет", page=1))])
    measure = build_structure(d).plans[0].measures[0]
    assert (measure.cells.get("executors"), measure.cells.get("result")) == ("УО", "Отчет")


def test_an_upper_header_row_whose_number_cell_a_scan_read_as_a_digit_tops_the_header_below():
    """"№ п/п" over both rows read "1", carried down into the lower row: the upper row, its group cell
    naming nothing, still tops the header; its text above is the plan's title, not a section."""
    def cell(text: str, span: int = 1, vmerged: bool = False) -> Cell:
        return Cell(text, [text], colspan=span, confidence=40.0, vmerged=vmerged)
    top = Row([cell("1"), cell("Мероприятие"), cell("Исполнение", 2)], 2)
    below = Row([cell("1", vmerged=True), cell("Мероприятие", vmerged=True), cell("Сроки"), cell("Исполнители")], 2)
    first = _table(_row(*HEADER[:4], page=1), _row("1.", "Первое", "Май", "УО", page=1))
    d = Document("scan", "pdf-ocr", [Paragraph("План мероприятий", bold=True, page=1), first,
                                     Paragraph("Мониторинг школ", bold=True, page=2),
                                     _table(top, below, _row("1.", "Второе", "Июнь", "РМО", page=2))])
    plans = build_structure(d).plans
    assert [p.title for p in plans] == ["План мероприятий", "Мониторинг школ"]
    assert plans[1].measures[0].cells.get("executors") == "РМО"
