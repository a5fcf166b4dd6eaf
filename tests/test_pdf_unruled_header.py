"""A header repeated atop a page of a table without rules: its line drawn down among the body's first
line (parsers.pdf.squeezed), and columns a tall first row alone shows (parsers.pdf.columns)."""

from __future__ import annotations

from parsers.pdf.columns import merge_complementary
from parsers.pdf.segments import StreamLine
from parsers.pdf.squeezed import lift_overflow
from parsers.pdf.text import text_lines


def _glyphs(text: str, x0: float, top: float, face: str, width: float = 7.0) -> list[dict]:
    return [{"text": ch, "x0": x0 + k * width, "x1": x0 + (k + 1) * width, "top": top, "bottom": top + 10,
             "doctop": top, "size": 10.0, "fontname": face} for k, ch in enumerate(text)]


def _header(third: str) -> list[dict]:
    """A repeated header whose name cell ("Наименован|ие мероприятия") prints its third line at the
    height of the body's first line, drawn before the body."""
    return _glyphs("Наименован", 140, 56, "Bold") + _glyphs("ие", 169, 69, "Bold") \
        + _glyphs(third, 141, 83, "Bold") + _glyphs("Сроки", 300, 56, "Bold")


def test_a_header_line_drawn_over_the_body_goes_back_to_its_cell_as_a_word():
    """Drawn right over the body's first word, or beside the body's text with only the header above:
    the header's line goes back after the line above it, a word of its own; the body's line is clean."""
    over = _header("мероприятия") + _glyphs("Векторы", 140, 83, "Regular")
    lines = [ln.text for ln in text_lines(lift_overflow(over, []))]
    assert "ие мероприятия" in lines and "Векторы" in lines
    beside = _header("мероприятия") + _glyphs("педагога", 306, 83, "Regular")
    lines = [ln.text for ln in text_lines(lift_overflow(beside, []))]
    assert "ие мероприятия" in lines and "педагога" in lines
    # a bold cell's second line beside regular text, under a regular line: a body row, left alone
    body = _glyphs("Раздел", 20, 40, "Regular") + _header("мероприятия") + _glyphs("педагога", 306, 83, "Regular")
    assert lift_overflow(body, []) == body


def _line(*segments: tuple[float, float], bold: bool = False) -> StreamLine:
    return StreamLine(top=0.0, bottom=10.0, size=10.0, bold=bold, segments=list(segments))


def test_a_tall_first_row_with_text_in_every_column_keeps_every_gap():
    """A page holding one tall row: its first line alone has text in the number and date columns,
    the lines below only in the name and result columns. That line parts every column."""
    strips = [(66.0, 168.0), (273.0, 282.0), (366.0, 395.0)]
    first = _line((57, 65), (170, 253), (283, 366), (396, 440))
    rest = [_line((170, 260), (283, 340)) for _ in range(6)]
    assert merge_complementary([first, *rest], strips) == strips
    # the same line in bold (a header's words) parts nothing on its own
    header = _line((57, 65), (170, 253), (283, 366), (396, 440), bold=True)
    assert merge_complementary([header, *rest], strips) == [(273.0, 282.0)]


def test_a_bold_header_line_in_even_narrow_columns_keeps_its_cells():
    """Six narrow columns: the header's first words ("№ п/п", "Мероприя", "Сроки"...) stand evenly
    spread, as a justified line's words do, but two font sizes apart; it keeps six cells. A justified
    line of prose (spaces stretched less than that) stays one run."""
    from parsers.pdf.segments import stream_lines

    words = ["№", "Мероприя", "Сроки", "Ожидаем", "Форма", "Исполнит"]

    def line(face: str, gap: float) -> list[dict]:
        chars, x0 = [], 73.0
        for word in words:
            chars += _glyphs(word, x0, 126, face, width=8.0)
            x0 += 8.0 * len(word) + gap
        return [{**ch, "size": 12.0} for ch in chars]

    assert len(stream_lines(line("DejaVuSerif-Bold", 26.0))[0].segments) == 6
    assert len(stream_lines(line("DejaVuSerif", 26.0))[0].segments) == 1  # regular: justified prose
    # bold prose justified with its spaces stretched less than the header's gaps: one run
    assert len(stream_lines(line("DejaVuSerif-Bold", 9.0))[0].segments) == 1
