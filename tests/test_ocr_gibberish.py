"""Scraps read off a stamp's lettering or a signature over a cell are dropped; print the engine doubts is kept."""

from parsers.ocr.engine import OcrLine
from parsers.ocr.gibberish import cell_lines, is_gibberish, is_noise, text_lines


def _line(text: str, confidence: float) -> OcrLine:
    return OcrLine(text, (0, 0, 100, 20), 20.0, confidence)


def test_doubted_scraps_of_letters_and_marks_are_gibberish():
    for text in ("рЖ", "ы в) №", "2. 7-4” .", "<. 47]", "т.)", "< ю г) № / ЛОД 5%", "- ач ови. ."):
        assert is_gibberish(_line(text, 12.0)), text


def test_doubted_words_and_figures_are_print():
    for text in ("Департамент", "Проведены", "2024 г.", "до 15.09", "100 %", "–", "Сроки по плану"):
        assert not is_gibberish(_line(text, 12.0)), text


def test_a_scrap_read_with_fair_confidence_is_kept():
    assert not is_gibberish(_line("рЖ", 75.0))


def test_text_lines_drop_scraps_and_read_lone_zeros_as_letters():
    found = [_line("Комитет по делам молодёжи, 00", 90.0), _line("ж ^-", 8.0), _line("и школы", 60.0)]
    assert [ln.text for ln in text_lines(found)] == ["Комитет по делам молодёжи, ОО", "и школы"]


def test_marks_alone_beside_text_are_a_flourish_but_alone_a_blank_cell():
    found = [_line("Отдел архивов", 95.0), _line("— .", 80.0), _line("—-_", 75.0), _line("/", 88.0)]
    assert [ln.text for ln in text_lines(found)] == ["Отдел архивов"]
    assert [ln.text for ln in text_lines([_line("—", 75.0)])] == ["—"]
    assert text_lines([_line("/.", 75.0)]) == [] and text_lines([_line("®", 80.0)]) == []
    assert [ln.text for ln in text_lines([_line("4.12", 90.0), _line(".", 30.0)])] == ["4.12", "."]
    assert [ln.text for ln in text_lines([_line("«Школа", 90.0), _line("»;", 80.0)])] == ["«Школа", "»;"]
    assert [ln.text for ln in text_lines([_line("№", 30.0), _line("п/п", 90.0)])] == ["№", "п/п"]


def test_doubted_marks_alone_are_noise_wherever_they_are():
    assert is_noise(_line("—", 10.0)) and is_noise(_line("' ,", 20.0))
    assert not is_noise(_line("—", 40.0)) and not is_noise(_line("ы", 5.0)) and not is_noise(_line("7", 5.0))


def test_one_filter_drops_noise_everywhere_and_scraps_in_text_cells_only():
    found = [_line("3.1.", 70.0), _line("“ .", 10.0), _line("рЖ", 12.0)]
    assert [ln.text for ln in cell_lines(found, text=False)] == ["3.1.", "рЖ"]
    assert [ln.text for ln in cell_lines([_line("Отдел", 90.0), *found[1:]])] == ["Отдел"]
    assert cell_lines([_line("—", 10.0)]) == [] and [ln.text for ln in cell_lines([_line("—", 60.0)])] == ["—"]
