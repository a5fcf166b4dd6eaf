"""parsers.ocr.ruled_heads: a header ruled alone over an open body gives that body its columns, not the
columns of the open table read before it (another plan, on the page before)."""

from __future__ import annotations

from parsers.ocr import image, opentables, ruled_heads
from parsers.ocr.engine import OcrLine
from parsers.ocr.page import OcrCell, OcrPage
from parsers.pdf.text import TextLine

PX = image.DPI / 72  # pixels per point


def _line(top: float, words: list[tuple[float, str]]) -> tuple[OcrLine, TextLine]:
    """A line read at `top` (points), words starting at the given x (points), 6 points a letter."""
    spans = [(text, (int(x * PX), int(top * PX), int((x + 6 * len(text)) * PX), int((top + 10) * PX)))
             for x, text in words]
    found = OcrLine(" ".join(t for t, _ in spans), (spans[0][1][0], spans[0][1][1], spans[-1][1][2], spans[0][1][3]),
                    7 * PX, 90.0, spans=spans)
    return found, TextLine(found.text, words[0][0], words[-1][0] + 6 * len(words[-1][1]), top, top + 10, 10, False)


def _cell(text: str, x: float, bold: bool = True) -> OcrCell:
    return OcrCell([TextLine(text, x, x + 6 * len(text), 100, 110, 10, bold)])


def _header(bold: bool = True) -> list[list[OcrCell]]:
    return [[_cell("№", 60, bold), _cell("Дело", 100, bold), _cell("Срок", 155, bold),
             _cell("Отдел", 300, bold), _cell("Итог", 345, bold)]]


def _page(number: int, free: list, tables: list | None = None) -> OcrPage:
    page = OcrPage(number=number, height=842, tables=tables or [], free=free)
    page.lines = [made for _, made in free]
    return page


def _plan_before() -> OcrPage:
    """A plan in three open columns: number, measure, result; the next plan's date stands inside its
    measure column, its executor and result inside its result column."""
    free = []
    for k in range(3):
        top = 100 + 30 * k
        free += [_line(top, [(60, f"{k + 1}."), (100, "Подготовка"), (300, "Отчет"), (333, "по"), (348, "итогам")]),
                 _line(top + 12, [(100, "отчета"), (139, "по"), (154, "школам"), (300, "года")])]
    return _page(1, [*free, _line(400, [(300, "Приложение"), (369, "2")])])  # the plan ends on its page


def _one_long_row() -> list:
    """One measure under the header, its name and result over many lines, its date and executor one
    line each: too few lines to part those columns on their own."""
    free = [_line(130, [(60, "1."), (100, "Работа"), (155, "Март"), (300, "Отдел"), (345, "Отчет")])]
    free += [_line(130 + 12 * k, [(100, "семинара"), (345, "итогов")]) for k in range(1, 6)]
    return free


def test_a_body_under_a_header_ruled_alone_takes_the_headers_columns():
    tables = opentables.find([_plan_before(), _page(2, _one_long_row(), [(100.0, _header())])])[1]
    assert [len([c for c in row.cells if c is not None]) for row in tables[0].rows] == [5]


def test_only_a_bold_ruled_table_of_a_row_or_two_is_a_header_alone():
    strips = ruled_heads.header_strips([(100.0, _header())])
    assert strips is not None and len(strips) == 4
    assert all(a < b for a, b in strips) and strips[1][0] <= 220 - 1
    assert ruled_heads.header_strips([(100.0, _header(bold=False))]) is None
    assert ruled_heads.header_strips([(100.0, _header() * 3)]) is None
    assert ruled_heads.header_strips([]) is None
