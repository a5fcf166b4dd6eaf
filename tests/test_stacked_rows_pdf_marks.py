"""Stacked rows in PDF: a line that stops short of the space a renderer writes at its wraps ended its
paragraph, whatever the grammar or the case of the next line says (pipeline/structure/printed.py)."""

from __future__ import annotations

from parsers.model import Cell, PrintedLine
from pipeline.structure import printed

GRID = printed.Grid(origin=100, pitch=12, height=10, space=3.0)  # the renderer writes 3 pt at its wraps


def _cell(first_wrapped: bool) -> Cell:
    """"Наличие" over "аналитического отчета" (a word cut at its line end, glued back over two grid
    lines), "по итогам", then "Протокол" level with the second measure's name; the column ends at 360."""
    spec = [("Наличие", 0, 0, 312, 3.0 if first_wrapped else 0.0), ("аналитического отчета", 1, 2, 358, 3.0),
            ("по", 3, 3, 282, 3.0), ("итогам", 4, 4, 306, 0.0), ("Протокол", 5, 5, 318, 0.0)]
    lines = [PrintedLine(t, 100 + 12 * a, 110 + 12 * b, 270, x1, space) for t, a, b, x1, space in spec]
    return Cell(text="\n".join(ln.text for ln in lines), paragraphs=[ln.text for ln in lines], lines=lines, right=360)


def test_pdf_an_entry_typed_as_two_paragraphs_does_not_line_up_where_the_wrap_space_is_missing():
    """"Наличие" stops with room for the wrap space and none is printed: its paragraph ended, though
    the next line opens in lowercase with a word that goes on. Three entries for two measures."""
    assert printed.entries(_cell(first_wrapped=False), 2, GRID, [160.0]) is False


def test_pdf_the_same_lines_carrying_the_wrap_space_are_one_entry():
    """The same cell with the space after "Наличие": a wrap, two entries for two measures."""
    assert printed.entries(_cell(first_wrapped=True), 2, GRID, [160.0]) == [
        "Наличие\nаналитического отчета\nпо\nитогам", "Протокол"]


def _twins(second_wrapped: bool) -> Cell:
    """"Администрация" fills the column twice, the first time with the wrap space after it (hanging past
    the edge), the second as `second_wrapped` says; 6 pt a glyph."""
    spec = [("Администрация", 3.0), ("района,", 3.0), ("ОО", 0.0), ("Администрация", 3.0 if second_wrapped else 0.0),
            ("района,", 3.0), ("ОБОУ", 0.0)]
    lines = [PrintedLine(t, 100 + 12 * k, 110 + 12 * k, 270, 270 + 6 * len(t), space)
             for k, (t, space) in enumerate(spec)]
    return Cell(text="\n".join(ln.text for ln in lines), paragraphs=[ln.text for ln in lines], lines=lines,
                right=270 + 6 * len("Администрация"))


def test_pdf_a_line_without_the_wrap_space_its_twin_carries_ended_its_paragraph():
    """The second "Администрация" ends where the first does, and the first carries the wrap space: the
    space had room, none is printed, so an entry typed as two paragraphs; the cell does not line up."""
    assert printed.entries(_twins(second_wrapped=False), 2, GRID, [136.0]) is False
    assert printed.entries(_twins(second_wrapped=True), 2, GRID, [136.0]) == [
        "Администрация\nрайона,\nОО", "Администрация\nрайона,\nОБОУ"]


def _dates(*middle: tuple[str, float]) -> Cell:
    """A deadline cell: "Сентябрь" alone, stopping with room for the wrap space and none printed (its
    paragraph ended), over the `middle` lines (text, wrap space), then "В течение года"; 6 pt a glyph.
    The column ends at 374: "июль 2023 г." fills it (its paragraph's end cannot be seen), and after
    "Сентябрь" the next word does not fit with a glyph to spare."""
    spec = [("Сентябрь", 0.0), *middle, ("В течение", 3.0), ("года", 0.0)]
    lines = [PrintedLine(t, 100 + 12 * k, 110 + 12 * k, 300, 300 + 6 * len(t), space)
             for k, (t, space) in enumerate(spec)]
    return Cell(text="\n".join(ln.text for ln in lines), paragraphs=[ln.text for ln in lines], lines=lines,
                right=374)


def test_pdf_a_month_over_its_year_going_on_into_a_range_is_one_entry_typed_as_two_paragraphs():
    """"Сентябрь" ended its paragraph, yet the year under it goes on into a range ("2022 г. –" …): one
    date typed as two paragraphs, three paragraphs for two measures, so the cell does not line up."""
    cell = _dates(("2022 г. –", 3.0), ("июль 2023 г.", 0.0))
    assert printed.entries(cell, 2, GRID, [148.0]) is False


def test_pdf_a_year_standing_alone_under_a_month_may_be_an_entry_of_its_own():
    """A year alone under the month ("2022 г.") reads as an entry too: the cell is cut at its sure breaks."""
    entries = printed.entries(_dates(("2022 г.", 0.0)), 3, GRID, [112.0, 124.0])
    assert entries == ["Сентябрь", "2022 г.", "В течение\nгода"]


def _sentences(first_end: float) -> Cell:
    """Two measures' results, 6 pt a glyph: "Внедрена система ПФДОД. Организована поддержка", its first
    sentence ending at `first_end` with no wrap space, then "Организована работа"; the column ends at
    386. Full stop, capital and the opening the cell repeats add up to a sure break before the second
    sentence, whatever the page shows."""
    spec = [("Внедрена", 3.0, None), ("система ПФДОД.", 0.0, first_end), ("Организована", 3.0, None),
            ("поддержка", 0.0, None), ("Организована", 3.0, None), ("работа", 0.0, None)]
    lines = [PrintedLine(t, 100 + 12 * k, 110 + 12 * k, 300, end or 300 + 6 * len(t), space)
             for k, (t, space, end) in enumerate(spec)]
    return Cell(text="\n".join(ln.text for ln in lines), paragraphs=[ln.text for ln in lines], lines=lines,
                right=386)


def test_pdf_a_sentence_ending_at_the_edge_opens_no_entry_where_the_marks_leave_one_too_many():
    """"система ПФДОД." fills the column: no wrap space could stand there, so the page shows no paragraph
    end; the clues' break would make three entries for two measures, so it is weighed as doubtful and
    the cell lines up at the break the missing wrap space marks."""
    assert printed.entries(_sentences(first_end=384.0), 2, GRID, [148.0]) == [
        "Внедрена\nсистема ПФДОД.\nОрганизована\nподдержка", "Организована\nработа"]


def test_pdf_a_sentence_ending_with_room_for_the_wrap_space_ended_its_paragraph():
    """The same sentence ending short of the edge with no wrap space ended its paragraph for certain:
    three entries for two measures, the cell does not line up."""
    assert printed.entries(_sentences(first_end=360.0), 2, GRID, [148.0]) is False


def _glued_under(opening: str) -> Cell:
    """"Решение задач", then "Консультирование" stopping with room for the wrap space and none printed,
    over `opening` glued from a word the column cut (two grid lines tall, its width says nothing)."""
    spec = [("Решение задач", 0, 0, 0.0), ("Консультирование", 1, 1, 0.0), (opening, 2, 3, 3.0),
            ("руководящих", 4, 4, 0.0)]
    lines = [PrintedLine(t, 100 + 12 * a, 110 + 12 * b, 300, 300 + 6 * len(t), space) for t, a, b, space in spec]
    return Cell(text="\n".join(ln.text for ln in lines), paragraphs=[ln.text for ln in lines], lines=lines,
                right=420)


def test_pdf_a_word_ending_its_paragraph_over_a_line_glued_from_a_cut_word_that_goes_on_is_torn():
    """The genitive "педагогических" cannot open an entry: an entry typed as two paragraphs, the cell
    does not line up. A glued word the dictionary does not know ("сентябрьв", two words the reader
    glued) says nothing, and the cell is cut at its sure breaks."""
    assert printed.entries(_glued_under("педагогических и"), 3, GRID, [112.0, 124.0]) is False
    assert printed.entries(_glued_under("педагогическихв"), 3, GRID, [112.0, 124.0]) == [
        "Решение задач", "Консультирование", "педагогическихв\nруководящих"]

def test_pdf_a_capital_after_a_line_at_the_edge_stays_a_sure_break_where_no_sentence_ended():
    """"образования" fills the column, "Отдел" opens the next line as it opens the cell: no sentence
    ended there, so the break stays sure, three entries for two measures, the cell does not line up."""
    spec = [("Отдел", 3.0), ("образования", 0.0), ("Отдел", 3.0), ("образования", 0.0), ("Отдел", 3.0),
            ("культуры", 0.0)]
    lines = [PrintedLine(t, 100 + 12 * k, 110 + 12 * k, 300, 300 + 6 * len(t), space)
             for k, (t, space) in enumerate(spec)]
    cell = Cell(text="\n".join(ln.text for ln in lines), paragraphs=[ln.text for ln in lines], lines=lines,
                right=368)
    assert printed.entries(cell, 2, GRID, [124.0]) is False
