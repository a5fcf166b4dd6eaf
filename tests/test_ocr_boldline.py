"""A short header word the stroke measure doubts takes the weight of its printed line (parsers.ocr.boldline)."""

from __future__ import annotations

from parsers.ocr.page import mark_bold
from parsers.pdf.text import TextLine


def _line(text: str, x0: float, top: float) -> TextLine:
    return TextLine(text, x0, x0 + 60, top, top + 12, 12, False)


def _page(header_stroke: float, beside: float, first: str = "№") -> list:
    """A header line of three pieces (the first `header_stroke` times the usual stroke, the others
    `beside`) over a body of regular lines."""
    header = [(_line(first, 50, 100), (header_stroke, header_stroke)),
              (_line("Задача", 150, 101), (beside, beside)), (_line("Результат", 250, 99), (beside, beside))]
    body = [(_line(f"строка {k}", 150, 130 + 20 * k), (1.0, 0.98)) for k in range(8)]
    return header + body


def test_doubtful_piece_beside_bold_pieces_is_bold():
    measured = _page(1.25, 1.5)
    mark_bold(measured)
    assert [ln.bold for ln, _ in measured[:3]] == [True, True, True]
    assert not any(ln.bold for ln, _ in measured[3:])


def test_doubtful_piece_beside_regular_pieces_stays_regular():
    measured = _page(1.25, 1.0)
    mark_bold(measured)
    assert not any(ln.bold for ln, _ in measured)


def test_regular_piece_beside_bold_pieces_stays_regular():
    """A word long enough for its strokes to tell (a mark of a few characters follows its row instead)."""
    measured = _page(1.05, 1.5, "Графа")
    mark_bold(measured)
    assert [ln.bold for ln, _ in measured[:3]] == [False, True, True]


def test_doubtful_piece_alone_on_its_line_stays_regular():
    measured = _page(1.25, 1.5)[:1] + _page(1.25, 1.5)[3:]
    mark_bold(measured)
    assert not measured[0][0].bold


def _wrapped_header(last_stroke: float, gap: float) -> list:
    """A bold header line of two pieces whose second cell wraps: its last word alone on the next
    printed line (`last_stroke` times the usual stroke, `gap` points under the line above), over a body
    of regular lines."""
    header = [(_line("Исполнители", 150, 100), (1.5, 1.45)), (_line("Итоговый", 250, 100), (1.5, 1.45)),
              (_line("отчёт", 255, 112 + gap), (last_stroke, last_stroke))]
    body = [(_line(f"строка {k}", 150, 160 + 20 * k), (1.0, 0.98)) for k in range(8)]
    return header + body


def test_doubtful_piece_under_a_bold_piece_of_its_cell_is_bold():
    measured = _wrapped_header(1.25, 3)
    mark_bold(measured)
    assert [ln.bold for ln, _ in measured[:3]] == [True, True, True]
    assert not any(ln.bold for ln, _ in measured[3:])


def test_doubtful_piece_far_under_a_bold_piece_stays_regular():
    """A blank line's height apart: no line of the same cell."""
    measured = _wrapped_header(1.25, 16)
    mark_bold(measured)
    assert not measured[2][0].bold


def test_regular_piece_under_a_bold_piece_stays_regular():
    measured = _wrapped_header(1.02, 3)
    mark_bold(measured)
    assert not measured[2][0].bold


def test_doubtful_piece_beside_another_column_stays_regular():
    """Under a bold line but off its span: no line of the same cell."""
    measured = _wrapped_header(1.25, 3)
    ln = measured[2][0]
    ln.x0, ln.x1 = 400, 460
    mark_bold(measured)
    assert not ln.bold
