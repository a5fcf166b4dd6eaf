"""Rows of a table without rules (parsers.pdf.rowfind), found from the lines' geometry: where a cell
starts under white, and whether a line ended its cell, told by the room left above for the next word
and the space glyph an office renderer writes where it wrapped a line."""

from __future__ import annotations

from line_glyphs import GLYPH, SIZE, line_chars

from parsers.pdf.stream import find_stream_tables

_SIZE, _GLYPH = SIZE, GLYPH


def _chars(cells: list[tuple[int, float, str]]) -> list[dict]:
    return line_chars(cells)


# number | name (x 100; its longest line, the first, reaches x 196) | deadline (x 250) | executors (x 350)
_TABLE = [
    (0, 40, "1."), (0, 100, "ааааа бббббб ввввввв"), (0, 250, "Март"), (0, 350, "Отдел"),
    (1, 100, "гггггггг ддддддд"), (1, 350, "школы"),  # "гггггггг" did not fit after "ввввввв"
    (2, 100, "ееее"),
    # the next row has no number and holds a name only: "Участие" would have fitted after "ееее"
    (3, 100, "Участие в работе"),
    (4, 100, "конкурсе"),
    # a row without a number whose deadline starts under white
    (5, 100, "Семинар для"), (5, 250, "Май"),
    # a wrapped name whose next word would not have fitted: the same row
    (6, 100, "жжжжжжжжж ззз"),
    (7, 100, "кккккккккк"),
]


def test_rows_without_rules_or_numbers_start_where_cells_start():
    tables = find_stream_tables(_chars(_TABLE), [])
    assert len(tables) == 1
    tops = [round(row.bbox[1] + 1) for row in tables[0].rows]
    assert tops == [100, 142, 170]  # rows open at lines 0, 3 and 5; lines 6-7 go on with the seminar


def test_a_wrapped_line_that_could_not_fit_above_continues_the_cell():
    from parsers.pdf.rowfind import row_breaks
    from parsers.pdf.segments import stream_lines
    from parsers.settings import current

    chars = _chars(_TABLE)
    lines = stream_lines(chars)
    breaks = row_breaks(lines, chars, current())
    assert breaks.new_cell == {5}  # the deadline "Май" under white
    assert breaks.cells_ended == {3}  # "Участие" fitted after "ееее"; "конкурсе", "жжжжжжжжж" did not


def _spaced_chars(cells: list[tuple[int, float, str]]) -> list[dict]:
    """As _chars, with a space glyph between words, and after the last one where the text ends in a
    space (an office renderer writes the space it wrapped a line at)."""
    out = []
    for line, x, text in cells:
        top = 100.0 + 14.0 * line
        words = text.split()
        for n, word in enumerate(words):
            for ch in word:
                out.append({"text": ch, "x0": x, "x1": x + _GLYPH, "top": top, "bottom": top + _SIZE,
                            "size": _SIZE, "fontname": "Arial"})
                x += _GLYPH
            if n + 1 < len(words) or text.endswith(" "):
                out.append({"text": " ", "x0": x, "x1": x + 3.0, "top": top, "bottom": top + _SIZE,
                            "size": _SIZE, "fontname": "Arial"})
            x += 3.0
    return out


def test_a_line_without_the_space_a_wrap_leaves_ends_its_cell():
    """The last line of a name carries no space glyph where its wrapped lines do: a capitalised line
    under it opens a row (a name without a number), though its first word would not have fitted."""
    from parsers.pdf.rowfind import row_breaks
    from parsers.pdf.segments import stream_lines
    from parsers.settings import current

    table = [
        (0, 40, "1."), (0, 100, "ааааа бббббб ввввввв "), (0, 250, "Март"), (0, 350, "Отдел"),
        (1, 100, "гггггггг ддддддд "),
        (2, 100, "еееееее жжжжж"),  # the name's end: no space; "Участие" would not have fitted
        (3, 100, "Участие в работе "),
        (4, 100, "Фонда ииии кккк "),  # wrapped at a space: a capital here goes on with the cell
        (5, 100, "Лллллллллллллллллл"),  # one token filling the column, cut: "ммм" goes on with it
        (6, 100, "ммм"),
    ]
    chars = _spaced_chars(table)
    lines = stream_lines(chars)
    assert row_breaks(lines, chars, current()).cells_ended == {3}


def test_a_line_without_a_space_before_a_word_too_wide_for_its_column_does_not_end_the_cell():
    """The renderer moves a word too wide for the column to a line of its own and cuts it: the line
    above ends without the wrap's space, yet the capitalised cut word goes on with the same cell."""
    from parsers.pdf.rowfind import row_breaks
    from parsers.pdf.segments import stream_lines
    from parsers.settings import current

    table = [
        (0, 40, "1."), (0, 100, "ааааа бббббб ввввввв "), (0, 250, "Март"), (0, 350, "Отдел"),
        (1, 100, "гггггггг ддддддд "),
        (2, 100, "еееееее жжжжж"),  # no space after it: the next word did not fit and was cut
        (3, 100, "Лллллллллллллллллл"),
        (4, 100, "ммм ннннн "),
    ]
    chars = _spaced_chars(table)
    lines = stream_lines(chars)
    assert row_breaks(lines, chars, current()).cells_ended == set()


def test_a_word_fits_above_only_after_the_space_the_renderer_wrote():
    """Whether a capitalised word would have fitted on the line above is measured from the end of the
    space glyph written there: by a narrow real space it fits with half a point to spare, by a wider
    one it does not, and the line goes on with its cell."""
    from parsers.pdf.rowfind import row_breaks
    from parsers.pdf.segments import stream_lines
    from parsers.settings import current

    table = [
        (0, 40, "1."), (0, 100, "ааааа бббббб ввввввв "), (0, 250, "Март"), (0, 350, "Отдел"),
        (1, 100, "гггггггг ддддддд "),  # ends at x 178 (room 196): "Жжж", 15 wide, after a 3-pt space fits
        (2, 100, "Жжж"),
    ]
    chars = _spaced_chars(table)
    lines = stream_lines(chars)
    wrap_space = max((c for c in chars if c["text"] == " " and c["top"] == 114.0), key=lambda c: c["x0"])
    wrap_space["x1"] -= 0.5  # "Жжж" would have ended at x 195.5
    assert row_breaks(lines, chars, current()).cells_ended == {2}
    wrap_space["x1"] += 1.1  # the renderer's space is wider: "Жжж" would have ended at x 196.6
    assert row_breaks(lines, chars, current()).cells_ended == set()


def test_a_word_that_fits_above_by_a_hair_did_not_fit():
    """The column's edge is read from its widest line, and a renderer fits words in rounded units: a
    capitalised word that would have ended a twentieth of a point short of the widest line's end did
    not fit there, so the line goes on with its cell ("…заданий КИМ|ЕГЭ по химии")."""
    from parsers.pdf.rowfind import row_breaks
    from parsers.pdf.segments import stream_lines
    from parsers.settings import current

    table = [
        (0, 40, "1."), (0, 100, "ааааа бббббб ввввввв "), (0, 250, "Март"), (0, 350, "Отдел"),
        (1, 100, "гггггггг ддддддд "),
        (2, 100, "Жжж"),
    ]
    chars = _spaced_chars(table)
    lines = stream_lines(chars)
    wrap_space = max((c for c in chars if c["text"] == " " and c["top"] == 114.0), key=lambda c: c["x0"])
    wrap_space["x1"] -= 0.05  # "Жжж" would have ended at x 195.95, the widest line ends at 196
    assert row_breaks(lines, chars, current()).cells_ended == set()
    wrap_space["x1"] -= 1.0  # a point to spare: it would have fitted, so the line above ended its cell
    assert row_breaks(lines, chars, current()).cells_ended == {2}


def test_a_name_filling_its_column_then_a_noun_in_the_nominative_opens_a_row():
    """The name's last line is the column's widest, so no space could have followed it: the words tell.
    A line opening with a noun in the nominative ("Участие") under a word that ends no phrase short opens
    a row of a name alone; an adjective ("Нижегородской") or a line after a preposition goes on."""
    from parsers.pdf.rowfind import row_breaks
    from parsers.pdf.segments import stream_lines
    from parsers.settings import current

    def ended(last: str, next_line: str) -> set[int]:
        table = [
            (0, 40, "1."), (0, 100, "Участие в работе "), (0, 250, "Март"), (0, 350, "Отдел"),
            (1, 100, "проекта для детей "),
            (2, 100, last),  # the widest line of the column, no space after it
            (3, 100, next_line),
            (4, 100, "проекта "),
        ]
        chars = _spaced_chars(table)
        return row_breaks(stream_lines(chars), chars, current()).cells_ended

    assert ended("детей и молодежи края", "Участие в работе ") == {3}
    assert ended("детей и молодежи края", "Нижегородской ") == set()
    assert ended("детей и молодежи края", "ОбОО с низкими ") == set()  # an abbreviation, no word
    assert ended("детей и молодежи края в", "Участие в работе ") == set()
    # a name the noun above introduces, a proper noun: the sentence goes on
    assert ended("молодежи на портале", "Госуслуги края ") == set()
    assert ended("детей и молодежи в сети", "Интернет и в печати ") == set()
    assert ended("детей и молодежи края", "Россия и ее регионы ") == set()



def test_a_capitalised_noun_under_an_open_quotation_goes_on_with_the_name():
    """A name cannot end inside its quotes: under a cell whose text so far opens «…» and does not close
    it, a line opening with a noun in the nominative is the quoted name going on, not a row of its own;
    the quote may have opened lines above. Closed quotes, or none, leave the words to tell as before."""
    from parsers.pdf.rowfind import row_breaks
    from parsers.pdf.segments import stream_lines
    from parsers.settings import current

    def ended(second: str, last: str) -> set[int]:
        table = [
            (0, 40, "1."), (0, 100, "Участие в работе "), (0, 250, "Март"), (0, 350, "Отдел"),
            (1, 100, second),
            (2, 100, last),  # the widest line of the column, no space after it
            (3, 100, "Академия наук РАН "),
            (4, 100, "проекта "),
        ]
        chars = _spaced_chars(table)
        return row_breaks(stream_lines(chars), chars, current()).cells_ended

    assert ended("проекта для детей ", "детей и молодежи края") == {3}
    assert ended("проекта для детей ", "молодежи АНО «Лучшая") == set()
    assert ended("проекта АНО «Лучшая ", "школа детей и молодежи") == set()  # opened a line above
    assert ended("проекта АНО «Лучшая» ", "детей и молодежи края") == {3}  # closed: the words tell
    assert ended('проекта АНО "Лучшая ', "школа детей и молодежи") == set()
