"""Stacked rows in PDF: entries an office words alike. A line reading as the line an entry opens with
stands inside another entry too, and an executor repeated for each measure wraps the same way in
each (pipeline/structure/printed.py)."""

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


def _bodies() -> Cell:
    """"Учебный отдел" over "Завуч" (ending with room for the wrap space, none printed), then
    "Администрация" over "муниципалитета" (to the edge at 384) over "Учебный отдел" over "Завуч"."""
    return _cell([("Учебный отдел", True), ("Завуч", False), ("Администрация", True), ("муниципалитета", False),
                  ("Учебный отдел", True), ("Завуч", False)], right=384)


def test_pdf_a_line_worded_as_an_opening_stays_inside_an_entry_where_the_sure_breaks_fill_the_measures():
    """The sure break after "Завуч" already gives two entries for two measures: the second "Учебный
    отдел", after a line at the edge, reads as the cell's first line but opens no third entry."""
    assert printed.entries(_bodies(), 2, GRID, [124.0]) == [
        "Учебный отдел\nЗавуч", "Администрация\nмуниципалитета\nУчебный отдел\nЗавуч"]


def test_pdf_a_line_worded_as_an_opening_opens_an_entry_the_measures_still_want():
    """Three measures want one entry more than the sure breaks give: the line worded as the cell's
    first opens it."""
    assert printed.entries(_bodies(), 3, GRID, [124.0, 148.0]) == [
        "Учебный отдел\nЗавуч", "Администрация\nмуниципалитета", "Учебный отдел\nЗавуч"]


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
