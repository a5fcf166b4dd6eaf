"""Lower-case adjectives before a known body's abbreviation: "пилотные ОО", "подведомственные ДОУ", "муниципальная
ПМПК" (issue 11). The adjectives narrow the body or group the abbreviation names; they are kept and the abbreviation
is spelt out after them ("пилотные образовательные организации"), the kind is the body's. Read only where each
adjective agrees, in the nominative, with the head noun of the spelt name: "методические ОО" would not be a phrase
of any plan, and an adjective in another case belongs to the words before it. A capitalised adjective is a place
(place_abbreviations.py)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.comma_heads import agrees_in_the_nominative
from normalizers.executors.morphology import is_adjective
from normalizers.executors.place_abbreviations import form_then_place_abbreviation, place_then_abbreviation
from normalizers.executors.text import Item

_MOST_ADJECTIVES = 2  # "пилотные муниципальные ОО"


@lru_cache(maxsize=1024)
def _head_noun(name: str) -> str | None:
    """The first word of a spelt name that is no adjective: the noun the adjectives before it agree with."""
    for word in name.split():
        if not is_adjective(word.lower()):
            return word.lower()
    return None


def qualified_abbreviation(words: list[Item], i: int, match) -> tuple[str, str, int] | None:
    """(name, kind, end) when words[i:] open with lower-case adjectives, then a known body's abbreviation they
    agree with; else None. `match(k)` is the segment's known name at word k and its end, or None."""
    if words[i].capitalised or words[i].is_abbreviation or words[i].is_number:
        return None
    k = i
    while k < len(words) and k - i < _MOST_ADJECTIVES and not words[k].capitalised and not words[k].is_abbreviation \
            and is_adjective(words[k].lower):
        k += 1
    if k == i or k >= len(words) or not words[k].is_abbreviation:
        return None
    found = match(k)
    if found is None or found[1] != k + 1 or not found[0].abbreviation:
        return None
    entry = found[0]
    head = _head_noun(entry.name)
    if head is None or not agrees_in_the_nominative([w.lower for w in words[i:k]], head):
        return None
    name = entry.name if entry.name[:2].isupper() else entry.name[:1].lower() + entry.name[1:]
    return " ".join([*(w.text for w in words[i:k]), name]), entry.kind, k + 1


def adjectives_then_abbreviation(words: list[Item], i: int, match) -> tuple[str, str, int] | None:
    """A place ("Абанская ЦРБ"), legal forms and a place ("МУЗ Кимовская ЦРБ") or lower-case qualifiers ("пилотные
    ОО") before a known body's abbreviation."""
    return place_then_abbreviation(words, i, match) or form_then_place_abbreviation(words, i, match) \
        or qualified_abbreviation(words, i, match)
