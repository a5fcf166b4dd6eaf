"""Pieces of a word a narrow column cut, told from words that ended at the edge (parsers.pdf.forcedbreaks
with the reader's word test, normalizers.language.is_running_word), on made-up cells."""

from __future__ import annotations

from normalizers.language import are_alike, is_function_word, is_link_word, is_running_word, is_word_form
from parsers.pdf.forcedbreaks import close_forced_breaks
from parsers.pdf.text import TextLine

GLYPH = 7.5  # points a glyph of these lines is wide
BOX = (150.0, 250.0)  # the cell's left and right edge; text starts 5 points in
TIGHT = (is_word_form, is_function_word, is_link_word, are_alike)


def _line(text: str, top: float, room: float | None = None, space: float = 0.0) -> TextLine:
    """A printed line of the cell; `room`: how far short of the right text edge it stops; `space`: the
    width of the space glyph printed after it."""
    x1 = BOX[1] - 5 - room if room is not None else 155 + GLYPH * len(text)
    return TextLine(text, 155.0, x1, top, top + 10, 12.0, False, space)


def _read(lines: list[TextLine]) -> list[str]:
    return [ln.text for ln in close_forced_breaks(lines, BOX, is_running_word, TIGHT)]


def test_a_lowercase_piece_known_only_as_a_name_is_no_word():
    assert not is_running_word("ия") and not is_running_word("ами")  # a name, lowercase
    assert is_running_word("роза") and is_running_word("ия".capitalize())  # a common noun too; a name spelt as one
    assert not is_running_word("аттестаци")  # unknown stays unknown
    # so a name in quotes cut after a word ("Редактор") is closed: its rest is no word of its own
    assert _read([_line("«Редактор", 0, 0.5), _line("ия» для", 14)]) == ["«Редактория» для"]


def test_a_numerals_ending_is_a_whole_token():
    # "150%-ной" filled its line: the next word moved down whole, however the pieces might join
    assert _read([_line("50%-ным", 0, 1.0), _line("охватом классов", 14)]) == ["50%-ным", "охватом классов"]


def test_a_one_token_line_after_a_joined_dash_may_be_cut_again():
    # the cell's breaks carry a space glyph; none after the dash: it was glued to the next word
    lines = [_line("Учебные и", 0, 20.0, space=3.5), _line("4.1. Научно–", 14, 20.0),
             _line("исследовательски", 28, 1.0), _line("е работы", 42)]
    assert _read(lines) == ["Учебные и", "4.1. Научно–исследовательские работы"]


def test_pieces_that_are_no_words_and_join_into_one_are_closed_with_room_to_spare():
    # the cell's breaks carry a space glyph; "аттестаци" has none and room for more than a glyph
    lines = [_line("проведение", 0, 20.0, space=3.5), _line("аттестаци", 14, 16.0), _line("ю педагогов", 28)]
    assert _read(lines) == ["проведение", "аттестацию педагогов"]
    # a word, then a line of its own: the break stays
    lines = [_line("проведение", 0, 20.0, space=3.5), _line("аттестации", 14, 16.0), _line("педагогов", 28)]
    assert _read(lines) == ["проведение", "аттестации", "педагогов"]


def test_and_before_an_adjective_agreeing_with_the_noun_is_a_conjunction():
    assert are_alike("учителям", "руководящим") and not are_alike("учителям", "образовательных")
    # in the genitive the adjective's group may be the noun's complement: no evidence of a conjunction
    assert not are_alike("методик", "образовательных")
    assert _read([_line("методик", 0, 1.0), _line("и образовательных организаций", 14)]) == [
        "методики образовательных организаций"]
    # "учителями" is a word, yet "и" opens "и руководящим работникам"
    assert _read([_line("учителям", 0, 1.0), _line("и руководящим работникам", 14)]) == [
        "учителям", "и руководящим работникам"]
    assert _read([_line("учителям", 0, 1.0), _line("и образовательных организаций", 14)]) == [
        "учителями образовательных организаций"]


def test_a_lone_and_ending_a_cell_at_the_page_foot_is_a_conjunction_when_the_rest_goes_on_alike():
    """Inside one cell "учителям|и" with no word after it reads "учителями"; the next page's rest of the
    row opening with a word alike ("методистам") shows the "и" a conjunction between the two."""
    from parsers.model import Cell, PrintedLine, Row, Table
    from parsers.pdf.pagecuts import mark_page_cuts
    from parsers.pdf.tables import _glued_tail

    raw = [_line("по", 0, 60.0, space=3.5), _line("учителям", 14, 1.0), _line("и", 28)]
    glued = _read(raw)
    assert glued == ["по", "учителями"]
    assert _glued_tail(raw, close_forced_breaks(raw, BOX, is_running_word, TIGHT)) == "и"

    def pages(rest: str, glued: list[str] = glued) -> list[Table]:
        top = 726 - 2 * 14 - 2
        # the first line carries the wrap's space glyph; the glued last one ran to the cell's edge
        lines = [PrintedLine(glued[0], top + 2, top + 12, 103.0, 117.0, 3.5),
                 PrintedLine(glued[1], top + 16, top + 40, 103.0, 196.0)]
        above = Cell("\n".join(glued), list(glued), lines=lines, box=(100.0, top, 200.0, 726.0), open_tail="и")
        number = Cell("5.", ["5."], lines=[PrintedLine("5.", top + 2, top + 12, 3.0, 15.0)],
                      box=(0.0, top, 100.0, 726.0))
        below = Cell(rest, [rest], lines=[PrintedLine(rest, 59, 69, 103.0, 103.0 + 7 * len(rest))],
                     box=(100.0, 57.0, 200.0, 90.0))
        return [Table([Row([number, above], page=1)], page_start=1, page_end=1),
                Table([Row([Cell("", box=(0.0, 57.0, 100.0, 90.0)), below], page=2)], page_start=2, page_end=2)]

    first, second = pages("методистам школ")
    mark_page_cuts([first, second], is_running_word)
    assert second.rows[0].continued is True and first.rows[0].cells[1].text == "по\nучителям и"
    first, second = pages("образовательных организаций")  # no word alike: the ending stays glued
    mark_page_cuts([first, second], is_running_word)
    assert first.rows[0].cells[1].text == "по\nучителями"
    # a rest in the genitive follows the glued noun as its complement as well: "методики разработок"
    assert are_alike("методик", "разработок")
    first, second = pages("разработок школ", ["по", "методики"])
    mark_page_cuts([first, second], is_running_word)
    assert first.rows[0].cells[1].text == "по\nметодики"


def test_a_period_ending_in_a_short_month_at_the_edge_is_not_glued_to_the_next_period():
    """"март-май" fills its line in a cell whose breaks carry a space glyph, none after it: a paragraph
    of a stacked cell ended at the edge. "май" and "сентябрь" are words, "майсентябрь" none: apart."""
    lines = [_line("март-май", 0, 0.5), _line("сентябрь-декабрь", 14, 0.5, space=3.0), _line("ежегодно", 28)]
    assert _read(lines) == ["март-май", "сентябрь-декабрь", "ежегодно"]
