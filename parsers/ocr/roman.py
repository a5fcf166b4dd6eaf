"""A section title's Roman number as OCR reads it on a blurred scan: "ГУ." for IV, "\\1." for VI.

An order numbers its sections I-X and the items under section V as 5.1., 5.2., ...: the section's number
is what tells a blurred "5.1." read as "1." apart from a list that starts again. On a coarse scan the
engine reads the Roman letters as look-alikes: I as "|", "1", "l", "Г" or "Т", II as "И" or "П", III as
"Ш", V as "У" or a backslash. Each look-alike stands for its letters; what they spell must be a Roman
number, or the title has none.
"""

from __future__ import annotations

import re

# look-alike -> the Roman letters it stands for
_LETTERS = {
    **dict.fromkeys("I|1lі!Г]Т", "I"),
    **dict.fromkeys("VУ\\vу", "V"),
    **dict.fromkeys("XХ", "X"),
    "И": "II", "П": "II", "Ш": "III",
}
_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
# the title's first word, a stop or none after it, then a word of the title (which opens with a capital)
_OPENING = re.compile(r"(\S{1,4}?)([.,:])?\s+(?=[А-ЯЁA-Z])")


def roman_heading(text: str) -> str | None:
    """The section number ("4") a title read as "ГУ. Анализ ..." opens with, or None. Without a stop the
    first word must be more than one look-alike (or "Ш"): a lone "И" or "У" opens a sentence as well."""
    found = _OPENING.match(text.strip())
    if found is None:
        return None
    word, stop = found.groups()
    if stop is None and len(word) < 2 and word != "Ш":
        return None
    if any(ch not in _LETTERS for ch in word):
        return None
    letters = re.sub("V+", "V", "".join(_LETTERS[ch] for ch in word))  # "\\У" is one blurred V read twice
    value = _VALUES.get(letters)
    return None if value is None else str(value)
