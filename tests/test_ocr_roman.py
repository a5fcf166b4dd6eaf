"""Section titles of a scan whose Roman number came back as look-alikes (parsers/ocr/roman.py)."""


def _model_row(*texts: str):
    from parsers.model import Cell, Row
    return Row(cells=[Cell(text=t, paragraphs=[t] if t else []) for t in texts])


def test_a_section_title_read_as_look_alikes_takes_the_roman_number_its_items_are_numbered_by():
    """"1М. Анализ" (IV blurred) over items 4.1, 4.2 becomes "IV. Анализ"; a title read right, an Arabic
    one, and one with no item numbered under a section stay as read."""
    from parsers.model import Paragraph, Table
    from parsers.ocr.roman import mend_titles

    blurred = Paragraph(text="1М. Итоги. Выводы комиссии")
    right = Paragraph(text="V. Меры")
    arabic = Paragraph(text="1. Мероприятия по сопровождению")
    lone = Paragraph(text="|. Показатели")
    across = _model_row("\\. Оценка результатов", "", "")
    blocks = [blurred, Table(rows=[_model_row("4.1.", "Подготовка отчетов", "Март")]), right,
              Table(rows=[_model_row("5.1", "Принятие мер", "Май"), across,
                          _model_row("6.1", "Круглый стол", "Ноябрь")]),
              arabic, Table(rows=[_model_row("1.1.", "Совещание", "Август")]), lone,
              Table(rows=[_model_row("1.", "Семинар", "Май")])]
    mend_titles(blocks)
    assert blurred.text == "IV. Итоги. Выводы комиссии"
    assert right.text == "V. Меры" and arabic.text == "1. Мероприятия по сопровождению"
    assert across.cells[0].text == "VI. Оценка результатов"
    assert across.cells[0].paragraphs == ["VI. Оценка результатов"]
    assert lone.text == "|. Показатели"


def test_section_titles_read_as_look_alikes_take_the_roman_number_their_order_gives():
    """Items numbered 1, 2, ... throughout say nothing of the sections: "П." after I reads II, "ГУ." after
    III reads IV, and a title between II and IV whose look-alikes spell no fitting number is III. A
    title read in Roman letters, and a signatory's initials after the last title, stay as read."""
    from parsers.model import Paragraph, Table
    from parsers.ocr.roman import mend_titles

    def item(number: str):
        return Table(rows=[_model_row(number, "Встреча с директорами школ", "Май")])

    first = Paragraph(text="I. Общие положения")
    second = Paragraph(text="П. Сбор сведений")
    third = _model_row("И. Обработка сведений", "", "")
    fourth = Paragraph(text="ГУ. Итоги года")
    signed = Paragraph(text="И. О. Петров")
    mend_titles([first, item("1."), second, item("2."), Table(rows=[third, _model_row("3.", "Отчет", "Июнь")]),
                 fourth, item("4."), signed])
    assert first.text == "I. Общие положения"
    assert second.text == "II. Сбор сведений"
    assert third.cells[0].text == "III. Обработка сведений"
    assert fourth.text == "IV. Итоги года"
    assert signed.text == "И. О. Петров"


def test_a_look_alike_title_with_no_section_before_or_after_it_stays_as_read():
    """A lone "Ш. Отчеты" (no title before or after it to place it) is not taken for a section number."""
    from parsers.model import Paragraph
    from parsers.ocr.roman import mend_titles

    lone = Paragraph(text="Ш. Отчеты")
    mend_titles([lone])
    assert lone.text == "Ш. Отчеты"
