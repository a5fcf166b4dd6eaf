"""A table row of one cell that spells no word (a stamp's or a signature's marks) is no section's title."""

from parsers.model import Cell, Paragraph, Row, Table
from parsers.ocr.mark_rows import is_marks, without_mark_rows


def _row(*texts: str, colspan: int = 1) -> Row:
    return Row(cells=[Cell(text=t, colspan=colspan) for t in texts])


def test_marks_spell_no_word():
    for marks in ("ыВ", "№0", "оП з", "/ 4:", "ие 1"):
        assert is_marks(marks), marks


def test_titles_numbers_and_dashes_are_not_marks():
    for text in ("Кадры", "2. Развитие сети", "2031 год", "3.2.", "IV.", "—", "Цели и задачи"):
        assert not is_marks(text), text


def test_row_of_marks_across_the_table_is_dropped():
    table = Table(rows=[
        _row("1.", "Провести смотр кабинетов", "май"),
        _row("зЫ", colspan=3),
        _row("Новые кадры", colspan=3),
        _row("2.", "Обновить фонд", "июнь"),
    ])
    kept = without_mark_rows([table])
    assert [r.cells[0].text for r in kept[0].rows] == ["1.", "Новые кадры", "2."]


def test_marks_in_one_cell_of_a_full_row_stay():
    table = Table(rows=[_row("1.", "зЫ", "май"), _row("", "№0", "")])
    assert len(without_mark_rows([table])[0].rows) == 2  # a cell of a measure's row, not a title row


def test_table_of_marks_alone_goes_and_paragraphs_stay():
    para = Paragraph(text="ыв")
    assert without_mark_rows([Table(rows=[_row("ыв")]), para]) == [para]
