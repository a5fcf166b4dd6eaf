"""parsers.ocr.edges: a line a fax machine prints at the sheet's very edge is no part of the order
(made-up lines on an A4 page, 842 points high)."""

from __future__ import annotations

from parsers.ocr.edges import drop_edge_lines
from parsers.ocr.page import OcrPage
from parsers.pdf.text import TextLine

HEIGHT = 842.0  # an A4 page in points


def _line(text: str, top: float, size: float = 8.0) -> TextLine:
    return TextLine(text, 40.0, 400.0, top, top + size, round(size), False)


def _page(*lines: TextLine) -> OcrPage:
    return OcrPage(number=2, height=HEIGHT, lines=list(lines), free=[(object(), ln) for ln in lines])


def test_a_line_across_the_sheets_top_edge_is_dropped_and_the_orders_own_lines_stay():
    """The machine's line 2 mm from the edge goes, however garbled; a running header at 15 mm, a
    title under the margin and a page number at the foot's usual place stay."""
    machine = _line("0З.11.2О22 14:О5 ФАКС 8(495) 1234567 с. 002/009", 5.0)
    header = _line("Продолжение приложения 3", 40.0, 10.0)
    title = _line("План мероприятий по развитию кружков", 90.0, 12.0)
    number = _line("7", 800.0, 10.0)
    page = _page(machine, header, title, number)
    drop_edge_lines(page)
    assert [ln.text for ln in page.lines] == [header.text, title.text, number.text]
    assert [ln.text for _, ln in page.free] == [header.text, title.text, number.text]


def test_a_line_at_the_foot_edge_is_dropped_too_but_not_one_reaching_into_the_page():
    """A receiving machine's line 3 mm over the foot goes; a line that starts in the band and runs
    down into the page (a large title a tight scan moved up) is the order's."""
    foot = _line("ПРИНЯТО 04.11.2022 09:12", HEIGHT - 12.0)
    tall = _line("ПОЛОЖЕНИЕ", 20.0, 18.0)
    page = _page(tall, foot)
    drop_edge_lines(page)
    assert [ln.text for ln in page.lines] == [tall.text]
