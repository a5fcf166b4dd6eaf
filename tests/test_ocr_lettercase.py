"""Small letters read as capitals on a line of x-height letters alone, and a short word of capitals read
small (parsers.ocr.lettercase)."""

from __future__ import annotations

from parsers.ocr.lettercase import capital_letters, small_letters
from parsers.pdf.text import TextLine


def _line(text: str, top: float, height: float) -> TextLine:
    return TextLine(text, 100, 160, top, top + height, 12, False)


def _page(*extra: TextLine) -> list[TextLine]:
    """A page of lines: small letters alone stand 6 points high, capitals and digits 8.5, mixed 10."""
    small = [_line(w, 10 * k, 6.0) for k, w in enumerate(["сам", "винт", "метка"])]
    tall = [_line(w, 50 + 10 * k, 8.5) for k, w in enumerate(["2024", "ОКНО", "17"])]
    mixed = [_line("Выбор тропы", 90, 10.0)]
    return small + tall + mixed + list(extra)


def test_capitals_as_low_as_small_letters_are_small():
    low = _line("СТОЛОВОЙ", 120, 6.2)
    lone = _line("В", 130, 6.0)
    small_letters(_page(low, lone))
    assert (low.text, lone.text) == ("столовой", "в")


def test_capitals_as_high_as_capitals_stay():
    short = _line("ПКО", 120, 8.4)
    small_letters(_page(short))
    assert short.text == "ПКО"


def test_lines_with_small_letters_or_digits_stay():
    mixed = _line("ОТ 5", 120, 6.0)
    small_letters(_page(mixed))
    assert mixed.text == "ОТ 5"


def test_page_without_enough_lines_of_each_kind_is_left_as_read():
    low = _line("СТОЛОВОЙ", 120, 6.2)
    small_letters(_page()[:3] + [low])
    assert low.text == "СТОЛОВОЙ"


def test_small_letters_as_high_as_capitals_are_capitals():
    word = _line("мнкп", 120, 8.4)
    sunk = _line("нцдс,", 130, 9.8)  # a sinking letter: its capital sinks less
    capital_letters(_page(word, sunk))
    assert (word.text, sunk.text) == ("МНКП", "НЦДС,")


def test_small_letters_as_low_as_small_letters_stay():
    low, sunk, long = _line("ком", 120, 6.1), _line("под", 130, 8.6), _line("томовник", 140, 8.5)
    shaped = _line("век", 150, 8.5)  # "е" is no capital made smaller
    capital_letters(_page(low, sunk, long, shaped))
    assert [ln.text for ln in (low, sunk, long, shaped)] == ["ком", "под", "томовник", "век"]
