"""Stacked rows in PDF: an entry that fills its line to the column's edge says nothing by its width, so
a one-word line opening in a capital after it, ending its own paragraph for certain, is one entry
more than the sure breaks leave room for (pipeline/structure/printed.py)."""

from __future__ import annotations

from parsers.model import Cell, PrintedLine
from pipeline.structure import printed

GRID = printed.Grid(origin=100, pitch=12, height=10, space=3.0)  # the renderer writes 3 pt at its wraps


def _cell(word_wrapped: bool) -> Cell:
    """"Проведение" over "открытых уроков" (to the edge at 360), "Созданы" (its wrap space as
    `word_wrapped` says), "кабинеты ППМС"; 6 pt a glyph."""
    spec = [("Проведение", 3.0), ("открытых уроков", 0.0), ("Созданы", 3.0 if word_wrapped else 0.0),
            ("кабинеты ППМС", 0.0)]
    lines = [PrintedLine(t, 100 + 12 * k, 110 + 12 * k, 270, 270 + 6 * len(t), space)
             for k, (t, space) in enumerate(spec)]
    return Cell(text="\n".join(ln.text for ln in lines), paragraphs=[ln.text for ln in lines], lines=lines,
                right=360)


def test_pdf_a_capital_word_after_a_line_to_the_edge_and_ending_its_paragraph_does_not_line_up():
    """"Созданы" stops with room for the wrap space and none is printed, and "открытых уроков" above
    it leaves no room to tell: three entries may stand for two measures; the cell does not line up."""
    assert printed.entries(_cell(word_wrapped=False), 2, GRID, [136.0]) is False


def test_pdf_the_same_word_carrying_the_wrap_space_opens_the_second_entry():
    """With the wrap space after "Созданы" it goes on in the next line: two entries for two measures."""
    assert printed.entries(_cell(word_wrapped=True), 2, GRID, [136.0]) == [
        "Проведение\nоткрытых уроков", "Созданы\nкабинеты ППМС"]


def _report() -> Cell:
    """"Протокол" (ending with room for the wrap space, none printed) over "о проведении" and
    "итогового совета" (to the edge at 360), then "Анализ" over "результатов"; 6 pt a glyph."""
    spec = [("Протокол", 0.0), ("о проведении", 3.0), ("итогового совета", 0.0), ("Анализ", 3.0),
            ("результатов", 0.0)]
    lines = [PrintedLine(t, 100 + 12 * k, 110 + 12 * k, 270, min(270 + 6 * len(t), 360), space)
             for k, (t, space) in enumerate(spec)]
    return Cell(text="\n".join(ln.text for ln in lines), paragraphs=[ln.text for ln in lines], lines=lines,
                right=360)


def test_pdf_a_sure_break_before_lowercase_with_a_capital_after_the_edge_does_not_line_up():
    """The sure break leaves an entry opening in lowercase ("о проведении"), and "Анализ" after a line
    filled to the edge may open one more: two paragraphs in one entry somewhere; the cell does not line up."""
    assert printed.entries(_report(), 2, GRID, [148.0]) is False


def test_pdf_more_capitals_after_lines_to_the_edge_than_entries_wanted_do_not_line_up():
    """A sure break opening in lowercase ("о проведении") and two capitals ("Анализ", "Справка") each
    after a line filled to the edge: three measures want one entry more, two may open; the cell holds
    an entry typed as two paragraphs somewhere and does not line up."""
    spec = [("Протокол", 0.0), ("о проведении", 3.0), ("итогового совета", 0.0), ("Анализ", 3.0),
            ("результатов", 0.0), ("Справка", 0.0)]
    lines = [PrintedLine(t, 100 + 12 * k, 110 + 12 * k, 270, min(270 + 6 * len(t), 330), space)
             for k, (t, space) in enumerate(spec)]
    cell = Cell(text="\n".join(ln.text for ln in lines), paragraphs=[ln.text for ln in lines], lines=lines, right=330)
    assert printed.entries(cell, 3, GRID, [136.0, 160.0]) is False
    assert printed.entries(cell, 4, GRID, [136.0, 160.0, 172.0]) is not False
