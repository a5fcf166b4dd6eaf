"""The one filter of the lines the engine reads in a cell or outside the tables: its rules, each named.

`is_noise` (every line): marks alone the engine is least sure of (a speck, a rule's remains) are no print.
`is_gibberish` and `stray_marks` (a text cell's lines): the scraps the engine read off a stamp's
lettering or a signature's loops.

A round stamp or a signature put over a cell (on a photocopy they are as grey as the print) is read
as short lines of odd letters and marks ("мА", "1. 4-‚” .", "> ы в) № ВЕТ") that the engine itself
doubts. Print in a cell spells words or figures: a line the engine is unsure of, less than half of whose
characters make words of a few letters, and that holds either no digit or mostly marks, is no print
and is dropped. A line mostly of words, a figure set as figures are ("2022 г."), a dash alone (a cell
left blank so), the closing marks of the line above wrapped alone (a narrow column puts an item
number's last stop on a line of its own), a number sign alone (a header's) or a line read with fair
confidence is kept as read.
A line of marks alone ("— .", "—-_", "\\") under or over lines of text in the same cell is a signature's
flourish or a stamp's stroke drawn across it, however sure the engine is of it: print sets a cell's
dashes and slashes beside its words. Alone in a cell only a dash is print (a cell left blank), a
slash or a star ("\\.", "©") the stamp's. Other marks alone ("№" over "п/п" in a header) are kept.
"""

from __future__ import annotations

import re

from parsers.ocr.engine import DASHES, OcrLine, zeros_as_letters

NOISE_CONFIDENCE = 25.0  # a line below this confidence with no letter or digit is noise, wherever it is
GIBBERISH_CONFIDENCE = 50.0  # the engine's confidence in a line below which it may be a scrap
MIN_WORD_LETTERS = 3  # letters in a row that make a word: a scrap rarely spells as many
WORD_SHARE = 0.5  # of a line's characters (spaces aside): in words at least this much, it is print
MARK_SHARE = 0.3  # of a line's characters (spaces aside): more marks than this is no figure's line
STROKES = frozenset("_/\\|<>*~`^©®") | DASHES  # marks a pen's or a stamp's stroke (or its star) is read as
CLOSING = frozenset(".,;:)»\"")  # marks that end the text above when a narrow column wraps them alone
NUMBER_SIGN = "№"  # alone on a line, a header's number column ("№" over "п/п"), however doubted
_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD_LETTERS},}}")


def is_noise(line: OcrLine) -> bool:
    """Marks alone (no letter, no digit) the engine is least sure of: a speck or a rule's remains."""
    return line.confidence < NOISE_CONFIDENCE and not _holds_text(line)


def cell_lines(found: list[OcrLine], text: bool = True) -> list[OcrLine]:
    """A cell's lines as read, the noise left out; a text cell's (`text`; not an item number's, whose
    marks `parsers.ocr.numbers` reads on its own) its scraps too (`text_lines`)."""
    return text_lines(found) if text else [ln for ln in found if not is_noise(ln)]


def is_gibberish(line: OcrLine) -> bool:
    """Is the line a scrap of a stamp or a signature rather than print?"""
    chars = line.text.replace(" ", "")
    if line.confidence >= GIBBERISH_CONFIDENCE or not chars or all(ch in DASHES for ch in chars) \
            or all(ch in CLOSING or ch == NUMBER_SIGN for ch in chars):
        return False
    if sum(len(word) for word in _WORD.findall(line.text)) >= WORD_SHARE * len(chars):
        return False
    marks = sum(not ch.isalnum() for ch in chars)
    return not any(ch.isdigit() for ch in chars) or marks > MARK_SHARE * len(chars)


def text_lines(found: list[OcrLine]) -> list[OcrLine]:
    """A text cell's lines as read, the noise and the scraps left out and lone zeros read as letters
    (`engine.zeros_as_letters`)."""
    kept = [ln for ln in found if not is_noise(ln) and not is_gibberish(ln)]
    beside_text = any(_holds_text(ln) for ln in kept)
    kept = [ln for ln in kept if not stray_marks(ln) or not (beside_text or _odd_strokes(ln))]
    for ln in kept:
        ln.text = zeros_as_letters(ln.text)
    return kept


def _holds_text(line: OcrLine) -> bool:
    return any(ch.isalnum() for ch in line.text)


def stray_marks(line: OcrLine) -> bool:
    """A line of strokes (and stops) alone, a stroke among them: a pen's or a stamp's stroke read as marks."""
    chars = line.text.replace(" ", "")
    return any(ch in STROKES for ch in chars) and all(ch in STROKES or ch in CLOSING for ch in chars)


def _odd_strokes(line: OcrLine) -> bool:
    """Strokes other than dashes: no blank cell is marked so."""
    return any(ch in STROKES and ch not in DASHES for ch in line.text)
