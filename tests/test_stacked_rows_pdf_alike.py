"""Stacked rows in PDF: an executor an office repeats for each measure prints the same way in each,
so a word alone on its line after a line filled to the edge wraps there alike, and hides no entry
typed as two paragraphs (pipeline/structure/printed.py)."""

from __future__ import annotations

from parsers.model import Cell, PrintedLine
from pipeline.structure import printed

GRID = printed.Grid(origin=100, pitch=12, height=10, space=3.0)  # the renderer writes 3 pt at its wraps


def _cell(spec: list[tuple[str, bool]], right: float) -> Cell:
    """Lines on a 12 pt grid from x 300, 6 pt a glyph: (text, the wrap space printed after it)."""
    lines = [PrintedLine(t, 100 + 12 * k, 110 + 12 * k, 300, 300 + 6 * len(t), 3.0 if wrapped else 0.0)
             for k, (t, wrapped) in enumerate(spec)]
    return Cell(text="\n".join(ln.text for ln in lines), paragraphs=[ln.text for ln in lines], lines=lines,
                right=right)


def _executors(first: str) -> Cell:
    """"Управление" over "образования" (to the edge at 366) over one word ending its paragraph, three
    times; the first such word is `first`."""
    spec = []
    for word in (first, "Методист", "Методист"):
        spec += [("Управление", True), ("образования", False), (word, False)]
    return _cell(spec, right=366)


def test_pdf_a_word_alone_after_the_edge_in_an_entry_repeated_for_each_measure_is_a_wrap():
    """The same executor beside each of three measures, its last word alone on a line after a line
    filled to the edge: printed alike in each, it wraps there; an entry per measure."""
    assert printed.entries(_executors("Методист"), 3, GRID, [136.0, 172.0]) == [
        "Управление\nобразования\nМетодист"] * 3


def test_pdf_a_word_alone_after_the_edge_in_an_entry_of_its_own_still_hides_a_paragraph():
    """Where that entry reads unlike the others, its word alone after the edge may be an entry typed
    as two paragraphs: the cell does not line up, as before."""
    assert printed.entries(_executors("Инспектор"), 3, GRID, [136.0, 172.0]) is False


def test_pdf_a_body_named_again_after_a_wrap_space_opens_no_entry_more():
    """"Завуч" (ending with room for the wrap space and none printed) over "Методист" (the wrap space
    printed, though its width reads short: a word too long for the column, cut and glued back, is
    measured by its tail) over "Завуч": two entries for two measures. The second "Завуч" reads as the
    cell's first line, but the renderer wrapped the line above it: no third entry opens."""
    cell = _cell([("Завуч", False), ("Методист", True), ("Завуч", False)], right=400)
    assert printed.entries(cell, 2, GRID, [124.0]) == ["Завуч", "Методист\nЗавуч"]


def test_pdf_a_body_named_again_after_a_line_with_no_wrap_space_still_opens_an_entry():
    """The same lines, none carrying the wrap space: the line worded as the cell's first opens a
    third entry, and two measures do not line up with the cell."""
    cell = _cell([("Завуч", False), ("Методист", False), ("Завуч", False)], right=400)
    assert printed.entries(cell, 2, GRID, [124.0]) is False
