"""OCR lines of one cell that are not what they seem: the shadow of a line read twice; on engine lines
written out here, no image read."""

from __future__ import annotations

from parsers.ocr.engine import OcrLine
from parsers.ocr.refine import without_shadows


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

