"""Stacked rows in PDF read line by line (pipeline/structure/stacked.py): words glued back over two grid
lines, clues for half the breaks, a paragraph mark inside one entry, a lowercase line opening a phrase."""

from __future__ import annotations

from dataclasses import replace

from test_stacked_rows import ROLES, _printed, _texts

from parsers.model import Cell, PrintedLine, Row
from pipeline.structure import wording
from pipeline.structure.stacked import split_stacked


def _spanning(x0: float, right: float, *lines: tuple[int, int, str]) -> Cell:
    """A PDF cell on a 12 pt grid: (first grid line, last grid line, text), a glued word over two."""
    printed = [PrintedLine(t, 100 + 12 * a, 100 + 12 * b + 10, x0, x0 + 6 * len(t)) for a, b, t in lines]
    texts = [ln.text for ln in printed]
    return Cell(text="\n".join(texts), paragraphs=texts, lines=printed, right=right)


def test_pdf_a_row_of_words_glued_back_over_two_lines_keeps_its_line_grid():
    """A narrow column in a large font cuts most words: the lines glued back, each two grid lines tall,
    outnumber the others, and the grid is still read from a line of one grid line (else every line
    stands a grid line apart, and the cell reads as more entries than measures)."""
    name = _spanning(50, 170, (0, 1, "1. Совещание"), (2, 3, "руководителей"), (4, 5, "2. Педсовет"),
                     (6, 7, "руководителей"))
    one = ((0, "отдел"), (1, "организации"), (3, "воспитательной"), (5, "работы"))
    executors = _spanning(180, 270, *[(k + a, k + a + (t in ("организации", "воспитательной")), t)
                                      for k in (0, 6) for a, t in one])
    stack = split_stacked(Row([_printed(10, 40), name, executors, _printed(300, 400, (0, "май"))]), ROLES)
    assert stack.lined_up and [_texts(r)[2] for r in stack.rows] == ["отдел\nорганизации\nвоспитательной\nработы"] * 2


def test_pdf_clues_for_half_the_breaks_read_a_cell_as_entries():
    """A capital opens the last of three entries, abbreviations (no clue) the others: one clue for the two
    breaks the measures need reads an entry per measure, not one text for all."""
    executors = _printed(180, 248, *enumerate(["МКУ ЦРО ОО", "МБОУ ДПО МЦ", "ГБУ ДО ЦДТ", "Департамент",
                                               "образования"]))
    names = ["1. Совещание с", "классными", "руководителями", "2. Педсовет", "школ", "3. Отчёт"]
    row = Row([_printed(10, 40), _printed(50, 170, *enumerate(names)), executors, _printed(300, 400, (0, "май"))])
    entries = [_texts(r)[2] for r in split_stacked(row, ROLES).rows]
    assert len(set(entries)) == 3 and entries[-1] == "Департамент\nобразования"


def test_pdf_a_paragraph_mark_inside_an_entry_keeps_the_stack_whole():
    """"течение" would have fitted after "В": the renderer broke there on a paragraph mark, and a
    preposition ends no entry, so the cell holds more paragraphs than the measures and cannot line up;
    "Директор" over "Завуч" is two entries, each a word of its own."""
    name = _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет"))
    torn = Row([_printed(10, 40), name, _printed(180, 290, (0, "В"), (1, "течение года")),
                _printed(300, 400, (0, "Директор"))])
    stack = split_stacked(torn, ROLES)
    assert stack is not None and not stack.lined_up and len(stack.rows) == 1
    whole = Row([_printed(10, 40), name, _printed(180, 290, (0, "Директор"), (1, "Завуч")),
                 _printed(300, 400, (0, "май"))])
    assert [_texts(r)[2] for r in split_stacked(whole, ROLES).rows] == ["Директор", "Завуч"]


def test_pdf_a_lowercase_line_opening_with_a_nominative_head_opens_an_entry():
    """No word would have fitted above and no capital opens a line, but "повышение" can only head a
    phrase while "оценки" may be the genitive of the noun above: two entries, not one shared text.
    After an attribute it agrees with, the same word goes on ("Каникулярный|период")."""
    name = _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет"))
    cell = _printed(180, 270, (0, "объективность"), (1, "оценки"), (2, "результатов"), (3, "повышение"),
                    (4, "качества"))
    row = Row([_printed(10, 40), name, cell, _printed(300, 400, (0, "май"), (1, "июнь"))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == [
        "объективность\nоценки\nрезультатов", "повышение\nкачества"]
    assert not wording.opens_phrase("Каникулярный", "период") and wording.opens_phrase("результатов", "повышение")
    assert not wording.opens_phrase("проведены", "мониторинги")
    assert wording.opens_phrase("мероприятий", "письма") and not wording.opens_phrase("2023", "год")


def test_pdf_a_cells_edge_is_no_further_left_than_its_own_lines():
    """The rest of a row joined from another page reaches past the edge the upper piece was given:
    the edge is taken from the lines, so "Директор" stops with room for a space and ends its entry."""
    executors = _printed(180, 200, (0, "Директор"), (1, "педагог-психолог"))
    executors.lines[:] = [replace(ln, end_space=0.0) for ln in executors.lines]
    name = _printed(50, 170, (0, "1. Совещание с"), (1, "учителями"), (2, "2. Педсовет"))
    name.lines[0] = replace(name.lines[0], end_space=3.0)
    row = Row([_printed(10, 40), name, executors, _printed(300, 400, (0, "май"), (1, "июнь"))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == ["Директор", "педагог-психолог"]


def test_pdf_an_entry_repeated_in_another_case_is_no_shared_text():
    """"В течение года" over "в течение года", both filling the column: one entry per measure, as an
    office typed it twice, not one text for both."""
    dates = _printed(180, 180 + 6 * len("в течение года"), (0, "В течение года"), (1, "в течение года"))
    name = _printed(50, 170, (0, "1. Совещание с"), (1, "учителями"), (2, "2. Педсовет"))
    row = Row([_printed(10, 40), name, dates, _printed(300, 400, (0, "Директор"))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == ["В течение года", "в течение года"]


def test_pdf_a_line_opening_in_lowercase_goes_on_when_a_blank_entry_can_end_the_cell():
    """Three measures, two entries: the last measure has none (a blank paragraph prints nothing), so
    "о проведении" goes on with the line above rather than make an entry of its own."""
    names = _printed(50, 170, *enumerate(["1. Совещание с", "классными", "руководителями", "2. Педсовет", "3. Отчёт"]))
    results = _printed(180, 264, (0, "Наличие отчета"), (1, "о проведении"), (2, "Протоколы"))
    row = Row([_printed(10, 40), names, results, _printed(300, 400, (0, "май"), (1, "июнь"), (2, "июль"))])
    assert [_texts(r)[2] for r in split_stacked(row, ROLES).rows] == ["Наличие отчета\nо проведении", "Протоколы", ""]


def test_pdf_a_word_of_capitals_is_measured_on_its_own_line_before_it_is_said_to_have_fitted():
    """"«ЦППМиСППО»" prints wider than the cell's usual glyph (9 pt a glyph on its line, 6 pt elsewhere):
    measured so, it would not have fitted after "ГБУ ПО", so the renderer wrapped there; no paragraph
    mark inside the entry, and the row splits."""
    texts = ["Отдел образования", "Отдел образования", "Отдел Образования,", "ГБУ ПО", "«ЦППМиСППО»"]
    lines = [PrintedLine(t, 100 + 12 * k, 110 + 12 * k, 180, 180 + (9 if t[0] == "«" else 6) * len(t))
             for k, t in enumerate(texts)]
    executors = Cell(text="\n".join(texts), paragraphs=texts, lines=lines, right=300)
    name = _printed(50, 170, (0, "1. Совещание"), (1, "2. Педсовет"), (2, "3. Отчёт"))
    stack = split_stacked(Row([_printed(10, 40), name, _printed(300, 400, (0, "май")), executors]), ROLES)
    assert stack.lined_up and [_texts(r)[3] for r in stack.rows] == [
        "Отдел образования", "Отдел образования", "Отдел Образования,\nГБУ ПО\n«ЦППМиСППО»"]
