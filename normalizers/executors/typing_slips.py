"""Slips of typing inside a cell that break the words of a name: a stray sign inside a word ("Заместите°ль",
"дирек*тор") is dropped, and a word started and typed again ("Зам Заместитель", "З Заместитель") keeps only the
word typed out, like a doubled word (spec: "doubled words are cleaned"). A false start is short (at most four
letters) and opens the next word letter for letter, capital for capital; conjunctions and prepositions, written
in lower case, are never taken for one, nor is one letter before a surname ("И Иванова": an initial)."""

from __future__ import annotations

import re

from normalizers.executors.morphology import parses

# a sign no name holds, between two lower-case letters of one word
_STRAY_SIGN_RE = re.compile(r"(?<=[а-яё])[°*^`´~|](?=[а-яё])")
# a capitalised start of up to four letters, spaces, then the same letters opening a longer word
_FALSE_START_RE = re.compile(r"(?<![\w.-])([А-ЯЁ][а-яё]{0,3}) +(?=(\1[а-яё]{3,}))")


def mend_typing_slips(cell: str) -> str:
    """The cell with stray signs inside words dropped and false starts blanked (the offsets of the words after a
    false start are kept)."""
    if any(sign in cell for sign in "°*^`´~|"):
        cell = _STRAY_SIGN_RE.sub("", cell)
    if " " in cell and _FALSE_START_RE.search(cell) is not None:
        cell = _FALSE_START_RE.sub(_blank_false_start, cell)
    return cell


def _blank_false_start(match: re.Match) -> str:
    start, word = match.group(1), match.group(2)
    if len(start) == 1 and any("Surn" in p.tag or "Name" in p.tag for p in parses(word.lower())):
        return match.group()  # "И Иванова": an initial before the surname
    return " " * len(match.group())
