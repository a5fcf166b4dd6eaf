"""OCR lines that are not what they seem: the shadow of a line read twice; a short mark whose strokes
are too little ink to tell bold. On engine lines and strokes written out here, no image read."""

from __future__ import annotations

from parsers.ocr.engine import OcrLine
from parsers.ocr.page import mark_bold
from parsers.ocr.refine import without_shadows
from parsers.pdf.text import TextLine


def test_a_weak_line_lying_within_a_surer_one_is_its_shadow_and_is_dropped():
    """A blurred "2.2," comes back whole and, over the top of its digits, as ">" with no confidence;
    read again alone that shadow would turn into letters and a line of its own above the number."""
    shadow = OcrLine(">", (42, 28, 92, 47), 38.7, 0.0)
    number = OcrLine("2.2,", (41, 31, 101, 64), 38.7, 91.0)
    assert without_shadows([shadow, number]) == [number]


def test_lines_one_above_the_other_are_all_kept():
    """Two lines of a cell touch at most by their descenders and accents: neither is a shadow."""
    first = OcrLine("Проведение городского", (40, 27, 610, 68), 41.0, 62.0)
    second = OcrLine("собрания", (40, 60, 300, 101), 41.0, 90.0)
    weak = OcrLine("ОО", (40, 110, 95, 140), 30.0, 20.0)
    assert without_shadows([first, second, weak]) == [first, second, weak]



def _line(text: str, x0: float, top: float) -> TextLine:
    return TextLine(text, x0, x0 + 10 * len(text), top, top + 12, 12, False)


def test_a_short_mark_is_as_bold_as_the_rest_of_its_row():
    """A bold header's "№" measures as plain beside bold cells; a plain "7." measures nearly bold
    beside plain text; a lone short line keeps its own measure."""
    body = [(_line(f"Текст строки {k}", 200, 300 + 20 * k), (3.0, 3.0)) for k in range(6)]
    sign, heads = _line("№", 40, 100), [_line("Наименование", 200, 101), _line("Исполнители", 400, 99)]
    seven, lone = _line("7.", 40, 300), _line("Ж", 40, 600)
    mark_bold(body + [(sign, (3.6, 3.6)), (heads[0], (4.5, 4.4)), (heads[1], (4.4, 4.3)),
                      (seven, (4.0, 4.0)), (lone, (4.5, 4.5))])
    assert sign.bold and all(h.bold for h in heads)
    assert not seven.bold and lone.bold
