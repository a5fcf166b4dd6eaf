"""parsers.ocr: number and text cells of degraded scans read as the print has them (first-column numbers,
specks the engine names as marks or letters, a doubtful cell read again from its grey)."""

from __future__ import annotations

import re
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from conftest import FIXTURES, corpus_file
from degrade import make_scan
from test_ocr import needs_tesseract

from parsers.ocr import engine, grid, image, numbers, page, specks
from parsers.ocr.refine import refine
from parsers.pdf.linejoin import join_lines


def _first_column(path: Path, index: int, straighten: bool) -> list[str]:
    """The first-column cells of a page's ruled tables as OCR reads them, lines joined as in a cell."""
    pdf = pdfium.PdfDocument(str(path))
    gray = image.render(pdf, index)
    pdf.close()
    if straighten:
        gray = image.straighten(gray, image.skew_angle(image.ink(gray)))
    ink = image.ink(gray)
    tables, rules = grid.find_tables(ink)
    clean = page.without_rules(ink, rules)
    texts = []
    for table in tables:
        for row in table.rows:
            if len(row) > 1 and not row[0].covered:
                lines, _, _ = page.read_cell(clean, row[0].box, gray)
                texts.append(" ".join(join_lines(ln.text for ln, _ in lines)))
    return texts


def _numbers(texts: list[str]) -> list[str]:
    return [t for t in texts if re.fullmatch(r"\d+(\.\d+)*\.?", t)]


@needs_tesseract
def test_item_numbers_of_a_degraded_scan_read_as_the_text_layer_has_them(tmp_path):
    """A narrow number column wraps "13.10." as "13.10" / "."; the lone full stop, which the block
    reading drops as noise, and a line a speck threw off ("3.1." read as "ЗА.") both come back."""
    source = corpus_file("sarov_2021_roadmap_2_3", "pdf")
    pages = [3, 12]
    printed = _numbers([t for i in pages for t in _first_column(source, i, straighten=False)])
    assert {"13.10.", "13.11.", "3.1."} <= set(printed)
    scan = make_scan(source, tmp_path / "scan.pdf", seed=7, pages=pages)
    read = [t for i in range(len(pages)) for t in _first_column(scan, i, straighten=True)]
    assert _numbers(read) == printed


# Number cells of a 150 dpi scan made by tests/degrade.py from the Sarov roadmap (pages turned, blurred,
# JPEG'd), as the page reader cuts them: binarised with the rules erased, and in grey.
CELLS = FIXTURES / "scanned" / "cells"


@needs_tesseract
@pytest.mark.parametrize("printed", ["2.4.", "2.7."])
def test_a_number_cell_read_without_its_stop_gets_it_back_and_only_where_the_plan_wants_it(printed):
    """The block reading loses the stop between the digits ("24."); the readings of the enlarged cell
    show it, and the numbers around decide: between 2.3. and 2.5. the cell is 2.4., between 23. and
    25. it stays 24. Every reading chosen among keeps the cell's digits (a stray "277." is left out)."""
    stem = CELLS / f"sarov_150dpi_{printed.replace('.', '')}"
    ink = cv2.imread(f"{stem}.ink.png", cv2.IMREAD_GRAYSCALE)
    shades = cv2.imread(f"{stem}.gray.png", cv2.IMREAD_GRAYSCALE)
    lines = refine(ink, engine.read(ink, engine.BLOCK), page.PAD, shades)
    found = numbers.readings(ink, shades, lines)
    run_together = printed.replace(".", "", 1)
    assert found[0] == run_together
    assert {re.sub(r"\D", "", t) for t in numbers.plausible(found)} == {run_together[:-1]}
    major, minor = numbers.parts(printed)
    assert numbers.choose(found, [f"{major}.{minor - 1}."], [f"{major}.{minor + 1}."]) == printed
    assert numbers.choose(found, [f"{major}{minor - 1}."], [f"{major}{minor + 1}."]) == run_together


@needs_tesseract
def test_a_number_cell_the_block_reading_finds_nothing_in_is_read_and_kept_only_where_the_plan_wants_it():
    """At 110 dpi the binarised "1." of the first item reads as nothing; its grey cell reads "1.", which
    the cell takes before "2." and not before "7."."""
    stem = CELLS / "bashmakovsky_110dpi_1"
    ink = cv2.imread(f"{stem}.ink.png", cv2.IMREAD_GRAYSCALE)
    shades = cv2.imread(f"{stem}.gray.png", cv2.IMREAD_GRAYSCALE)
    assert engine.read(ink, engine.BLOCK) == []
    lines, _, found = page.read_cell(ink[page.PAD - page.INSET:-page.PAD + page.INSET,
                                         page.PAD - page.INSET:-page.PAD + page.INSET],
                                     (0, 0, ink.shape[1] - 2 * (page.PAD - page.INSET),
                                      ink.shape[0] - 2 * (page.PAD - page.INSET)),
                                     shades[page.PAD - page.INSET:-page.PAD + page.INSET,
                                            page.PAD - page.INSET:-page.PAD + page.INSET], number=True)
    assert found[0] == "" and "1." in found
    for below, read in (("2.", ["1."]), ("7.", [])):
        cell = page.OcrCell([ln for ln, _ in lines], readings=found)
        after = page.OcrCell([page.TextLine(below, 10.0, 20.0, 200.0, 210.0, 10, False)], readings=[below])
        table = [[cell, page.OcrCell([])], [after, page.OcrCell([])]]
        numbers.settle([page.OcrPage(number=1, height=800.0, tables=[(0.0, table)])])
        assert [ln.text for ln in cell.lines] == read


@needs_tesseract
def test_a_speck_the_engine_names_as_a_letter_is_dropped_from_a_header_cell():
    """A speck left of the header "Мероприятие" (a 140 dpi scan of the Смирныховский program) is read as
    "у" and would hide the header of a plan; a letter cannot be a tenth of its line's height."""
    ink = cv2.imread(str(CELLS / "smirnykhovsky_140dpi_header.ink.png"), cv2.IMREAD_GRAYSCALE)
    assert np.count_nonzero(ink[:, :page.PAD + 10] < 128) > 0  # the speck is there, left of the word
    lines = engine.read(ink, engine.BLOCK)
    assert [ln.text for ln in lines] == ["Мероприятие"]
    assert lines[0].box[0] > 100  # the line starts at the word, not at the speck


@needs_tesseract
@pytest.mark.parametrize("name", ["bashmakovsky_150dpi_dash_speck", "bashmakovsky_150dpi_equals_speck"])
def test_a_speck_the_engine_names_as_a_mark_is_not_read_as_a_word(name, monkeypatch):
    """Cells of a 150 dpi scan (blur 1.0, 0.6 % speckle, JPEG 30) where a speck after the text read as
    a word of its own, "—" or "=": without the size limit the mark is there, with it only the words."""
    ink = cv2.imread(str(CELLS / f"{name}.ink.png"), cv2.IMREAD_GRAYSCALE)
    words = [w for ln in engine.read(ink, engine.BLOCK) for w in ln.text.split()]
    monkeypatch.setattr(engine, "STRAY_MARK", 0.0)
    unlimited = [w for ln in engine.read(ink, engine.BLOCK) for w in ln.text.split()]
    marks = [w for w in unlimited if not any(ch.isalnum() for ch in w)]
    assert marks
    assert words == [w for w in unlimited if w not in marks]


def test_a_mark_is_a_speck_only_when_far_smaller_than_the_letters_and_no_number_stop_or_a_dash_not_flat():
    line = engine.OcrLine("Отдел образования", (0, 0, 600, 40), 40.0, 90.0)
    assert engine._is_stray("=", (610, 20, 615, 23), line)
    assert engine._is_stray(".", (610, 30, 616, 36), line)
    assert not engine._is_stray("—", (610, 18, 640, 22), line)  # a dash between words
    assert not engine._is_stray("-", (610, 18, 628, 22), line)  # a hyphen set as a dash
    assert not engine._is_stray("х", (610, 20, 615, 23), line)  # a letter: `_is_tiny` judges it
    # specks a 150 dpi scan showed in the white between two open columns, named a dash: a dash is flat,
    # these stand taller than wide, taller than the letters even
    assert engine._is_stray("—", (1326, 702, 1346, 759), line)
    assert engine._is_stray("-", (610, 10, 622, 22), line)
    number = engine.OcrLine("3", (0, 0, 20, 40), 40.0, 90.0)
    assert not engine._is_stray(".", (26, 30, 32, 36), number)  # "3 .": the item number's stop


@needs_tesseract
def test_a_doubtful_cell_of_a_coarse_scan_is_read_again_from_its_grey():
    """At 100 dpi the binarisation breaks bold letters apart ("Узиерждение перечия тородских"); the
    engine doubts that reading, reads the grey around the ink again and is surer of it."""
    stem = CELLS / "bashmakovsky_100dpi_name"
    ink = cv2.imread(f"{stem}.ink.png", cv2.IMREAD_GRAYSCALE)
    shades = cv2.imread(f"{stem}.gray.png", cv2.IMREAD_GRAYSCALE)
    first = " ".join(ln.text for ln in engine.read(ink, engine.BLOCK))
    assert "Утверждение" not in first and "талантливых" not in first
    cut = page.PAD - page.INSET
    ink, shades = ink[cut:-cut, cut:-cut], shades[cut:-cut, cut:-cut]
    inked = page.grey_ink(shades, ink, np.zeros_like(ink))
    lines, _, _ = page.read_cell(ink, (0, 0, ink.shape[1], ink.shape[0]), shades, inked=inked)
    text = " ".join(ln.text for ln, _ in lines)
    assert "Утверждение" in text and "мероприятий, направленных на" in text and "талантливых детей" in text


def test_a_number_read_with_a_space_becomes_one_number():
    """"3.1 ." (the stop apart) is the number 3.1.: the cell's lines are joined, so the structure sees it."""
    line = page.TextLine("3.1 .", 10.0, 30.0, 100.0, 110.0, 10, False)
    cell = page.OcrCell([line], readings=["3.1.", "3.1.", "3.1."])
    heading = page.OcrCell([page.TextLine("3. Меры", 10.0, 200.0, 80.0, 90.0, 10, False)], colspan=3)
    table = [[heading], [cell, page.OcrCell([])]]
    numbers.settle([page.OcrPage(number=1, height=800.0, tables=[(0.0, table)])])
    assert [ln.text for ln in cell.lines] == ["3.1."]


def test_specks_read_as_letters_or_marks_in_empty_cells_are_dropped_short_real_cells_kept():
    """A speckled scan's empty column reads "у", "2", ":" from specks: their boxes are far lower than any
    letter the page prints. Short cells of real print ("РМО", "май") and a wide flat dash stay."""
    def line(text: str, x0: float, width: float, height: float) -> page.TextLine:
        return page.TextLine(text, x0, x0 + width, 100.0, 100.0 + height, 12, False)

    body = [page.OcrCell([line("Проведение совещания с руководителями", 10.0, 150.0, 9.8)], confidence=90.0)
            for _ in range(12)]
    speck_letter = page.OcrCell([line("у", 300.0, 1.4, 2.2)], confidence=67.0)
    speck_marks = page.OcrCell([line(":", 300.0, 1.0, 1.9), line("г", 300.0, 1.4, 2.2)], confidence=51.0)
    flat_letter = page.OcrCell([line("С", 300.0, 10.6, 2.6)], confidence=42.0)  # a rule's remains read "С"
    short = [page.OcrCell([line(t, 300.0, w, h)], confidence=90.0) for t, w, h in (("РМО", 21.1, 8.2),
                                                                                     ("май", 15.6, 6.0))]
    dash = page.OcrCell([line("—", 300.0, 7.0, 1.0)], confidence=80.0)
    mixed = page.OcrCell([line("отдел", 300.0, 25.0, 7.5), line("2", 340.0, 1.4, 1.9)], confidence=60.0)
    cells = [*body, speck_letter, speck_marks, flat_letter, *short, dash, mixed]
    dropped = specks.drop_specks(cells)
    assert len(dropped) == 5
    assert speck_letter.lines == speck_marks.lines == flat_letter.lines == []
    assert speck_letter.confidence is None
    assert [c.lines[0].text for c in (*short, dash)] == ["РМО", "май", "—"]
    assert [ln.text for ln in mixed.lines] == ["отдел"] and mixed.confidence == 60.0
    assert all(len(c.lines) == 1 for c in body)
    assert specks.drop_specks([speck_letter, *short]) == set()  # too few lines to tell the page's print


@pytest.mark.parametrize(("read", "meant"), [
    ("00", "ОО"), ("МБОУ ДПО МЦ, 00", "МБОУ ДПО МЦ, ОО"), ("000 «Ромашка»", "ООО «Ромашка»"), ("в 00.", "в ОО."),
    ("10:00", "10:00"), ("2000 год", "2000 год"), ("12.00 ч", "12.00 ч"), ("0,00", "0,00"), ("100", "100"),
    ("образования, оо", "образования, ОО"), ("руководители оо,", "руководители ОО,"), ("поо", "поо"),
    ("учреждения оО", "учреждения ОО"), ("Оо, школы", "ОО, школы"), ("Оон", "Оон"),
    ("МЦ, 0600", "МЦ, ОбОО"), ("060", "ОбО"), ("0б00", "ОбОО"),
    ("0,600", "0,600"), ("600", "600"), ("№ 0600-1", "№ 0600-1"),
])
def test_zeros_alone_as_a_word_in_a_text_cell_are_the_letters_oo(read, meant):
    """The engine reads the organisations an order names ("ОО", "ООО") as zeros; zeros in a figure stay."""
    assert engine.zeros_as_letters(read) == meant


def test_a_dash_standing_alone_is_an_en_dash_when_half_the_font_size_wide():
    """Rows 30 pixels high (a font of about 43): a dash 22 wide is an en dash ("Сентябрь – октябрь"),
    one 40 wide the em dash the engine names both."""
    seen = [("line", (0, 0, 400, 40), 30.0, 90.0, 35), ("word", "Сентябрь", (0, 5, 150, 40)),
            ("word", "—", (165, 20, 187, 24)), ("word", "октябрь", (200, 5, 330, 40)),
            ("line", (0, 50, 400, 90), 30.0, 90.0, 85), ("word", "Отдел", (0, 55, 100, 90)),
            ("word", "—", (115, 70, 155, 74)), ("word", "школы", (170, 55, 270, 90))]
    assert [ln.text for ln in engine.lines_of(seen)] == ["Сентябрь – октябрь", "Отдел — школы"]


def test_the_lower_part_of_a_merged_header_cell_keeps_the_confidence_of_what_ocr_read():
    """A two-row header whose "№ п/п" spans both rows, read as marks ("№ч"): the copy carried down into
    the second row is still OCR's reading, so the header tells it for the number column as in the first."""
    from parsers.ocr.blocks import _table
    from pipeline.structure import headers

    def cell(text: str, confidence: float | None = 40.0, covered: bool = False) -> page.OcrCell:
        lines = [page.TextLine(text, 10.0, 20.0, 100.0, 110.0, 10, False)] if text else []
        return page.OcrCell(lines, covered=covered, confidence=confidence)

    top = [cell("№ч", 12.0), cell("Наименование мероприятия"), cell("Срок")]
    low = [cell("", None, covered=True), cell("", None, covered=True), cell("Ответственные исполнители")]
    table = _table([top, low], 1, None)
    assert table.rows[1].cells[0].vmerged and table.rows[1].cells[0].confidence == 12.0
    assert headers.read_header(table.rows[1]).roles[0] == "number"
