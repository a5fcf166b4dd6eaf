"""OCR item numbers: which reading of a number cell the plan around it wants, and the header words OCR
misreads; on readings written out here, no image read."""

from __future__ import annotations

from parsers.ocr import numbers
from parsers.ocr.engine import OcrLine


def test_a_stop_no_reading_shows_is_put_only_where_both_neighbours_want_it():
    assert numbers.choose(["31."], ["3."], ["3.2."]) == "3.1."
    assert numbers.choose(["31."], ["3."], []) == "31."
    assert numbers.choose(["11."], ["10."], ["12."]) == "11."
    assert numbers.choose(["Е -.", "2."], ["1."], ["3."]) == "2."
    assert numbers.choose(["Е -.", "7."], ["1."], ["3."]) == "Е -."


def test_other_digits_two_readings_show_replace_the_first_only_where_the_plan_wants_them():
    """A blurred "4" the block reading takes for a "3": the grey readings show "4.2." between 4.1. and 4.3.
    One reading alone counts only where it fits both neighbours, and where the first reading fits the
    plan it stays."""
    found = ["3.2.", "3.2.", "3.2.", "4.2.", "4.2.", "4.2."]
    assert numbers.choose(found, ["4.1."], ["4.3."]) == "4.2."
    assert numbers.choose(["1.3.", "1.2.", "1.2.", "1.2."], ["1.1."], ["1.2."]) == "1.2."
    assert numbers.choose(["3.2.", "3.2.", "4.2."], ["4.1."], ["7."]) == "3.2."
    assert numbers.choose(found, ["3.1."], ["3.3."]) == "3.2."
    assert numbers.choose(found, ["5.1."], ["5.3."]) == "3.2."
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
