"""Stacked rows in PDF: a body's short name alone on a line after a line filled to the column's edge
ends a wrapped entry as often as it stands alone, so it hides no entry typed as two paragraphs; and a
word too long for the column, its tail alone on the next line, is one word, not an entry's end; and
a line to the edge without the wrap space the renderer hangs past the edge where the same words wrap
elsewhere in the column ended its paragraph (pipeline/structure/printed.py, pipeline/structure/torn.py)."""

from __future__ import annotations

from parsers.model import Cell, PrintedLine, Row, Table
from pipeline.structure import printed

GRID = printed.Grid(origin=100, pitch=12, height=10, space=3.0)  # the renderer writes 3 pt at its wraps
GLYPH = 6  # pt a glyph


def _cell(spec: list[tuple[str, float]], right: float = 360) -> Cell:
    """One printed line per (text, wrap space) from x 270, a glyph 6 pt wide, cut at `right`."""
    lines = [PrintedLine(t, 100 + 12 * k, 110 + 12 * k, 270, min(270 + GLYPH * len(t), right), space)
             for k, (t, space) in enumerate(spec)]
    return Cell(text="\n".join(ln.text for ln in lines), paragraphs=[ln.text for ln in lines], lines=lines,
                right=right)


def test_pdf_a_short_name_after_a_line_to_the_edge_ends_the_entry_above():
    """"Информационный центр" fills its line to the edge, so "ЦРО" under it may be its wrap; the next
    "ЦРО" stands alone for certain (room for it and no wrap space): two entries for two measures."""
    cell = _cell([("Отдел", 3.0), ("культуры", 3.0), ("Информационный центр", 0.0), ("ЦРО", 0.0), ("ЦРО", 0.0)])
    assert printed.entries(cell, 2, GRID, [148.0]) == ["Отдел\nкультуры\nИнформационный центр\nЦРО", "ЦРО"]


def test_pdf_a_capital_word_after_a_line_to_the_edge_still_hides_an_entry():
    """A full word alone in its own paragraph there ("Совет" over "Совет") may be one entry's first
    word typed apart: the cell does not line up."""
    cell = _cell([("Отдел", 3.0), ("культуры", 3.0), ("Информационный центр", 0.0), ("Совет", 0.0), ("Совет", 0.0)])
    assert printed.entries(cell, 2, GRID, [148.0]) is False


def _tail_cell(tail_space: float) -> Cell:
    """"анкетирование" over "встречи" over "опросник" cut at the edge (its "и" on the next line) over
    "круглый" over "стол": three entries for three measures when the "и" is the word's end."""
    return _cell([("анкетирование", 0.0), ("встречи", 0.0), ("опросник", 0.0), ("и", tail_space),
                  ("круглый", 3.0), ("стол", 0.0)], right=270 + GLYPH * 8 + 3)


def test_pdf_a_word_cut_at_the_column_edge_is_glued_back_into_its_entry():
    assert printed.entries(_tail_cell(0.0), 4, GRID, [112.0, 124.0, 148.0]) == [
        "анкетирование", "встречи", "опросники", "круглый\nстол"]


def test_pdf_a_lone_tail_carrying_the_wrap_space_is_left_as_printed():
    """"и" carrying a wrap space goes on with the line under it: no word's end glued there."""
    assert printed.entries(_tail_cell(3.0), 4, GRID, [112.0, 124.0, 148.0]) == [
        "анкетирование", "встречи", "опросник", "и\nкруглый\nстол"]


def _edge_cell() -> Cell:
    """"Справка" over "о нём" (ending its paragraph with room), then "Протокол" filling the line to the
    edge with no wrap space, over "заседания"."""
    return _cell([("Справка", 3.0), ("о нём", 0.0), ("Протокол", 0.0), ("заседания", 0.0)], right=270 + GLYPH * 8)


def test_pdf_a_word_to_the_edge_says_nothing_alone():
    assert printed.entries(_edge_cell(), 2, GRID, [124.0]) == ["Справка\nо нём", "Протокол\nзаседания"]


def test_pdf_the_same_word_wrapped_elsewhere_in_the_column_with_a_hanging_space_ends_a_paragraph_here():
    """Another row of the column prints "Протокол" to the same point with the renderer's wrap space
    hanging past the edge: here, without it, the paragraph ended; three entries for two measures."""
    twin = PrintedLine("Протокол", 400, 410, 270, 270 + GLYPH * 8, 3.0)
    assert printed.entries(_edge_cell(), 2, GRID, [124.0], wrapped=(twin,)) is False
    moved = PrintedLine("Протокол", 400, 410, 20, 20 + GLYPH * 8, 3.0)  # another column: says nothing
    assert printed.entries(_edge_cell(), 2, GRID, [124.0], wrapped=(moved,)) == ["Справка\nо нём",
                                                                                 "Протокол\nзаседания"]


def test_the_documents_wrapped_lines_are_those_carrying_the_wrap_space():
    cell = _edge_cell()
    assert printed.wrapped_lines([Table([Row([cell])], 1, 1)]) == (cell.lines[0],)
