"""Abbreviations a document spells out without "(далее – …)": an executor cell says "ИРОСО", the plan's passport
"ГБОУ ДПО «Институт развития образования Сахалинской области»". The letters of the abbreviation are the initials
of the written-out name, word by word, so the document defines it as surely as with "(далее – ИРОСО)".

Only what cannot be read two ways is taken: an abbreviation of four capitals or more (two or three have too
many readings: ДО, ОО, МО), not a word of the dictionary written in capitals (a heading's "ПЛАН"), and one
name alone in the whole document whose initials spell it (two different names: neither).
"""

from __future__ import annotations

import re

from normalizers.executors.morphology import is_known, to_nominative
from normalizers.executors.vocabulary import cues

MIN_LETTERS = 4
_ABBREVIATION_RE = re.compile(r"(?<![А-Яа-яЁё])[А-ЯЁ]{4,8}(?![А-Яа-яЁё])")
_TOKEN_RE = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*|\S")
_OPENING_QUOTES = "«\"“"
_CLOSING_QUOTES = "»\"”"
_MAX_FORMS = 3  # "ГБОУ ДПО «…»": legal forms before the quoted name


def initials_definitions(text: str, defined: dict[str, str]) -> dict[str, str]:
    """Abbreviation -> full name (nominative) for the abbreviations of `text` that one of its names spells out
    by initials; those in `defined` (the document's explicit definitions) are left alone."""
    if not text:
        return {}
    candidates = {m.group() for m in _ABBREVIATION_RE.finditer(text)} - set(defined)
    candidates = {c for c in candidates if c.lower() not in cues().legal_forms and not is_known(c.lower())}
    if not candidates:
        return {}
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    found: dict[str, str] = {}
    for abbreviation in sorted(candidates):
        starts = _spellings(text, tokens, abbreviation.lower())
        names = {_name(text, tokens, start, len(abbreviation)) for start in starts}
        names.discard("")
        if len(names) == 1:
            found[abbreviation] = names.pop()
    return found


def _spellings(text: str, tokens: list[tuple[str, int, int]], letters: str) -> list[int]:
    """Indexes of the tokens that open a run of words on one line whose initials are `letters`, the first one
    capitalised, none of them an abbreviation or a short word ("по", "и": the run would read past the name)."""
    size = len(letters)
    out = []
    for i in range(len(tokens) - size + 1):
        first = tokens[i][0]
        if first[0].lower() != letters[0] or not first[0].isupper() or first.isupper():
            continue
        run = tokens[i:i + size]
        if "\n" in text[run[0][1]:run[-1][2]]:
            continue
        if all(_plain_word(word) and word[0].lower() == letter
               for (word, _, _), letter in zip(run, letters, strict=True)):
            out.append(i)
    return out


def _plain_word(token: str) -> bool:
    return token[0].isalpha() and len(token) > 2 and not token.isupper()


def _name(text: str, tokens: list[tuple[str, int, int]], start: int, size: int) -> str:
    """The name in the nominative, with the legal forms written before its quotes ("ГБОУ ДПО «…»")."""
    begin, end = tokens[start][1], tokens[start + size - 1][2]
    phrase = to_nominative(" ".join(text[begin:end].split()))
    if not phrase:
        return ""
    after = start + size
    if start == 0 or tokens[start - 1][0] not in _OPENING_QUOTES or after >= len(tokens) \
            or tokens[after][0] not in _CLOSING_QUOTES:
        return phrase
    forms = []
    k = start - 2
    while k >= 0 and len(forms) < _MAX_FORMS and tokens[k][0].isupper() and tokens[k][0].lower() in cues().legal_forms:
        forms.insert(0, tokens[k][0])
        k -= 1
    return f"{' '.join(forms)} «{phrase}»" if forms else phrase
