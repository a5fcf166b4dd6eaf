"""A place adjective before a body's abbreviation: "Абанская ЦРБ", "Ивановский РДК", "Северная РБ". The
adjective names where the body is; the abbreviation is spelt out after it ("Абанская центральная районная
больница") and the body keeps its kind. The abbreviation is a known one-word name, or one of the few read as a
body only after a place (executor_cues.yaml, place_abbreviations: "РБ" alone is a republic's initials). Only a
capitalised adjective (a place) qualifies: "Районный методический кабинет" is a name of its own."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import inflect_phrase, is_adjective, parses
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues

_MOST_ADJECTIVES = 2  # "Ново-Ивановская сельская …" is rare; "Абанская", "Верхне-Пышминская"


def adjective_number(word: str) -> str | None:
    """The number a nominative adjective is in, when the dictionary reads it so."""
    numbers = {p.tag.number for p in parses(word) if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn"}
    return numbers.pop() if len(numbers) == 1 else None


@lru_cache(maxsize=1)
def _place_only() -> dict[str, tuple[str, str]]:
    table = more_cues().get("place_abbreviations") or {}
    return {str(key): (value["name"], value["kind"]) for key, value in table.items()}


def place_then_abbreviation(words: list[Item], i: int, match) -> tuple[str, str, int] | None:
    """(name, kind, end) when words[i:] open with place adjectives and a body's abbreviation; else None.
    `match(k)` is the segment's known name at word k and its end, or None."""
    if not words[i].capitalised or words[i].is_abbreviation:
        return None
    k = i
    while k < len(words) and k - i < _MOST_ADJECTIVES and not words[k].is_abbreviation and is_adjective(words[k].lower):
        k += 1
    if k == i or k >= len(words) or not words[k].is_abbreviation:
        return None
    found = match(k)
    if found is not None:
        entry, end = found
        if end != k + 1 or not entry.abbreviation:
            return None
        name, kind = entry.name, entry.kind
    else:
        known = _place_only().get(words[k].lower)
        if known is None:
            return None
        name, kind = known
    number = adjective_number(words[k - 1].lower)  # "Сельские ДК": сельские дома культуры
    return " ".join([*(w.text for w in words[i:k]), inflect_phrase(name, "nomn", number) if number else name]), \
        kind, k + 1
