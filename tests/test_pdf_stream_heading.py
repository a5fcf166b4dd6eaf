"""An unruled table going on under a section's heading with its first rows filling two columns only
(parsers.pdf.streamcols.keeps_known): a stack's names and its executors, the cells between blank.
Read as paragraphs, the rows under the heading were lost."""

from __future__ import annotations

from line_glyphs import line_chars

from parsers.pdf.stream import find_stream_tables


def _table_rows() -> list[tuple[int, float, str]]:
    """number x 40 | name x 100 | deadline x 250 | executors x 350, three full rows."""
    rows = []
    for k in range(3):
        top = 2 * k
        rows += [(top, 40, f"{k + 1}."), (top, 100, "Совещание"), (top, 250, "Ежегодно"), (top, 350, "Методист"),
                 (top + 1, 100, "директоров"), (top + 1, 350, "кабинета")]
    return rows


def _page(heading: str, below: list[tuple[int, float, str]]) -> list[dict]:
    return line_chars([*_table_rows(), (7, 40, heading), *below])


def test_rows_under_a_heading_filling_the_name_and_executors_only_are_a_table():
    stack = [(9, 100, "4.1. Семинар для"), (9, 350, "Протокол"), (10, 100, "педагогов"), (10, 350, "семинара"),
             (11, 100, "4.2. Отчёт")]
    tables = find_stream_tables(_page("Раздел 4. Итоги работы за год", stack), [])
    assert len(tables) == 2
    assert tables[1].bbox[1] >= 100 + 14 * 9 - 1 and len(tables[1].strips) == 3


def test_a_line_of_two_pieces_alone_under_a_heading_stays_text():
    """One line whose two pieces open where columns do (a signature and its name) is no table."""
    tables = find_stream_tables(_page("Раздел 4. Итоги работы за год", [(9, 100, "Начальник"), (9, 350, "Петрова")]),
                                [])
    assert len(tables) == 1


def test_pieces_opening_off_the_columns_stay_text():
    lines = [(9, 120, "Текст вне"), (9, 300, "колонок"), (10, 120, "и ещё"), (10, 300, "строка")]
    assert len(find_stream_tables(_page("Раздел 4. Итоги работы за год", lines), [])) == 1
