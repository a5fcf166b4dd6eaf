"""The row numbering a table's columns read clean where OCR misread one numeral (parsers.ocr.colnumbers)."""

from __future__ import annotations

from parsers.ocr import colnumbers, image, unruled
from parsers.ocr.engine import OcrLine
from parsers.ocr.page import OcrCell
from parsers.pdf.segments import stream_lines
from parsers.pdf.stream import find_stream_tables
from parsers.pdf.text import TextLine

PX = image.DPI / 72  # pixels per point


def _piece(top: float, x: float, text: str) -> tuple[OcrLine, TextLine]:
    """One engine line of one word at (x, top) points, 6 points a letter."""
    box = (int(x * PX), int(top * PX), int((x + 6 * len(text)) * PX), int((top + 10) * PX))
    found = OcrLine(text, box, 7 * PX, 90.0, spans=[(text, box)])
    return found, TextLine(text, x, x + 6 * len(text), top, top + 10, 10, False)


def test_a_misread_numeral_among_numerals_in_their_places_is_that_numeral():
    assert colnumbers.numbered(["1", "2", "к]", "4", "5"]) == ["1", "2", "3", "4", "5"]
    assert colnumbers.numbered(["1", "2:.", "3", "д’", "5 -"]) == ["1", "2", "3", "4", "5"]
    assert colnumbers.numbered(["3", "4", "5", "б"]) == ["3", "4", "5", "6"]


def test_marks_that_do_not_number_columns_stay_unread():
    assert colnumbers.numbered(["1", "2", "к]", "д"]) is None  # two misread of four
    assert colnumbers.numbered(["1", "2", "3"]) is None  # too few to tell
    assert colnumbers.numbered(["1.1.", "Март", "2024", "ОО"]) is None  # a body row
    assert colnumbers.numbered(["1", "2", "3", "4", "Управление"]) is None  # a word no numeral is misread as
    assert colnumbers.numbered(["5", "3", "1", "7"]) is None  # out of order


def test_numerals_the_engine_read_as_lines_of_their_own_are_mended_together():
    """The engine reads a row's far-apart numerals as a line each; the misread one becomes its numeral,
    the others and the lines at other heights stay as they were."""
    lines = [_piece(40, 60, "Срок")] + [_piece(60, 60 + 80 * k, t) for k, t in enumerate(["1", "2", "к]", "4"])]
    mended = colnumbers.mend_words([found for found, _ in lines])
    assert [m.text for m in mended] == ["Срок", "1", "2", "3", "4"]
    assert mended[3].spans[0][1] == lines[3][0].spans[0][1]
    assert all(m is f for m, (f, _) in zip(mended, lines, strict=True) if m.text != "3")


def test_a_row_of_numerals_with_one_misread_parts_from_the_row_under_it():
    """Without column rules a row numbering the columns is told by its numerals; with one misread, the
    rest of a row a page break cut (text in two columns, none in the first) would join it."""
    numbering = [_piece(60, 60 + 100 * k, t) for k, t in enumerate(["1", "2", "к]", "4"])]
    rest = [_piece(72, 160, "педагогов"), _piece(72, 360, "года")]
    body = []
    for k in range(4):
        top = 90 + 24 * k
        body += [_piece(top, 60, f"{k + 1}."), _piece(top, 160, "Семинар"), _piece(top, 260, "Март"),
                 _piece(top, 360, "Отдел"), _piece(top + 12, 160, "учителей")]
    chars = unruled.word_chars(numbering + rest + body)
    lines = stream_lines(chars)
    assert lines[0].numbering
    table = find_stream_tables(chars, [])[0]
    assert any(row.bbox[1] < 62 and row.bbox[3] < 72 for row in table.rows)  # the numerals' row alone


def _cell(text: str) -> OcrCell:
    return OcrCell([TextLine(text, 0, 10, 0, 10, 10, False)], confidence=80.0)


def test_a_table_row_numbering_the_columns_reads_clean():
    rows = [[_cell("1"), _cell("2:."), _cell("3"), _cell("д’"), _cell("5 -")],
            [_cell("1.1."), _cell("Семинар"), _cell("Март"), _cell("Отдел"), _cell("Отчёт")]]
    colnumbers.mend_rows([(0.0, rows)])
    assert [c.lines[0].text for c in rows[0]] == ["1", "2", "3", "4", "5"]
    assert [c.lines[0].text for c in rows[1]] == ["1.1.", "Семинар", "Март", "Отдел", "Отчёт"]


def test_a_row_with_a_cell_over_two_columns_is_left_alone():
    """A cell across two columns stands in two places: its mark numbers neither."""
    rows = [[_cell("1"), OcrCell([TextLine("2", 0, 10, 0, 10, 10, False)], 2), _cell("к]"), _cell("5")]]
    colnumbers.mend_rows([(0.0, rows)])
    assert rows[0][2].lines[0].text == "к]"
