"""OCR item numbers: which reading of a number cell the plan around it wants, and the header words OCR
misreads; on readings written out here, and on small cell images drawn here."""

from __future__ import annotations

import pytest

from parsers.ocr import engine, numbers
from parsers.ocr.engine import OcrLine


def test_a_stop_no_reading_shows_is_put_only_where_both_neighbours_want_it():
    assert numbers.choose(["31."], ["3."], ["3.2."]) == "3.1."
    assert numbers.choose(["31."], ["3."], []) == "31."
    assert numbers.choose(["11."], ["10."], ["12."]) == "11."
    assert numbers.choose(["Е -.", "2."], ["1."], ["3."]) == "2."
    assert numbers.choose(["Е -.", "7."], ["1."], ["4."]) == "Е -."  # no reading fits, no one number between
    # marks read for the number keep their own final stop where the one reading as a number lost it
    assert numbers.choose(["<.", "8"], ["7."], ["9."]) == "8."
    assert numbers.choose(["<-", "8"], ["7"], ["9"]) == "8"



def test_the_last_number_of_a_plan_follows_the_one_above_and_a_split_takes_the_readings_stop():
    """Nothing below the plan's last number to agree with: marks ("%2.") whose readings' digits, stops put
    in, make the one number after the one above take it, not a list opening again ("2." under a title).
    A number split where both neighbours want it ends as most readings with its digits end."""
    assert numbers.choose(["%2.", "2.", "62."], ["6.1.", "0"], ["№пп"]) == "6.2."
    assert numbers.choose(["%2.", "2.", "62."], ["6.1.", "0"], []) == "6.2."
    assert numbers.choose(["%2.", "2.", "62."], ["6.1.", "0"], ["1.", "1."]) == "%2."
    assert numbers.choose(["74", "74.", "74."], ["7.3."], ["75.", "7.5."], {2: True}) == "7.4."
    assert numbers.choose(["74", "74", "74."], ["7.3"], ["75", "7.5"], {2: False}) == "7.4"


def test_other_digits_two_readings_show_replace_the_first_only_where_the_plan_wants_them():
    """A blurred "4" the block reading takes for a "3": the grey readings show "4.2." between 4.1. and 4.3.
    One reading alone counts only where it fits both neighbours, and where the first reading fits the
    plan it stays. Where no reading fits the run, the one number that does and is a character from a
    reading is taken (5.2. between 5.1. and 5.3.; `repaired`)."""
    found = ["3.2.", "3.2.", "3.2.", "4.2.", "4.2.", "4.2."]
    assert numbers.choose(found, ["4.1."], ["4.3."]) == "4.2."
    assert numbers.choose(["1.3.", "1.2.", "1.2.", "1.2."], ["1.1."], ["1.2."]) == "1.2."
    assert numbers.choose(["3.2.", "3.2.", "4.2."], ["4.1."], ["7."]) == "3.2."
    assert numbers.choose(found, ["3.1."], ["3.3."]) == "3.2."
    assert numbers.choose(found, ["5.1."], ["5.3."]) == "5.2."
    assert numbers.choose(found, ["6.2."], ["6.4."]) == "3.2."  # 6.3. is two characters from every reading
    # where nothing else fits, one reading that fits both neighbours comes before a stop no reading shows
    assert numbers.choose(["41", "41", "4", "3", "3"], ["3"], ["5"]) == "4"
    # the final stop the block reading saw stays on the other digits: "3.3." read, "34." and "3.4" besides
    assert numbers.choose(["3.3.", "33.", "34.", "3.3.", "3.4", "34.", "3.4"], ["3.3."], ["4.1."]) == "3.4."


def test_a_number_before_a_new_list_and_its_last_stop_come_from_what_the_cell_shows():
    """A list ends where the next one starts at "1.": marks read as "11." after "10." take it, not
    "1." (which a reading also shows). A final stop the block reading saw stays though most readings
    lost it; one only some readings show is not added; "5.4:" ends as most readings end it."""
    assert numbers.choose(["И.", "1.", "1.", "11.", "1", "9."], ["10."], ["1."]) == "11."
    assert numbers.choose(["И.", "1.", "11."], ["10."], ["3."]) == "И."
    assert numbers.choose(["12.4.", "12.4.", "12.4", "12.4", "12.4"], ["12.3."], ["13.1."]) == "12.4."
    assert numbers.choose(["12.4", "12.4.", "12.4", "12.4"], ["12.3"], ["13.1"]) == "12.4"
    assert numbers.choose(["5.4:", "5.4.", "5.4.", "5.4:"], ["5.3."], ["5.5."]) == "5.4."
    assert numbers.choose(["6,3", "63", "6.3"], ["6.2"], ["1"]) == "6.3"
    assert numbers.choose(["5.1:", "5.1:"], ["4."], ["5.2."]) == "5.1."
    assert [numbers.single_stops(t) for t in ("6..", "8..", "13.1.,", "2.4.")] == ["6.", "8.", "13.1.", "2.4."]


def test_a_header_whose_number_cell_came_back_as_marks_and_one_other_cell_garbled_is_still_a_header():
    """At 110 dpi "№ п/п" reads "м ци" and "Ответственные исполнители" reads "Ответстьсняые к палимтези":
    the first cell's few marks name the number column, so the one garbled cell is the only unnamed one
    and the plan's header is not lost. A text PDF's row, or an OCR'd row of measures, stays no header."""
    from parsers.model import Cell, Row
    from pipeline.structure.headers import read_header

    def row(texts, confidence):
        return Row([Cell(t, confidence=confidence) for t in texts])

    texts = ["м\nци", "Мероприятие", "Сроки\nисполнения", "Ответстьсняые\nк палимтези", "результат"]
    header = read_header(row(texts, 60.0))
    assert header is not None and header.roles == ["number", "name", "deadline", None, "result"]
    assert read_header(row(texts, None)) is None
    assert read_header(row(["1.", "Проведение совещания", "Ежегодно", "Управление образования"], 80.0)) is None
    # beside a header naming the core columns, a few more letters ("Кипа") are the number column too
    core = ["Мероприятие", "Сроки", "Исполнители", "Результат"]
    assert read_header(row(["Кипа", *core], 50.0)).roles == ["number", "name", "deadline", "executors", "result"]
    assert read_header(row(["Цели задачи", *core], 50.0)).roles[0] is None


def test_a_short_header_word_read_with_one_letter_wrong_still_names_its_column():
    """At 120 dpi "Сроки" reads "Срокн": the deadline column must not be lost for one letter; a word
    the dictionary knows ("Срока") or a text from a PDF is not forgiven."""
    from pipeline.structure.headers import role_of
    assert role_of("Срокн", fuzzy=True) == "deadline"
    assert role_of("Фориа", fuzzy=True) == "form"
    assert role_of("Срокн", fuzzy=False) is None
    assert role_of("Нарма", fuzzy=True) is None


def _row(first: str, readings: list[str], colspan: int = 1) -> list:
    from parsers.ocr.page import OcrCell
    from parsers.pdf.text import TextLine

    line = TextLine(first, 10.0, 40.0, 100.0, 110.0, 10, False)
    return [OcrCell([line] if first else [], colspan=colspan, readings=readings)]


def test_a_number_under_a_title_printed_over_two_numbered_rows_fits_the_first_of_them():
    """A section title over two rows of a Word list: its second row took the list's next number ("4."),
    and the first measure below, read as marks, is still "3.1.", which follows the title's "3."."""
    from parsers.ocr.page import OcrPage

    rows = [_row("2.3.", ["2.3.", "2.3."]),
            _row("3. Мониторинг достижения показателей", [], colspan=5),
            _row("4. и талантов у детей и молодежи", [], colspan=5),
            _row("за,", ["за,", "3.1", "3.1."]),
            _row("3.2.", ["3.2.", "3.2."])]
    page = OcrPage(number=1, height=800.0, tables=[(0.0, rows)])
    numbers.settle([page])
    assert rows[3][0].lines[0].text.startswith("3.1")
    alone = [_row("2.3.", ["2.3.", "2.3."]), _row("4. Мониторинг", [], colspan=5),
             _row("за,", ["за,", "3.1", "3.1."]), _row("3.2.", ["3.2.", "3.2."])]
    numbers.settle([OcrPage(number=1, height=800.0, tables=[(0.0, alone)])])
    assert alone[2][0].lines[0].text == "за,"  # under a title "4." alone, "3.1" fits nothing above


def test_marks_most_readings_agree_on_are_that_number_where_one_neighbour_wants_it():
    """A "22" read as marks ("эз--") under a number read badly ("7." for 21): most readings of the cell
    show "22" and the number below follows it. Two readings are not enough, nor one neighbour that
    wants another number."""
    assert numbers.choose(["эз--", "22", "22", "22", "22", "22"], ["7."], ["23."]) == "22"
    assert numbers.choose(["эз--", "22", "22"], ["7."], ["23."]) == "эз--"
    assert numbers.choose(["эз--", "22", "22", "22"], ["7."], ["30."]) == "эз--"


def test_two_lines_no_taller_together_than_one_are_one_line_of_digits_cut_in_halves():
    """At a coarse resolution the binarisation may cut "22" across: its upper half reads "эз", its lower
    "--", each a line of half a digit's height. A cell of two numbers, one under the other, is not that."""
    upper = OcrLine("эз", (41, 29, 79, 47), 23.5, 57.0)
    lower = OcrLine("--", (41, 49, 80, 60), 23.5, 54.0)
    assert numbers.halves([upper, lower])
    assert not numbers.halves([OcrLine("1.", (41, 29, 79, 60), 31.0, 90.0),
                               OcrLine("2.", (41, 80, 79, 111), 31.0, 90.0)])
    assert not numbers.halves([upper])


def test_a_number_that_breaks_the_run_is_repaired_to_the_one_a_character_away_that_fits_both_sides():
    """Under a title "4." and over a cell read "4.2.", a "3.1." is 4.1.; a "13.22" after 13.11. and before
    a title "14." is 13.12.; a "3.10" read twice in a cell of marks between 13.9. and 13.11. is 13.10.
    Nothing is repaired where the reading fits the number above, where two numbers would fit, or where
    the nearest fitting number is two characters away."""
    assert numbers.choose(["3.1.", "3.1.", "4.4.", "3.3.", "3.3."], ["4"], ["4.2.", "3.2."]) == "4.1."
    assert numbers.choose(["13.22", "13.22", "13.2", "132."], ["13.11."], ["14"], {2: True}) == "13.12."
    assert numbers.choose(["#349", "3.10", "310", "319", "3.10"], ["13.9."], ["13.11."], {2: True}) == "13.10."
    assert numbers.choose(["#349", "3.10", "310"], ["13.9."], ["13.11."]) == "#349"  # one reading of marks
    assert numbers.choose(["3.3.", "3.3."], ["3.2."], ["4.1."]) == "3.3."  # follows the number above: stays
    assert numbers.choose(["2.6.", "2.6."], ["2.4."], ["2.7."]) == "2.6."  # a plan that skips 2.5.
    assert numbers.choose(["7.", "7."], ["5."], ["6.", "8."]) == "7."  # 6. and 8. would both fit
    assert numbers.choose(["9.", "9."], ["5."], ["7."]) == "6."
    assert numbers.choose(["9.", "9.", "9."], ["5."], ["7."]) == "9."  # every reading agrees
    assert numbers.choose(["1.", "1."], ["10."], ["12."]) == "1."  # a new list may start anywhere
    assert numbers.choose(["19.", "19."], ["5."], ["7."]) == "19."  # 6. is two characters from "19."


def test_a_number_cell_read_with_marks_around_its_digits_is_written_as_the_number():
    """A colon between digits is a blurred stop; a speck before the digits or a dash after them is no
    part of the number; marks that leave no number stay as read."""
    assert [numbers.cleaned(t) for t in ("4:4.", "13;2", "5.3 -", "5.=", "`55.", "6..", "Е -.", "3.1 .")] == \
        ["4.4.", "13.2", "5.3", "5.", "55.", "6.", "Е-.", "3.1."]
    assert numbers.choose(["4.4.", "3.4.", "44."], ["4.3."], ["5"]) == "4.4."


def test_where_the_readings_differ_on_the_last_stop_the_plans_numbers_of_its_depth_decide():
    """A speck beside "5.4" reads as a stop in some readings, not others: a plan writes its numbers of
    one depth alike, as most of the last ones of that depth were chosen ("5.1", "5.2", "5.3" but "5."),
    and readings that agree keep their stop. One number read with a speck does not set the style."""
    found = ["5.4.", "5.4", "5.4", "5.4"]
    assert numbers.styles(["4.", "5.", "5.1", "5.2", "5.3"]) == {1: True, 2: False}
    assert numbers.styles(["21", "22", "23.", "24"]) == {1: False}
    assert numbers.styles(["1.", "2"]) == {}
    assert numbers.choose(found, ["5.3"], ["5.5"], numbers.styles(["5.", "5.1", "5.2", "5.3"])) == "5.4"
    assert numbers.choose(found, ["5.3."], ["5.5"], numbers.styles(["5.", "5.1.", "5.2.", "5.3."])) == "5.4."
    assert numbers.choose(found, ["5."], ["5.5"], numbers.styles(["4.", "5."])) == "5.4."
    assert numbers.choose(["5.4.", "5.4."], ["5.3"], ["5.5"], {2: False}) == "5.4."


def test_a_list_may_start_again_under_a_title_without_a_number():
    """"Направление «…»" across the table, then a cell read "5" and "1." twice: under such a title a list
    may start again, and "1." fits both sides; the cell is flagged as repaired. Over a row of the same
    list, the numbers go on."""
    from parsers.ocr.page import OcrPage

    rows = [_row("3.", ["3.", "3."]), _row("4.", ["4.", "4."]),
            _row("Направление «Мониторинг эффективности руководителей»", [], colspan=5),
            _row("5", ["5", "5.", "1.", "1."]), _row("2", ["2", "2.", "2."])]
    numbers.settle([OcrPage(number=1, height=800.0, tables=[(0.0, rows)])])
    assert [r[0].lines[0].text for r in rows if r[0].readings] == ["3.", "4.", "1.", "2."]
    assert [r[0].repaired for r in rows if r[0].readings] == [False, False, True, False]
    going_on = [_row("4.", ["4.", "4."]), _row("Направление «Мониторинг»", [], colspan=5),
                _row("5.", ["5.", "5.", "1."]), _row("6.", ["6.", "6."])]
    numbers.settle([OcrPage(number=1, height=800.0, tables=[(0.0, going_on)])])
    assert going_on[2][0].lines[0].text == "5." and not going_on[2][0].repaired


def test_a_repaired_number_carries_a_warning_to_its_measure():
    from parsers.model import Cell, Document, Paragraph, Row, Table
    from pipeline.structure import build_structure

    header = ["№ п/п", "Наименование мероприятия", "Сроки", "Ответственные исполнители"]
    rows = [Row([Cell(t, [t]) for t in header], 1)]
    for number, name, fixed in (("1.", "Первое", False), ("2.", "Второе", True), ("3.", "Третье", False)):
        cells = [Cell(t, [t], confidence=90.0) for t in (number, name, "Май", "УО")]
        cells[0].repaired = fixed
        rows.append(Row(cells, 1))
    document = Document("scan", "pdf-ocr", [Paragraph("План мероприятий", bold=True, page=1),
                                            Table(rows, page_start=1, page_end=1)])
    measures = build_structure(document).plans[0].measures
    assert [("ocr_number_repaired" in m.warnings) for m in measures] == [False, True, False]


def _cell_image(text: str, specks: int, seed: int = 3):
    """A number cell at 300 dpi as the page reader cuts it (black on white, padded): `text` in 12 pt
    print, and `specks` dots of a coarse speckled scan, each a few pixels."""
    import cv2
    import numpy as np

    rng = np.random.default_rng(seed)
    cell = np.full((120, 160), 255, np.uint8)
    if text:
        cv2.putText(cell, text, (40, 75), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)
    for x, y in zip(rng.integers(22, 138, specks), rng.integers(22, 98, specks), strict=True):
        cell[y:y + 4, x:x + 3] = 0
    return cell


def test_a_number_cell_holding_only_specks_holds_no_digit():
    """Specks in an empty number cell read as "*" or "г" and passed for a measure's number; a digit is
    taller than any speck, a full stop alone is no number either."""

    assert numbers.holds_digits(_cell_image("2.", 0))
    assert numbers.holds_digits(_cell_image("13.1", 12))
    assert not numbers.holds_digits(_cell_image("", 12))
    assert not numbers.holds_digits(_cell_image(".", 4))
    assert not numbers.holds_digits(_cell_image("", 25, seed=1))


@pytest.mark.skipif(engine.tessdata() is None, reason="tesseract-ocr-rus not installed")
def test_the_specks_of_a_number_cell_are_not_read():
    from parsers.ocr import page

    specks = _cell_image("", 25, seed=1)
    cut = page.PAD - page.INSET
    clean = specks[cut:-cut, cut:-cut]
    box = (0, 0, clean.shape[1], clean.shape[0])
    assert page.read_cell(clean, box, number=False)[0]  # read as any cell, the specks make a letter
    assert page.read_cell(clean, box, number=True) == ([], None, [])


def test_no_stop_is_added_where_the_first_reading_and_most_readings_show_none():
    """A plan may write "3.1" among "2.2." and "4.1.": where the first reading and most readings show no
    stop, the plan's style adds none. Where they split, or show one (a speck after "16" read by every
    reading as a stop), the plan's numbers of that depth decide."""
    assert numbers.choose(["3.1", "3.1", "3.1", "3.1", "3.1."], ["2.2."], ["4.1."], {2: True}) == "3.1"
    assert numbers.choose(["3.1", "3.1.", "3.1", "3.1."], ["2.2."], ["4.1."], {2: True}) == "3.1."
    assert numbers.choose(["16.", "16", "16.", "16."], ["15"], ["17"], {1: False}) == "16"


def test_a_new_tables_header_starts_the_plans_own_stop_style():
    """A plan numbered "1" to "9" and, under its own header, one numbered "1.", "2.": its "1." read so by
    most readings keeps its stop; without the header between, the style of the numbers above decides."""
    from parsers.ocr.page import OcrPage

    def plans(header: bool) -> list:
        rows = [_row(str(n), [str(n)] * 3) for n in range(1, 10)]
        rows += [_row("№ пп.", ["№пп."])] if header else []
        return rows + [_row("1.", ["1.", "1.", "1"]), _row("2.", ["2.", "2."])]

    for header, first in ((True, "1."), (False, "1")):
        rows = plans(header)
        numbers.settle([OcrPage(number=1, height=800.0, tables=[(0.0, rows)])])
        assert rows[-2][0].lines[0].text == first


needs_languages = pytest.mark.skipif(not (engine.has_language("eng") and engine.has_language("rus")),
                                     reason="tesseract-ocr-eng/-rus not installed")


def _number_cell(text: str):
    """A number cell image with `text` printed in it, and the line the block reading found there."""
    import cv2
    import numpy as np

    cell = np.full((90, 200), 255, np.uint8)
    cv2.putText(cell, text, (40, 60), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 3)
    return cell, [OcrLine(text, (38, 35, 120, 62), 27.0, 40.0)]


def _engine_reading(monkeypatch, line_text: str | None):
    """engine.read that answers each one-line reading with `line_text` (None: no line found) and each
    block reading with what the cell shows; returns the layouts asked, in order."""
    asked = []

    def read(image, layout=engine.BLOCK, lang=None, chars=None):
        asked.append(layout)
        text = line_text if layout == engine.LINE else "1.2."
        return [] if text is None else [OcrLine(text, (0, 0, 10, 10), 10.0, 90.0)]

    monkeypatch.setattr(engine, "read", read)
    return asked


@needs_languages
def test_a_number_cell_the_one_line_readings_find_nothing_in_is_read_as_a_block(monkeypatch):
    """A speck beside "1.2." can make the engine find no line in the crop at all (the block reading made
    "°].2." of it, or ">." of a blurred "2."); read as a block of digits, the same crop shows the number.
    The column's header ("№ п/п") is not read so: its letters would make a number of it."""
    cell, lines = _number_cell("1.2.")
    for first in ("°].2.", ">.", ""):
        asked = _engine_reading(monkeypatch, None)
        found = numbers.readings(cell, cell, [OcrLine(first, lines[0].box, 27.0, 40.0)], cell)
        assert found[0] == first and found.count("1.2.") == len(numbers.READINGS)
        assert engine.BLOCK in asked
    asked = _engine_reading(monkeypatch, None)
    assert numbers.readings(cell, cell, [OcrLine("№п/п", lines[0].box, 27.0, 40.0)]) == ["№п/п"]
    assert engine.BLOCK not in asked


@needs_languages
def test_a_coarse_scans_sharpened_grey_is_read_as_a_number_too(monkeypatch):
    """On a coarse soft scan the cell's grey with the blur taken back is one more source of readings;
    without it (a fine scan) the number is read from the ink and the plain grey only."""
    cell, lines = _number_cell("1.2.")
    sources = [source for source, _, _ in numbers.READINGS]
    _engine_reading(monkeypatch, "1.2.")
    plain, sharpened = numbers.readings(cell, cell, lines), numbers.readings(cell, cell, lines, cell)
    assert "sharp" in sources and set(plain) == set(sharpened) == {"1.2."}
    assert len(sharpened) - len(plain) == sources.count("sharp")


@needs_languages
def test_a_reading_of_digits_and_stops_is_cleaned_as_the_first_reading_is(monkeypatch):
    """With digits and stops only, a speck before the digits reads as a stop (".1.2."), a speck after
    the last one as another ("1.2.."): what is left is the number."""
    cell, lines = _number_cell("1.2.")
    for raw in (".1.2.", "1.2.."):
        asked = _engine_reading(monkeypatch, raw)
        found = numbers.readings(cell, None, lines)
        assert len(found) >= 4 and set(found) == {"1.2."}
        assert engine.BLOCK not in asked


@pytest.mark.parametrize(("text", "number"), [
    ("||. Показатели. Методы сбора информации", "2"), ("1И Мониторинг", "3"), ("Ш Мониторинг", "3"),
    ("ГУ. Анализ. Адресные рекомендации", "4"), ("1\\. Анализ", "4"), ("\\. Меры. Управленческие решения", "5"),
    ("У. Меры", "5"), ("\\У1. Анализ эффективности", "6"), ("УТ. Анализ", "6"), ("IX. Итоги", "9"),
    ("И Мониторинг", None), ("У Управления", None), ("Мониторинг", None), ("|). Показатели", None),
    ("VX. Меры", None), ("ИТОГО: Меры", None), ("П. 3 приказа", None),
])
def test_a_section_titles_roman_number_is_read_through_the_engines_look_alikes(text, number):
    from parsers.ocr.roman import roman_heading

    assert roman_heading(text) == number


def test_a_number_under_a_roman_section_title_follows_the_titles_number():
    """"V. Меры" read "У. Меры" under a number misread ("83" for 4.3.): the cell below it, read "1." first
    and "5.1." by two readings, is 5.1., which the title's number and the "5.2" below want."""
    from parsers.ocr.page import OcrPage

    rows = [_row("83", ["83", "83"]), _row("У. Меры. Управленческие решения", [], colspan=5),
            _row("1.", ["1.", "1.", "5.1.", "5.1."]), _row("5.2", ["5.2", "5.2"])]
    numbers.settle([OcrPage(number=1, height=800.0, tables=[(0.0, rows)])])
    assert rows[2][0].lines[0].text == "5.1."


def test_the_last_number_of_a_section_fits_a_list_starting_again_under_the_next_title():
    """A plan numbering its items from "1." under each section: a cell read as marks and "2." by two
    readings, under "1" and over the next section's title, is 2., as the cell under that title is "1."."""
    from parsers.ocr.page import OcrPage

    rows = [_row("1", ["1", "1", "1"]), _row("Е]=", ["Е]=", "2.", "2."]),
            _row("4. Анализ. Адресные рекомендации", [], colspan=5), _row("1.", ["1.", "1."])]
    numbers.settle([OcrPage(number=1, height=800.0, tables=[(0.0, rows)])])
    assert rows[1][0].lines[0].text == "2."


def test_marks_between_two_numbers_that_leave_room_for_one_are_that_number():
    """A blurred "12" read "в", an "11.1" read "и", a cell whose ink no reading found: where the numbers
    above and below leave room for one number only, the cell is that one, with the plan's stop style."""
    assert numbers.choose(["в"], ["11"], ["13", "13", "1.3"]) == "12"
    assert numbers.choose(["и", "0.1"], ["11."], ["11.2.", "12", "1.2"], {2: False}) == "11.1"
    assert numbers.choose(["", "7."], ["3."], ["5.", "5"], {1: True}) == "4."
    assert numbers.choose(["Е -.", "7."], ["1."], ["3."]) == "2."  # a reading off the run does not hold it
    assert numbers.choose(["в"], ["11"], ["12", "12"]) == "в"  # no room between: the rest of the row above
    assert numbers.choose(["в"], ["11"], []) == "в"  # nothing below to pin it
    assert numbers.choose(["№пп"], ["6"], ["8"]) == "№пп"  # a header read again
    assert numbers.choose(["Мера"], ["6"], ["8"]) == "Мера"  # words, not a number's marks

