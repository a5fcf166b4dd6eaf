"""The space glyph a renderer writes where it wraps a line stays with its cell in a table without
vertical rules (parsers.pdf.tables), though it stands past the column's box: the box ends at the
column's widest line's last visible glyph (the page's last column: nothing stands to its right),
and that line may be a wrapped one."""

from __future__ import annotations

from test_pdf_stream_rows import _spaced_chars

from normalizers.language import is_known_word
from parsers.pdf.stream import find_stream_tables
from parsers.pdf.tables import build_grid, deal_chars

# number | deadline | name, the last column (its widest line wrapped: a space glyph after "вввв")
_TABLE = [
    (0, 40, "1."), (0, 100, "Март"), (0, 200, "ааааа бббббб вввв "),
    (1, 200, "гггггггггг"),
    (2, 40, "2."), (2, 100, "Май"), (2, 200, "дддд"),
]


def test_the_wrap_space_after_a_columns_widest_line_stays_with_its_cell():
    chars = _spaced_chars(_TABLE)
    tables = find_stream_tables(chars, [])
    inside, outside = deal_chars(chars, tables)
    assert not [c for c in outside if c["text"].isspace()]
    name = build_grid(tables[0], inside[0], 1, is_known_word).rows[0].cells[2]
    assert [ln.text for ln in name.lines] == ["ааааа бббббб вввв", "гггггггггг"]
    assert name.lines[0].end_space > 0 and name.lines[1].end_space == 0
