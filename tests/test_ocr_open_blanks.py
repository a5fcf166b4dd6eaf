"""Blank lines between a scan's open table and the heading under it (parsers.ocr.opentables): a
recognised line's size overstates its print, so a blank line is told against the print's size."""

from __future__ import annotations

from parsers.ocr import image, opentables, page
from parsers.ocr.engine import OcrLine
from parsers.pdf.text import TextLine

PX = image.DPI / 72  # pixels per point
ROW = 10.5  # points: the engine's row height of 10 pt print, as it gives it (about the print's height)


def _line(top: float, words: list[tuple[float, str]], bold: bool = False) -> tuple[OcrLine, TextLine]:
    """A line read at `top` (points), 10 points tall, its words starting at the given x, 6 points a letter."""
    spans = [(text, (int(x * PX), int(top * PX), int((x + 6 * len(text)) * PX), int((top + 10) * PX)))
             for x, text in words]
    found = OcrLine(" ".join(t for t, _ in spans), (spans[0][1][0], spans[0][1][1], spans[-1][1][2], spans[0][1][3]),
                    ROW * PX, 90.0, spans=spans)
    made = TextLine(found.text, words[0][0], words[-1][0] + 6 * len(words[-1][1]), top, top + 10, 10, bold)
    return found, made


def _page(tail: list[tuple[float, list[tuple[float, str]], bool]]) -> page.OcrPage:
    """Three rows of a plan, single-spaced (a line every 12 points), then the lines of `tail`."""
    free = []
    for k in range(3):
        top = 80 + 36 * k
        free += [_line(top, [(60, f"{k + 1}."), (100, "Проведение"), (300, "Март"), (400, "Управление")]),
                 _line(top + 12, [(100, "семинара"), (400, "образования")]),
                 _line(top + 24, [(100, "педагогов")])]
    free += [_line(top, words, bold) for top, words, bold in tail]
    read = page.OcrPage(number=1, height=842, free=free)
    read.lines = [made for _, made in free]
    return read


def test_an_empty_paragraph_under_the_table_parts_it_from_the_next_plans_heading():
    """Under the last row an empty line (one more line's height, 12 points), "Приложение 2" set right
    (it falls in the last column), another empty line and the next plan's bold title across the page:
    the table ends at its last row; the note and the title are no cells of it."""
    tail = [(80 + 36 * 2 + 24 + 12 + 12, [(420, "Приложение"), (486, "2")], False),
            (80 + 36 * 2 + 24 + 48, [(150, "Поддержка"), (210, "молодых"), (258, "педагогов"), (318, "города")], True)]
    found = opentables.find([_page(tail)])
    assert len(found[0]) == 1
    assert found[0][0].bbox[3] < 80 + 36 * 2 + 24 + 24


def test_rows_a_line_apart_stay_one_table():
    """The same rows, the last one set a line's gap lower than the rest, then nothing: the gap parts the
    rows, not the table (lines after a blank in the columns, no heading)."""
    tail = [(80 + 36 * 3 + 12, [(60, "4."), (100, "Проведение"), (300, "Май"), (400, "Управление")], False),
            (80 + 36 * 3 + 24, [(100, "конкурса"), (400, "образования")], False)]
    found = opentables.find([_page(tail)])
    assert len(found[0]) == 1
    assert found[0][0].bbox[3] > 80 + 36 * 3 + 24


def test_a_line_lost_inside_a_cell_leaves_the_table_whole():
    """A long name cell under the rows, one of its lines lost (a gap of a line's height, as an empty
    paragraph leaves), its next lines starting at the column's edge, then a numbered row: one table."""
    last = 80 + 36 * 2 + 24
    tail = [(last + 12, [(100, "мероприятий")], False), (last + 36, [(100, "по")], False),
            (last + 48, [(100, "профилактике")], False),
            (last + 60, [(60, "4."), (100, "Проведение"), (300, "Май"), (400, "Управление")], False)]
    found = opentables.find([_page(tail)])
    assert len(found[0]) == 1
    assert found[0][0].bbox[3] > last + 60
