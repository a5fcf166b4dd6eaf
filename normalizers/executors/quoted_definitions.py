"""A definition by one capitalised word ("(далее – Центр)", "(далее – Школа)") of an institution named in quotes
stands for the whole name it follows, the legal form before the quotes included ("МКУ «Центр …»", "муниципального
казённого учреждения «Центр …»"), not the quoted part alone: the quoted part is the institution's own name, the
legal form says which body bears it. Abbreviations spell their own words and are left to the initials."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.morphology import is_adjective, lemma
from normalizers.executors.vocabulary import cues, more_cues

_MOST_WORDS_TO_HEAD = 4  # "учреждения дополнительного образования «…»": the head, then its complement
_LISTED_RE = re.compile(r"»\s*(?:,|и)\s*(?:[А-ЯЁ]{2,}\s+)*«[^«»]*»\s*$")  # "«A» и «B»", "«A», МБОУ «B»" closing


@lru_cache(maxsize=1)
def _legal_heads() -> frozenset[str]:
    """Nouns that head a legal form written out (учреждение, организация, предприятие), lemmas."""
    return frozenset(map(str, more_cues().get("spelt_form_heads") or ()))


def one_word_short(short: str) -> bool:
    """"Центр", "Детский сад": one capital, then lower-case letters (not an abbreviation such as "ЦРО", "МО")."""
    rest = short[1:].replace(" ", "")
    return bool(rest) and short[:1].isupper() and rest.isalpha() and rest.islower()


def whole_name_start(words: list[tuple[str, int]], start: int, before: str, short: str) -> int:
    """Index in `words` where the whole name begins when the text before a one-word definition ends with a quoted
    name and a legal form stands before the quotes; `start` otherwise."""
    quoted = _quoted_name_start(words, before) if one_word_short(short) else None
    if not quoted:
        return start
    found = _legal_form_start(words, quoted)
    return start if found is None else found


def spelt_quoted_start(words: list[tuple[str, int]], start: int, before: str, spells) -> int:
    """"Смета расходов МБУ «Центр кадрового …» (далее – ЦК…)": a quoted name closing `before` that spells the letters
    by itself, after a word sharing its first initial ("расходов"), is the defined name from its legal form on (as
    a one-word definition's, whole_name_start); so is a quoted name the definition starts at, spelt or not, after
    the letters of a state legal form ("ГАУ ДПО «…»": they tell a regional or federal institution, whose kind the
    quoted part alone does not); a start further inside the name is kept."""
    quoted = _quoted_name_start(words, before)
    if not quoted:
        return start
    legal = _legal_form_start(words, quoted)
    if start == quoted and legal is not None and _state_letters(words[legal:quoted]):
        return legal  # "ГАУ ДПО «Институт развития …» (далее – ИРО)": the form's letters are the name's, as written
    if not spells(words[quoted:]):
        return start
    first = quoted if legal is None else legal
    if legal is not None and legal < start < quoted:
        return legal  # "ГАУ ДПО ЭО «Энский институт …» (далее – ЭИРО)": a start among the form's letters is the form's
    return first if start < first else start


def _state_letters(form: list[tuple[str, int]]) -> bool:
    """A legal form in letters, one of them a state organisation's ("ГАУ ДПО", "ФГБОУ ВО")."""
    return all(token.isupper() for token, _ in form) and any(token.lower() in cues().state_forms for token, _ in form)


def listed_names_start(words: list[tuple[str, int]], before: str) -> int | None:
    """"… МБОУ «Школа № 1» и «Школа № 2» (далее – ОО)": names listed in quotes, the letters spelt by none of the
    words; the name starts at the legal form before the first quoted name (None when there is none)."""
    listed = _LISTED_RE.search(before)
    if listed is None:
        return None
    opening = before.find("«", words[0][1]) if words else -1  # the first quoted name of the definition's words
    quoted = next((i for i, (_, start) in enumerate(words) if start > opening), None)
    return _legal_form_start(words, quoted) if opening >= 0 and quoted else None


def _legal_form_start(words: list[tuple[str, int]], quoted: int) -> int | None:
    """Index of the legal form (letters, or adjectives and a head noun) before the quoted name at words[quoted]."""
    k = quoted
    while k > 0 and len(words[k - 1][0]) > 1 and words[k - 1][0].isupper():
        k -= 1  # "МБУ ДО «…»": the legal form's letters
    if any(token.lower() in cues().legal_forms for token, _ in words[k:quoted]):
        return k
    for h in range(quoted - 1, max(-1, quoted - 1 - _MOST_WORDS_TO_HEAD), -1):
        if lemma(words[h][0]) in _legal_heads():
            while h > 0 and is_adjective(words[h - 1][0].lower()):
                h -= 1
            return h  # "муниципального бюджетного учреждения дополнительного образования «…»"
    return None


def _quoted_name_start(words: list[tuple[str, int]], before: str) -> int | None:
    """Index of the first word inside the quotes that close `before` («…», nested ones too), or None."""
    text = before.rstrip()
    if not text.endswith("»"):
        return None
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        depth += {"»": 1, "«": -1}.get(text[at], 0)
        if depth == 0:
            return next((i for i, (_, start) in enumerate(words) if start > at), None)
    return None
