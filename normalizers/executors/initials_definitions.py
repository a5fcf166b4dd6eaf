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
    runs = _initials_runs(text, tokens, max(map(len, candidates)))
    found: dict[str, str] = {}
    for abbreviation in sorted(candidates):
        letters = abbreviation.lower()
        starts = [i for i, initials in runs if initials.startswith(letters)]
        names = {_name(text, tokens, start, len(abbreviation)) for start in starts}
        names.discard("")
        if len(names) == 1:
            found[abbreviation] = names.pop()
    return found


def _initials_runs(text: str, tokens: list[tuple[str, int, int]], longest: int) -> list[tuple[int, str]]:
    """(index, initials) of every capitalised word that opens a run of words on one line: the initials of the
    run's words, up to `longest`. No word of a run is an abbreviation or a short word ("по", "и": the run
    would read past the name)."""
    out = []
    for i, (first, _, _) in enumerate(tokens):
        if not first[0].isupper() or not _plain_word(first):
            continue
        initials = [first[0].lower()]
        j = i + 1
        while len(initials) < longest and j < len(tokens) and _plain_word(tokens[j][0]) \
                and "\n" not in text[tokens[j - 1][2]:tokens[j][1]]:
            initials.append(tokens[j][0][0].lower())
            j += 1
        out.append((i, "".join(initials)))
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
