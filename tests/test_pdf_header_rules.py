"""Headers of tables ruled but not gridded (rules only around the header, or horizontal only): a row
numbering the columns under a header whose rule skips its merged cells, a header row cut by a page."""

from __future__ import annotations

from line_glyphs import line_chars

from normalizers.language import is_known_word
from parsers.model import Cell, Paragraph, PrintedLine, Row, Table
from parsers.pdf.headcut import join_cut_header_rows
from parsers.pdf.stream import find_stream_tables


def _chars(cells: list[tuple[int, float, str]], bold: bool = False) -> list[dict]:
    return line_chars(cells, "Arial-Bold" if bold else "Arial")


def test_the_row_numbering_the_columns_inherits_no_header_cell():
    """A two-row header ("№" and "Мероприятие" merged down over both rows, "Организация исполнения" over "Срок" and
    "Исполнитель"), then "1 2 3 4": LibreOffice draws the rule under the header's lower row under the
    group's columns only, the merged cells' bottom rule under the numbers row. The numbers are one per
    column, no part of the merged header cells above them."""
    header = [(0, 40, "№"), (0, 100, "Мероприятие"), (0, 260, "Организация исполнения"),
              (1, 250, "Срок"), (1, 350, "Исполнитель")]
    numbers = [(2, 42, "1"), (2, 120, "2"), (2, 262, "3"), (2, 370, "4")]
    body = [(3 + line, x, text) for line, x, text in [
        (0, 40, "1."), (0, 100, "Совещание"), (0, 250, "Сентябрь"), (0, 350, "Отдел"),
        (1, 40, "2."), (1, 100, "Семинар"), (1, 250, "Май"), (1, 350, "Школы")]]
    rules = [{"x0": 35.0, "x1": 420.0, "top": 99.0},  # over the header
             {"x0": 220.0, "x1": 420.0, "top": 112.5},  # under the group cell
             {"x0": 220.0, "x1": 420.0, "top": 126.5},  # under the header's lower row, the group's columns only
             {"x0": 35.0, "x1": 420.0, "top": 140.5}]  # under the numbers row
    table = find_stream_tables(_chars(header, bold=True) + _chars(numbers) + _chars(body), rules)[0]
    tops = [round(row.bbox[1] + 1) for row in table.rows]
    assert tops[:4] == [100, 114, 128, 142]  # the header's two rows, the numbers, the first measure
    assert table.rows[2].open_above == set()


def test_a_bold_section_title_under_the_header_inherits_no_header_cell():
    """A two-row header whose merged cells ("№", "Мероприятие", "Итог") LibreOffice leaves without a
    bottom rule (only the group's columns are ruled under it), then a bold section title across the
    table: the title is no part of the merged cells above it, whatever face it has."""
    header = [(0, 40, "№"), (0, 100, "Мероприятие"), (0, 260, "Организация исполнения"), (0, 440, "Итог"),
              (1, 250, "Срок"), (1, 350, "Исполнитель")]
    section = [(2, 40, "Раздел первый: обеспечение качества образования")]
    body = [(3 + line, x, text) for line, x, text in [
        (0, 40, "1."), (0, 100, "Совещание"), (0, 250, "Сентябрь"), (0, 350, "Отдел"), (0, 440, "Протокол"),
        (1, 40, "2."), (1, 100, "Семинар"), (1, 250, "Май"), (1, 350, "Школы"), (1, 440, "Справка")]]
    rules = [{"x0": 35.0, "x1": 500.0, "top": 100.5},  # over the header, under the tops of its tall glyphs
             {"x0": 220.0, "x1": 420.0, "top": 112.5},  # under the group cell
             {"x0": 220.0, "x1": 420.0, "top": 126.5}]  # under the header's lower row, the group's columns only
    table = find_stream_tables(_chars(header + section, bold=True) + _chars(body), rules)[0]
    tops = [round(row.bbox[1] + 1) for row in table.rows]
    assert tops[:4] == [100, 114, 128, 142]  # the header's two rows, the section, the first measure
    assert table.rows[2].open_above == set()


def _cell(text: str, x0: float, x1: float, top: float, bold: bool = True, colspan: int = 1,
          vmerged: bool = False) -> Cell:
    return Cell(text, [text] if text else [], bold=bold and bool(text), colspan=colspan, vmerged=vmerged,
                box=(x0, top, x1, top + 20))


def _next_page(first_row: Row) -> Table:
    """The next page's table: the rest of the header's upper row (its group cell over two columns),
    the lower row ("Содержание" merged down), a measure."""
    lower = Row([_cell("", 56, 110, 75), _cell("ие мероприятия", 110, 250, 75, vmerged=True),
                 _cell("Срок", 250, 349, 75), _cell("Ответственный", 349, 449, 75), _cell("", 449, 541, 75)], page=2)
    body = Row([_cell(t, a, b, 120, bold=False) for t, a, b in (
        ("1.", 56, 110), ("Семинар", 110, 250), ("Май", 250, 349), ("Отдел", 349, 449), ("Справка", 449, 541))], page=2)
    return Table([first_row, lower, body], page_start=2, page_end=2)


def test_a_header_row_cut_by_the_page_opens_the_next_page_whole():
    """The first line of a tall header row at a page's foot ("Содержан" cut without a hyphen), its
    columns guessed from its words; the rest atop the next page, where the columns are known."""
    foot = Row([_cell("№ п/п", 77, 142, 710), _cell("Содержан", 142, 270, 710), _cell("Организация", 270, 430, 710),
                _cell("Результат", 430, 542, 710)], page=1)
    rest = Row([_cell("", 56, 110, 55), _cell("ие мероприятия", 110, 250, 55),
                _cell("исполнения", 250, 449, 55, colspan=2), _cell("", 449, 541, 55)], page=2)
    body_above = Row([_cell("5.3.", 56, 110, 600, bold=False), _cell("Совещание", 110, 541, 600, bold=False)], page=1)
    before, cut, after = Table([body_above], page_start=1, page_end=1), Table([foot], page_start=1, page_end=1), \
        _next_page(rest)
    blocks = [before, Paragraph("План мероприятий", page=1), cut, after]
    join_cut_header_rows(blocks, is_known_word)
    assert blocks == [before, blocks[1], after]
    assert [c.text for c in after.rows[0].cells] == ["№ п/п", "Содержание мероприятия", "Организация исполнения",
                                                     "Результат"]
    # the lower row names the cells merged down over it, as a whole header read on one page does
    assert [c.text for c in after.rows[1].cells] == ["№ п/п", "Содержание мероприятия", "Срок", "Ответственный",
                                                     "Результат"]
    assert before.rows == [body_above]


def test_a_header_printed_whole_at_the_foot_and_again_overleaf_stays_apart():
    foot = Row([_cell("№", 56, 110, 710), _cell("Мероприятие", 110, 250, 710), _cell("Исполнение", 250, 449, 710),
                _cell("Итог", 449, 541, 710)], page=1)
    again = Row([_cell(c.text, c.box[0], c.box[2], 55, colspan=2 if c.text == "Исполнение" else 1)
                 for c in foot.cells], page=2)
    cut, after = Table([foot], page_start=1, page_end=1), _next_page(again)
    join_cut_header_rows(blocks := [cut, after], is_known_word)
    assert blocks == [cut, after] and cut.rows == [foot]
    # a body row at the foot is no header's piece either
    plain = Row([_cell(c.text, c.box[0], c.box[2], 710, bold=False) for c in foot.cells], page=1)
    cut, after = Table([plain], page_start=1, page_end=1), _next_page(again)
    join_cut_header_rows(blocks := [cut, after], is_known_word)
    assert blocks == [cut, after] and after.rows[0].cells[1].text == "Мероприятие"


def test_the_end_of_a_title_cut_by_the_page_under_a_repeated_header_is_no_header_line():
    """A header printed again at the page's top ("Срок | исполнения" on two lines), then the bold end
    of a section title the page cut, in the first column the header's text left a line above: a row of
    its own, not a word of the header's first cell."""
    header = [(0, 40, "№"), (0, 100, "Мероприятие"), (0, 250, "Срок"), (0, 350, "Исполнитель"), (1, 250, "исполнения"),
              (2, 40, "годы")]
    body = [(3 + line, x, text) for line, x, text in [
        (0, 40, "1."), (0, 100, "Совещание"), (0, 250, "Сентябрь"), (0, 350, "Отдел"),
        (1, 40, "2."), (1, 100, "Семинар"), (1, 250, "Май"), (1, 350, "Школы")]]
    table = find_stream_tables(_chars(header, bold=True) + _chars(body), [])[0]
    tops = [round(row.bbox[1] + 1) for row in table.rows]
    assert tops[:3] == [100, 128, 142]  # the header's two lines, the title's end, the first measure


def test_the_rest_of_a_cut_row_under_a_repeated_header_is_no_header_row():
    """A name cell running over the page, the header printed again above its rest: the rest opens in
    "период", a deadline's header word, yet the page's geometry says it goes on the row above."""
    from parsers.model import Document
    from pipeline.structure import build_structure

    def header(page: int) -> Row:
        return Row([Cell(t, bold=True) for t in ("№", "Наименование мероприятия", "Срок", "Ответственный")], page=page)

    first = Table([header(1), Row([Cell("1."), Cell("Мониторинг воспитательной деятельности в"), Cell("Май"),
                                   Cell("Отдел")], page=1)], page_start=1, page_end=1)
    rest = Row([Cell(""), Cell("период каникулярного отдыха обучающихся"), Cell(""), Cell("")], page=2,
               continued=True)
    second = Table([header(2), rest, Row([Cell("2."), Cell("Семинар"), Cell("Июнь"), Cell("Школы")], page=2)],
                   page_start=2, page_end=2)
    doc = Document(source="x", format="pdf", blocks=[Paragraph("План мероприятий по воспитанию", page=1), first,
                                                     second])
    measures = build_structure(doc).plans[0].measures
    assert [" ".join(m.name.split()) for m in measures] == [
        "Мониторинг воспитательной деятельности в период каникулярного отдыха обучающихся", "Семинар"]


def test_the_rest_of_a_header_row_atop_the_page_opens_the_table_the_page_before_left_in_its_header():
    """A header alone at a page's foot (its columns guessed from its words), the rest of its row atop
    the next page ("Срок|исполнителями" centred, running into the white strip the body leaves): that
    bold line is the table's, not a paragraph over it, once the page before ended in the header."""
    rest = _chars([(0, 250, "исполнителями")], bold=True)
    body = _chars([(1 + line, x, text) for line, x, text in [
        (0, 40, "1."), (0, 100, "Совещание"), (0, 250, "Сентябрь"), (0, 350, "Отдел"),
        (1, 100, "директоров"), (1, 350, "образования"),
        (2, 40, "2."), (2, 100, "Семинар"), (2, 250, "Май"), (2, 350, "Школы")]])
    carried = [(50, 99), (160, 240), (268, 280), (320, 349)]  # gaps between the foot's header words
    alone = find_stream_tables(rest + body, [], carried=carried)
    assert [round(row.bbox[1] + 1) for row in alone[0].rows] == [114, 142]  # a table under a paragraph
    table = find_stream_tables(rest + body, [], carried=carried, after_header=True)[0]
    assert [round(row.bbox[1] + 1) for row in table.rows] == [100, 114, 142]


def _worded(text: str, x0: float, x1: float, box: tuple[float, float], top: float) -> Cell:
    cell = _cell(text, box[0], box[1], top)
    cell.lines = [PrintedLine(text, top, top + 10, x0, x1)]
    return cell


def test_a_header_cut_at_the_foot_goes_by_its_words_where_its_guessed_boxes_overreach():
    """The foot's columns come from the header's words alone: "№ п/п"'s box reaches past the middle
    of the next page's "Мероприятие" column edge, its words do not. Each cell goes over the cell
    under its words."""
    foot = Row([_worded("№ п/п", 98, 141, (97, 172), 710), _worded("Мероприятие", 207, 290, (172, 338), 710),
                _worded("Срок", 372, 400, (338, 410), 710), _worded("Ответственный", 413, 560, (410, 596), 710),
                _worded("Результат", 609, 700, (596, 716), 710)], page=1)
    rest = Row([_cell("", 56, 130, 55), _cell("", 130, 318, 55), _cell("исполнения", 318, 441, 55),
                _cell("", 441, 592, 55), _cell("", 592, 724, 55)], page=2)
    body = Row([_cell(t, a, b, 75, bold=False) for t, a, b in (
        ("1.", 56, 130), ("Семинар", 130, 318), ("Май", 318, 441), ("Отдел", 441, 592), ("Справка", 592, 724))],
        page=2)
    cut, after = Table([foot], page_start=1, page_end=1), Table([rest, body], page_start=2, page_end=2)
    blocks = [cut, after]
    join_cut_header_rows(blocks, is_known_word)
    assert blocks == [after]
    assert [c.text for c in after.rows[0].cells] == ["№ п/п", "Мероприятие", "Срок исполнения", "Ответственный",
                                                     "Результат"]


def test_a_header_letter_squeezed_over_an_empty_body_cell_goes_back_to_the_header():
    """A repeated header row drawn too short prints the last letter of "Ответственные исполнители"
    over the body's first row, whose executor cell is empty (the rest of a row the page cut): the
    bold "и", drawn right after the header cell, in the header's face while the row's other cells
    print in the body's, is the header's."""
    from parsers.pdf.tables import _overflow_back

    def glyph(x: float, top: float, text: str, face: str) -> dict:
        return {"text": text, "x0": x, "x1": x + 6, "top": top, "bottom": top + 12, "fontname": face}

    boxes = [(50.0, 57.0, 200.0, 99.0), (200.0, 57.0, 300.0, 99.0),  # the header's two cells
             (50.0, 99.0, 200.0, 155.0), (200.0, 99.0, 300.0, 155.0)]  # the body's first row
    header = [glyph(55 + 6 * k, 60, ch, "Arial-Bold") for k, ch in enumerate("Мера")] + \
        [glyph(205 + 6 * k, 84, ch, "Arial-Bold") for k, ch in enumerate("исполнител")]
    letter = [glyph(230, 97.9, "и", "Arial-Bold")]
    body = [glyph(55 + 6 * k, 101, ch, "Arial") for k, ch in enumerate("языка")]
    chars = header + letter + body
    owners = [0] * 4 + [1] * 10 + [3] + [2] * 5
    assert _overflow_back(owners, chars, boxes)[14] == 1
    # in the body's face the letter is the cell's own text ("и" of a measure's executors)
    chars[14] = glyph(230, 101, "и", "Arial")
    assert _overflow_back(owners, chars, boxes)[14] == 3
