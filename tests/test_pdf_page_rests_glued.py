"""A word the page cut at the foot of a cell whose last line the reader had glued from printed lines
already ("педагогов-|организатор|ов", "Семинар-|практику|м"): the page's cut is judged on the lowest
printed line alone, not on the glued line's text and height."""

from __future__ import annotations

from normalizers.language import is_known_word
from parsers.model import Cell, PrintedLine, Row, Table
from parsers.pdf.pagecuts import mark_page_cuts

_PAD = 3.0


def _cut_page(glued: str, lowest: str, last: str = "lowest") -> Table:
    """Page 1 ends at its foot (726) with a row whose name cell (x 100-200, text to 197) ran to the
    row's bottom; its last line was glued from two printed lines, the lowest `lowest` filling its line."""
    top = 726 - 4 * 14 - 2
    lines = [PrintedLine(t, top + 2 + 14 * k, top + 12 + 14 * k, 100 + _PAD, 100 + _PAD + 7 * len(t), 3.5)
             for k, t in enumerate(["Совещание", "методических"])]
    lines.append(PrintedLine(glued, top + 30, top + 54, 100 + _PAD, 196.0, 0.0, lowest if last else ""))
    name = Cell("\n".join(ln.text for ln in lines), [ln.text for ln in lines], lines=lines,
                box=(100.0, top, 200.0, 726.0))
    number = Cell("5.", ["5."], lines=[PrintedLine("5.", top + 2, top + 12, 3.0, 15.0)], box=(0.0, top, 100.0, 726.0))
    return Table([Row([number, name], page=1)], page_start=1, page_end=1)


def _next_page(text: str) -> Table:
    line = PrintedLine(text, 59, 69, 100 + _PAD, 100 + _PAD + 7 * len(text), 0.0)
    cells = [Cell("", box=(0.0, 57.0, 100.0, 90.0)), Cell(text, [text], lines=[line], box=(100.0, 57.0, 200.0, 90.0))]
    return Table([Row(cells, page=2)], page_start=2, page_end=2)


def test_a_word_cut_at_the_foot_after_a_line_glued_from_two_is_glued_to_the_next_page():
    nxt = _next_page("ов, методистами")
    mark_page_cuts([_cut_page("педагогов-организатор", "организатор"), nxt], is_known_word)
    assert nxt.rows[0].continued is True
    assert nxt.rows[0].cells[1].rest_of_word is True


def test_without_the_lowest_line_the_glued_line_tells_nothing():
    """The glued line's own text holds a space and spans two lines: no cut can be read off it."""
    nxt = _next_page("ов, методистами")
    mark_page_cuts([_cut_page("педагогов-организатор", "организатор", last=""), nxt], is_known_word)
    assert nxt.rows[0].cells[1].rest_of_word is False


def test_a_lowest_line_of_two_words_ends_no_cut_word():
    """A renderer cuts only a word wider than the column, alone on its line: a lowest line of two
    words that stops at the edge ended there ("ции на|чальника" is no cut)."""
    nxt = _next_page("чальника отдела")
    mark_page_cuts([_cut_page("информации на", "ции на"), nxt], is_known_word)
    assert nxt.rows[0].cells[1].rest_of_word is False
