"""parsers.ocr on tables printed without column rules: columns from the white gaps between the words a
page's reading found (the PDF reader's logic), a row a page break cuts read on with the columns of the
page before, a page of print with no rules read into a table, and a plan's text seen when its table
is not read."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from parsers.model import Document, Paragraph
from parsers.ocr import blocks, engine, image, opentables, page, unruled
from parsers.ocr.engine import OcrLine
from parsers.pdf.segments import stream_lines
from parsers.pdf.text import TextLine
from pipeline.structure.unread import unread_plan

PX = image.DPI / 72  # pixels per point
FONTS = "/usr/share/fonts/truetype/liberation/"
FONT, BOLD = FONTS + "LiberationSerif-Regular.ttf", FONTS + "LiberationSerif-Bold.ttf"  # Times' metrics
needs_tesseract = pytest.mark.skipif(engine.tessdata() is None, reason="tesseract-ocr-rus not installed")


def _line(top: float, words: list[tuple[float, str]], bold: bool = False) -> tuple[OcrLine, TextLine]:
    """A line read at `top` (points) with words starting at the given x (points), 6 points a letter."""
    spans = [(text, (int(x * PX), int(top * PX), int((x + 6 * len(text)) * PX), int((top + 10) * PX)))
             for x, text in words]
    found = OcrLine(" ".join(t for t, _ in spans), (spans[0][1][0], spans[0][1][1], spans[-1][1][2], spans[0][1][3]),
                    7 * PX, 90.0, spans=spans)
    made = TextLine(found.text, words[0][0], words[-1][0] + 6 * len(words[-1][1]), top, top + 10, 10, bold)
    return found, made


def _body(first_top: float, rows: int) -> list[tuple[OcrLine, TextLine]]:
    """Rows of a plan in four columns: number, measure over two lines, date, executor."""
    lines = []
    for k in range(rows):
        top = first_top + 30 * k
        lines.append(_line(top, [(60, f"{k + 1}."), (100, "Проведение"), (160, "семинара"), (300, "Март"),
                                 (400, "Управление")]))
        lines.append(_line(top + 12, [(100, "для"), (130, "педагогов")]))
    return lines


def test_the_words_of_a_page_without_rules_make_a_table_of_their_columns():
    """Words standing in four runs down the page, parted by white wider than a space: one table of four
    columns, a row per number; the title above it is no row."""
    lines = [_line(40, [(150, "План"), (185, "мероприятий")])] + _body(80, 4)
    tables = unruled.find_tables(lines)
    assert len(tables) == 1
    layout = unruled.cell_layout(tables[0])
    assert [len(row) for row in layout] == [4, 4, 4, 4]
    assert all(box[1] < top < box[3] for row, top in zip(layout, (80, 110, 140, 170), strict=True)
               for box in [row[0][0]])


def test_the_characters_of_a_word_share_its_box_on_the_lines_height():
    """A word's ink box shared out among its letters; the ink between two words of a line parts no
    cells, the white between two columns does."""
    found, made = _line(40, [(100, "абв"), (120, "где"), (200, "ж")])
    chars = unruled.word_chars([(found, made)])
    assert [c["text"] for c in chars] == ["а", "б", "в", "г", "д", "е", "ж"]
    assert chars[0]["x0"] == pytest.approx(100, abs=0.5) and chars[2]["x1"] == pytest.approx(118, abs=0.5)
    assert {(c["top"], c["bottom"]) for c in chars} == {(40, 50)}
    assert [len(ln.segments) for ln in stream_lines(chars)] == [2]


def _page(number: int, free: list[tuple[OcrLine, TextLine]]) -> page.OcrPage:
    read = page.OcrPage(number=number, height=842, free=free)
    read.lines = [made for _, made in free]
    return read


def test_a_row_a_page_break_cuts_goes_on_atop_the_next_page_with_its_columns():
    """The last row of an open table runs on atop the next page in two of its columns only: with the
    columns of the page before, it is that table's piece, not two paragraphs; the next page alone reads none."""
    before = _page(1, _body(80, 3))
    after = _page(2, [_line(60, [(100, "мероприятий"), (400, "образования")]), _line(72, [(100, "района")])])
    assert unruled.find_tables(after.free) == []
    found = opentables.find([before, after])
    assert len(found[0]) == 1 and len(found[1]) == 1
    opentables.read_tables(after, found[1])
    assert len(after.tables) == 1 and after.lines == [] and after.free == []
    cells = after.tables[0][1][0]
    assert [" ".join(ln.text for ln in c.lines) for c in cells] == ["", "мероприятий района", "", "образования"]


def test_a_page_showing_one_row_keeps_the_columns_read_on_the_page_before():
    """A page holding a single row, its date column empty, shows too few gaps to part every column: read
    alone, its executor runs into the measure's column; read after the page before, it keeps that
    page's four columns, as the PDF reader keeps them."""
    before = _page(1, _body(80, 3))
    row = [_line(80, [(60, "4."), (100, "Проведение"), (160, "семинара"), (400, "Управление")]),
           _line(92, [(100, "для"), (130, "педагогов")])]
    alone = unruled.find_tables(row)
    assert not alone or len(alone[0].strips) < 3
    found = opentables.find([before, _page(2, row)])
    assert len(found[1]) == 1 and found[1][0].strips == found[0][0].strips
    assert len(found[0][0].strips) == 3


def test_pages_that_do_not_follow_one_another_hand_no_columns_on():
    """Image-only pages inside a text PDF are read alone: a page after a gap starts afresh."""
    before = _page(1, _body(80, 3))
    after = _page(3, [_line(60, [(100, "мероприятий"), (400, "образования")]), _line(72, [(100, "района")])])
    assert opentables.find([before, after])[1] == []


def _wrapped(text: str, font, width: int) -> list[str]:
    """Lines of `text` as a word processor wraps it in a column `width` pixels wide."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _page_pdf(path, rows: list[list[str]]) -> list[list[str]]:
    """A page at 300 dpi with a table printed without any rule: a column of numbers and three of text
    under a bold header, each cell wrapped to its column, a row's lines set a little apart from the
    next row's. The cells' lines, joined by "|"."""
    sheet = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(sheet)
    font, bold = ImageFont.truetype(FONT, 42), ImageFont.truetype(BOLD, 42)
    lefts, widths = [200, 400, 1300, 1800], [150, 820, 420, 480]
    draw.text((700, 250), "План мероприятий на 2024 год", font=font, fill=0)
    top, cells = 400, []
    for k, row in enumerate(rows):
        face = bold if k == 0 else font
        parts = [_wrapped(text, face, width) for text, width in zip(row, widths, strict=True)]
        for x, lines in zip(lefts, parts, strict=True):
            for n, part in enumerate(lines):
                draw.text((x, top + 52 * n), part, font=face, fill=0)
        top += 52 * max(len(lines) for lines in parts) + 30
        cells.append(["|".join(lines) for lines in parts])
    sheet.save(path, "PDF", resolution=300)
    return cells


@needs_tesseract
def test_a_scanned_table_without_rules_is_read_into_cells(tmp_path):
    """No rule anywhere: the header, then a row per number, its cells read; the lone item numbers the
    page's layout analysis passes over are read too; the title above stays a line of the page."""
    rows = [["№ п/п", "Мероприятие", "Срок", "Исполнитель"],
            ["1.", "Проведение семинара для педагогов школ района по итогам олимпиады", "Март",
             "Управление образования"],
            ["2.", "Подготовка отчета о результатах работы школ района за учебный год", "Апрель", "Школы района"],
            ["3.", "Анализ результатов олимпиады школьников и участия в конкурсах", "Май", "Управление образования"]]
    cells = _page_pdf(tmp_path / "page.pdf", rows)
    assert max(len(cell.split("|")) for row in cells for cell in row) >= 2  # some cells wrap
    read = page.read_page(str(tmp_path / "page.pdf"), 0)
    assert read.tables == [] and read.kept is not None  # the open table is read once every page is
    opentables.read_tables(read, opentables.find([read])[0])
    assert len(read.tables) == 1 and read.kept is None
    assert [["|".join(ln.text for ln in c.lines) for c in row] for row in read.tables[0][1]] == cells
    assert [ln.text for ln in read.lines] == ["План мероприятий на 2024 год"]


def test_a_scan_whose_open_table_is_not_read_still_shows_a_plan():
    """OCR reads an open table's columns as blocks apart: no paragraph holds the header on one line,
    yet the lines printed at one height, joined across the page, do, and the document fails as a
    plan not read, not skipped as a letter."""
    cells = [("№ п/п", 60), ("Мероприятие", 120), ("Срок исполнения", 300), ("Ответственный", 420)]
    rows = [[("1.", 60), ("Совещание руководителей", 120), ("Сентябрь", 300), ("Управление", 420)],
            [("2.", 60), ("Семинар для педагогов", 120), ("Октябрь", 300), ("Методический кабинет", 420)],
            [("3.", 60), ("Конкурс проектов", 120), ("Ноябрь", 300), ("Управление", 420)]]
    lines = [TextLine(text, x, x + 6 * len(text), 100 + 30 * k, 110 + 30 * k, 10, False)
             for k, row in enumerate([cells, *rows]) for text, x in row]
    by_column = sorted(lines, key=lambda ln: (ln.x0, ln.top))  # as the layout analysis hands them out
    printed = page.printed_lines(by_column)
    assert printed[0] == "№ п/п Мероприятие Срок исполнения Ответственный"
    assert printed[1] == "1. Совещание руководителей Сентябрь Управление"
    doc = Document(source="x", format="pdf-ocr", blocks=[Paragraph(text=ln.text) for ln in by_column])
    assert unread_plan(doc) is None
    doc.printed_lines = printed
    assert unread_plan(doc) is not None


def test_a_header_split_under_a_group_cell_is_folded_as_in_a_pdf():
    """A header of two rows under a group cell: a column outside the group is one cell in both rows,
    its words joined ("Содержание" over "работы"), as the PDF reader folds it."""
    def cell(text: str, top: float, colspan: int = 1) -> page.OcrCell:
        return page.OcrCell([TextLine(text, 100, 150, top, top + 10, 10, True)] if text else [], colspan)

    rows = [[cell("Содержание", 100), cell("Исполнение", 100, 2)],
            [cell("работы", 112), cell("Срок", 112), cell("Итог", 112)]]
    read = page.OcrPage(number=1, height=842, tables=[(100.0, rows)], split_headers={100.0})
    table = blocks.page_blocks(read, None)[0]
    assert [c.text for c in table.rows[0].cells] == ["Содержание работы", "Исполнение"]
    assert table.rows[1].cells[0].vmerged and table.rows[1].cells[1].text == "Срок"


@pytest.mark.parametrize(("box_height", "runs"), [(43, 1), (50, 1), (32, 3), (80, 3)])
def test_a_line_the_engine_gives_too_low_a_row_keeps_its_word_spaces(box_height, runs):
    """Words 19 px apart on a line the engine gave a row 32 px high: sized from that row, the spaces
    look as wide as a column's gap; the line's box, 43 px high, sizes it, or 50 px (a breve over Й and
    a comma's foot on one line). A box far taller than the row holds more than print and is not taken."""
    spans = [(word, (x, 400, x + 260, 400 + box_height)) for word, x in (("Один", 100), ("два", 379), ("три", 658))]
    found = OcrLine("Один два три", (100, 400, 918, 400 + box_height), 32.0, 90.0, spans=spans)
    made = TextLine(found.text, 100 * image.PT, 918 * image.PT, 400 * image.PT, (400 + box_height) * image.PT, 11, True)
    assert len(stream_lines(unruled.word_chars([(found, made)]))[0].segments) == runs


def test_a_bold_title_over_a_ruled_grid_whose_words_lie_far_apart_is_no_open_table():
    """The last free line of a page, bold, its words parted by white as wide as columns': alone on the
    page it may be a header at the page's foot, its body overleaf; a ruled grid under it makes it the
    grid's title, and the lines stay text."""
    free = [_line(40, [(500, "Приложение"), (570, "3")]),
            _line(70, [(100, "Охрана"), (200, "здоровья"), (300, "школьников"), (420, "района")], bold=True)]
    assert len(opentables.find([_page(1, list(free))])[0]) == 1
    over = _page(1, list(free))
    over.tables = [(82.0, [])]
    assert opentables.find([over]) == [[]]


def test_a_title_line_whose_word_spaces_all_stand_a_little_wide_stays_one_run():
    """A wide bold face (or a line height read short) puts every space of a title line near the gap that
    parts two cells, some just over it: spaces all alike are one run of words; a column's gap among
    them, far wider than the spaces, still parts the line."""
    size = unruled.word_chars([_line(40, [(60, "аб")])])[0]["size"]

    def segments(spaces: list[float]) -> int:
        x, words = 60.0, []
        for k, space in enumerate([0.0, *spaces]):
            x += space * size
            words.append((x, "слово"[: 2 + k % 3]))
            x += 6 * len(words[-1][1])
        return len(stream_lines(unruled.word_chars([_line(40, words, bold=True)]))[0].segments)

    assert segments([0.36, 0.42, 0.38, 0.44]) == 1
    assert segments([0.36, 1.5, 0.38, 0.44]) == 3


def test_a_cell_line_of_a_wide_face_whose_spaces_all_pass_the_gap_parts_no_columns():
    """Three rows with one short cell line each, its two spaces alike and just over the gap that parts
    two cells (a wide face): one run of words, the table keeps its three columns; spaces as wide as a
    column's gap, or unlike, still part the line."""
    size = unruled.word_chars([_line(40, [(60, "аб")])])[0]["size"]

    def rows(spaces: tuple[float, float]) -> list[tuple[OcrLine, TextLine]]:
        lines = []
        for k in range(3):
            top = 80 + 30 * k
            x, words = 200.0, []
            for space, word in zip((0.0, *spaces), ("Весь", "учебный", "год"), strict=True):
                x += space * size
                words.append((x, word))
                x += 6 * len(word)
            lines += [_line(top, [(60, f"{k + 1}."), (100, "Работа")]), _line(top, words),
                      _line(top, [(400, "Отдел")])]
        return lines

    def columns(spaces: tuple[float, float]) -> int:
        return max(len(row) for row in unruled.cell_layout(unruled.find_tables(rows(spaces))[0]))

    assert columns((0.45, 0.48)) == 4
    assert columns((1.2, 1.2)) == 6
    assert columns((0.2, 0.48)) == 5
