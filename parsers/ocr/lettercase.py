"""Small letters read as capitals: a line of x-height letters alone, told by its height on the page.

Most Cyrillic small letters are their capitals made smaller ("о" and "О", "к" and "К", "ш" and "Ш").
The engine tells them apart by the line's letters against each other; a line holding such letters
only ("школьников", "год", "в" run over from the line above in a narrow cell) gives it nothing to
compare, and it reads them as capitals: "ШКОЛЬНИКОВ", "ГОД". Their ink stands as low as the page's
small letters do, lower than its capitals and digits: a line read in capitals only that stands nearer
the page's small letters' height than its capitals' is written in small letters.
The other way round, a short word of capitals alone on its line ("МДОО", an organisation's letters) is
read in small letters as often: small letters of the same shape as their capitals standing as high as
the page's capitals (and its digits) are capitals.
"""

from __future__ import annotations

import statistics

from parsers.pdf.text import TextLine

# Small letters that neither rise above nor sink below the others: the x-height of a line of them.
SHORT = set("авгеийклмнопстхчшъыьэюя")
# Capitals and digits that sink below none (Д, Ц, Щ do): the capitals' height of a line of them.
TALL = set("АБВГЕЖЗИЙКЛМНОПРСТУФХЧШЪЫЬЭЮЯ0123456789") - set("ДЦЩ")
MIN_LINES = 3  # lines of each kind a page shows before its heights are trusted
# Small letters drawn as their capitals made smaller, and of them those that sink below the line (as their
# capitals do a little): a word of these alone is told by its height from the page's capitals
LIKE_CAPITALS = SHORT - set("ае") | set("дцщ")
SINKING = set("дцщ")
CAPITAL_HEIGHT = 0.85  # of the capitals' height: a word of small letters standing higher is capitals
SUNK_HEIGHT = 1.1  # ... and a word with a sinking letter (its capital sinks less than the small letter)
MAX_CAPITALS = 6  # letters at most in a word of capitals read small: an organisation's letters


def _height(line: TextLine) -> float:
    return line.bottom - line.top


def _only(line: TextLine, letters: set[str]) -> bool:
    marks = [ch for ch in line.text if not ch.isspace() and ch not in ",.;:"]
    return len(marks) >= 2 and all(ch in letters for ch in marks)


def letter_case(lines: list[TextLine]) -> None:
    """Both ways: capitals read for small letters (`small_letters`) and small letters for capitals
    (`capital_letters`), on every line read on a page."""
    small_letters(lines)
    capital_letters(lines)


def small_letters(lines: list[TextLine]) -> None:
    """Write in small letters each line of Cyrillic capitals only whose height is nearer the page's
    small letters' than its capitals' (`lines`: every line read on the page)."""
    small = [_height(ln) for ln in lines if _only(ln, SHORT)]
    tall = [_height(ln) for ln in lines if _only(ln, TALL)]
    if len(small) < MIN_LINES or len(tall) < MIN_LINES:
        return
    middle = (statistics.median(small) + statistics.median(tall)) / 2
    for line in lines:
        letters = [ch for ch in line.text if ch.isalpha()]
        capitals = bool(letters) and all("А" <= ch <= "Я" or ch == "Ё" for ch in letters)
        if capitals and not any(ch.isdigit() for ch in line.text) and _height(line) < middle:
            line.text = line.text.lower()


def capital_letters(lines: list[TextLine]) -> None:
    """Write in capitals each line of one short word of small letters shaped as their capitals whose
    height is as the page's capitals' (`lines`: every line read on the page)."""
    tall = [_height(ln) for ln in lines if _only(ln, TALL)]
    if len(tall) < MIN_LINES:
        return
    capitals = statistics.median(tall)
    for line in lines:
        word = line.text.strip().rstrip(",.;:")
        if not 2 <= len(word) <= MAX_CAPITALS or not all(ch in LIKE_CAPITALS for ch in word):
            continue
        share = SUNK_HEIGHT if any(ch in SINKING for ch in word) else CAPITAL_HEIGHT
        if _height(line) >= share * capitals:
            line.text = line.text.upper()
