"""Header cells a fax's OCR read with letters swapped for their look-alikes: still the column they name."""

from __future__ import annotations

from parsers.model import Cell, Row


def _ocr_row(*texts: str) -> Row:
    return Row(cells=[Cell(text=t, confidence=70.0) for t in texts])


def test_a_header_word_with_two_lookalike_letters_still_names_its_column():
    """Thin strokes lost: "и" read "н", "е" read "с". Two swaps in one word are past what a ratio of
    matching letters forgives; as look-alikes they still name the column, but only in a cell OCR read."""
    from pipeline.structure.headers import role_of
    assert role_of("Наимснованне", fuzzy=True) == "name"
    assert role_of("Пернод", fuzzy=True) == "deadline"
    assert role_of("Исполннтелн", fuzzy=True) == "executors"
    assert role_of("Наимснованне", fuzzy=False) is None


def test_other_wrong_letters_and_known_words_are_no_lookalike_reading():
    """A swap of letters that look nothing alike costs a whole letter; a word the dictionary knows is
    read as itself ("роботы" is no misread "работы"); a short phrase is forgiven nothing."""
    from pipeline.structure.lookalike import distance, phrase_cost
    assert distance("пернод", "период") == 0.25
    assert phrase_cost(["пурыод"], "период") is None
    assert phrase_cost(["содержание", "роботы"], "содержание работы") is None
    assert phrase_cost(["срак"], "срок") is None


def test_a_faxed_header_row_read_with_lookalike_letters_opens_a_plan():
    """A whole header row so misread (every column word with swapped letters) is still a header."""
    from pipeline.structure.headers import read_header
    header = read_header(_ocr_row("№ п/п", "Наимсиованне мсроприятия", "Србки нсполнения", "Ответствсииые"))
    assert header is not None
    assert header.roles == ["number", "name", "deadline", "executors"]


def test_a_body_row_of_measures_is_no_header_for_its_lookalikes():
    """A measure's row read by OCR names no columns, however its letters were misread."""
    from pipeline.structure.headers import read_header
    assert read_header(_ocr_row("3.", "Провсдснис сомииара для пслагогов", "Апрель 2024", "Отдсл образования")) is None


def test_a_header_whose_name_column_ocr_garbled_still_opens_a_plan():
    """The widest header words came through as nothing readable; the rest names a deadline and the
    executors, so the one unnamed cell after the number column is the name's."""
    from pipeline.structure.headers import read_header
    header = read_header(_ocr_row("№ п/п", "Шзнмкыгрвапзе мрпмоеаятщя", "Срок исполнения", "Ответственные"))
    assert header is not None
    assert header.roles == ["number", "name", "deadline", "executors"]


def test_an_unnamed_cell_is_no_name_column_in_a_printed_row_or_away_from_its_place():
    """Only a cell OCR read, standing first after the number column, with a deadline after it, written
    like a header (a capital, no digit), is taken for the misread name."""
    from pipeline.structure.headers import read_header
    printed = Row(cells=[Cell(text=t) for t in ("№ п/п", "Шзнмкыгрвапзе", "Срок исполнения", "Ответственные")])
    assert read_header(printed) is None
    assert read_header(_ocr_row("№ п/п", "Срок исполнения", "Шзнмкыгрвапзе", "Ответственные")) is None
    assert read_header(_ocr_row("№ п/п", "Этап 2 подготовки", "Срок исполнения", "Ответственные")) is None
    assert read_header(_ocr_row("№ п/п", "шзнмкыгрвапзе", "Срок исполнения", "Ответственные")) is None
