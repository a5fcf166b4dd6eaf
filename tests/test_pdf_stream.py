"""Tables without vertical rules (parsers.pdf.stream) on a generated layout: a two-row header whose
bold group cell crosses the gap between its two sub-columns still gives the body's five columns."""

from __future__ import annotations

import pdfplumber
from layouts.spec import FILES

from normalizers.language import is_known_word
from parsers.pdf.stream import find_stream_tables
from parsers.pdf.tables import build_grid, deal_chars


def _first_table(name: str):
    with pdfplumber.open(FILES / name) as pdf:
        page = pdf.pages[0]
        tables = find_stream_tables(page.chars, page.horizontal_edges)
        inside, _ = deal_chars(page.chars, tables[:1])
        return tables[0], build_grid(tables[0], inside[0], 1, is_known_word)


def test_group_cell_over_two_columns_keeps_them_apart():
    grid, table = _first_table("L30_000.pdf")  # rules around the header only, two-row header
    assert grid.header_rows == 2
    assert len(grid.strips) == 4  # five columns, though "Организация исполнения" crosses one gap
    upper, lower = table.rows[0], table.rows[1]
    assert [c.colspan for c in upper.cells] == [1, 1, 2, 1]
    assert upper.cells[2].text == "Организация исполнения"
    assert [c.text.replace("\n", " ") for c in lower.cells[2:4]] == ["Срок исполнения", "Ответственные исполнители"]
    # a column outside the group is one cell over both header rows: its words are joined, not cut
    assert lower.cells[1].text == "Наименование мероприятия" and lower.cells[1].vmerged
    body = table.rows[2]
    texts = [" ".join(c.text.split()) for c in body.cells]
    assert [texts[0], texts[2], texts[3]] == ["1.", "Сентябрь 2021 г.", "Департамент образования"]
