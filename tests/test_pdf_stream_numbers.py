"""A header over a table without rules whose body shows too little (parsers.pdf.stream): at a page's
foot over a section title alone, or over one short measure. The header's own lines show its group
cell (sub-cells parted under it), the row numbering the columns shows how many there are."""

from __future__ import annotations

from line_glyphs import line_chars

from parsers.pdf.stream import find_stream_tables


def _chars(cells: list[tuple[int, float, str]], face: str = "Arial") -> list[dict]:
    return line_chars(cells, face)


def _bold(cells):
    return _chars(cells, "Arial-Bold")


def test_a_two_row_header_at_the_page_foot_over_a_section_title_alone_splits_under_its_group_cell():
    """A plan's table opens at a page's foot: its two-row header, the row numbering its columns and a
    section title, no measure. The columns are those read before; the group cell starts inside the
    strip between its sub-columns and runs past its middle over "Срок" and "Ответственный", which part
    under it: the header still has its two rows, the group cell one cell over both columns."""
    header = [(0, 40, "№"), (0, 100, "Мероприятие"), (0, 322, "Исполнение мер"),
              (1, 250, "Срок"), (1, 350, "Ответственный"), (2, 250, "исполнения")]
    numbers = [(3, 45, "1"), (3, 150, "2"), (3, 280, "3"), (3, 380, "4")]
    section = [(4, 40, "Раздел 1. Нормативное обеспечение развития муниципальной системы")]
    known = [(55.0, 95.0), (220.0, 245.0), (320.0, 345.0)]
    table = find_stream_tables(_bold(header) + _chars(numbers + section), [], known=known)[0]
    assert table.header_rows == 2
    assert table.rows[0].cells[3] is None and table.rows[0].cells[2] is not None
    assert all(box is not None for box in table.rows[1].cells)


def test_the_column_numbers_keep_a_column_a_short_body_leaves_empty_under_a_group_cell():
    """A plan's table at a page's foot: a two-row header whose group cell crosses the gap between the
    last two columns, the row numbering its five columns, one measure with no result. The body shows
    three gaps; the numbers, one per column, say the columns read before, whose gaps it keeps to."""
    header = [(0, 40, "№"), (0, 100, "Мероприятие"), (0, 250, "Срок"), (0, 380, "Исполнение мер"),
              (1, 350, "Исполнители"), (1, 450, "Результат")]
    numbers = [(2, 45, "1"), (2, 150, "2"), (2, 260, "3"), (2, 370, "4"), (2, 470, "5")]
    body = [(3, 40, "1."), (3, 100, "Совещание"), (3, 250, "Май"), (3, 350, "Отдел"),
            (4, 100, "руководителей"), (4, 350, "школ")]
    known = [(55.0, 95.0), (220.0, 245.0), (320.0, 345.0), (420.0, 445.0)]
    table = find_stream_tables(_bold(header) + _chars(numbers + body), [], known=known)[0]
    assert len(table.strips) == 4
    assert table.header_rows == 2


def test_the_rule_under_the_column_numbers_closes_the_header_not_a_ruled_body():
    """Rules around the header only, the row of column numbers inside it: the rule under the numbers is
    the header's, so the body is unruled and a measure without a number opens where the name above
    ended short ("ееее"; "Участие" would have fitted after it), as in a table with no rules at all."""
    header = [(0, 40, "№"), (0, 100, "Мероприятие"), (0, 250, "Срок"), (0, 350, "Исполнитель")]
    numbers = [(1, 45, "1"), (1, 150, "2"), (1, 260, "3"), (1, 370, "4")]
    body = [(2, 40, "1."), (2, 100, "ааааа бббббб ввввввв"), (2, 250, "Март"), (2, 350, "Отдел"),
            (3, 100, "гггггггг ддддддд"), (3, 350, "школы"), (4, 100, "ееее"),
            (5, 100, "Участие в работе"), (6, 100, "конкурсе")]
    rules = [{"x0": 35.0, "x1": 420.0, "top": y} for y in (99.0, 112.0, 126.0)]
    table = find_stream_tables(_bold(header) + _chars(numbers + body), rules)[0]
    tops = [round(row.bbox[1] + 1) for row in table.rows]
    assert tops == [100, 114, 128, 170]  # header, numbers, measure 1, the measure without a number
