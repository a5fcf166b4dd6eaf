"""An unruled cell's room is measured to where its column's text reaches on the page, not to where its
own few lines reach (parsers.pdf.forcedbreaks `reach`, parsers.pdf.tables._reach): a short cell at a
page's top, the rest of a paragraph begun on the page before, shows too little of its column."""

from __future__ import annotations

from normalizers.language import are_alike, is_function_word, is_link_word, is_running_word, is_word_form
from parsers.pdf.forcedbreaks import GUESSED_EDGE_GLYPHS, close_forced_breaks
from parsers.pdf.tables import _reach
from parsers.pdf.text import TextLine

BOX = (150.0, 250.0)  # the cell's text box from the white strips beside it; text starts 1 point in
TIGHT = (is_word_form, is_function_word, is_link_word, are_alike)
SPACE = 3.2


def _line(text: str, top: float, x1: float, space: float = SPACE) -> TextLine:
    return TextLine(text, 151.0, x1, top, top + 10, 12.0, False, space)


def _cell() -> list[TextLine]:
    """"неудачливости" ends a paragraph (no space glyph after it, 25 points short of the column's
    reach), then "подготовка районной программы" opens the next entry of a stacked cell."""
    return [_line("неудачливости", 0, 224.0, 0.0), _line("подготовка", 14, 198.0), _line("районной", 28, 232.0),
            _line("программы", 42, 190.0, 0.0)]


def _read(reach: float | None) -> list[str]:
    lines = close_forced_breaks(_cell(), BOX, is_running_word, TIGHT, GUESSED_EDGE_GLYPHS, reach)
    return [ln.text for ln in lines]


def test_a_line_well_short_of_the_columns_reach_ended_there():
    assert _read(248.5) == ["неудачливости", "подготовка", "районной", "программы"]


def test_measured_on_its_own_lines_the_cell_looks_filled():
    """Its widest line with its space glyph reaches 235: "неудачливости" stops 11 points short, less
    than two glyphs, and glues to the next line (what the reach above prevents)."""
    assert _read(None)[0] == "неудачливостиподготовка"


def test_a_columns_reach_is_its_farthest_glyph_on_the_page():
    boxes = [[(0.0, 0, 100.0, 10), (100.0, 0, 250.0, 10)], [(0.0, 10, 100.0, 20), (100.0, 10, 250.0, 20)]]
    dealt = [[[{"x1": 40.0}], [{"x1": 190.0}]], [[{"x1": 95.5}], [{"x1": 248.5}, {"x1": 120.0}]]]
    assert _reach(boxes, dealt) == {100.0: 95.5, 250.0: 248.5}
