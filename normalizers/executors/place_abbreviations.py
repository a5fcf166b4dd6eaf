"""A place adjective before a body's abbreviation: "Абанская ЦРБ", "Ивановский РДК", "Северная РБ". The
adjective names where the body is; the abbreviation is spelt out after it ("Абанская центральная районная
больница") and the body keeps its kind. The abbreviation is a known one-word name, or one of the few read as a
body only after a place (executor_cues.yaml, place_abbreviations: "РБ" alone is a republic's initials). Only a
capitalised adjective (a place) qualifies: "Районный методический кабинет" is a name of its own. A place of two
parts joined by a hyphen ("Павлово-Посадская ЦРБ", "Усть-Кутская ЦРБ") is one adjective; legal forms written before
the place ("МУЗ Кимовская ЦРБ") open the same body's name (issue 11)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import inflect_phrase, is_adjective, parses
from normalizers.executors.place_adjectives import place_adjective
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues, more_cues

_MOST_ADJECTIVES = 2  # "Ново-Ивановская сельская …" is rare; "Абанская", "Верхне-Пышминская"
_HYPHEN_GAP = 1  # only the hyphen between the two parts of a place's name
_LINKING_VOWELS = ("о", "е")  # the first part of a compound place: "Павлово-", "Верхне-"
_PREFIXES = frozenset({"усть"})  # a first part without a linking vowel: "Усть-Кутская"


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
    k, count = i, 0
    while k < len(words) and count < _MOST_ADJECTIVES and (end := _adjective_end(words, k)) is not None:
        k, count = end, count + 1
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
    return f"{_adjectives_text(words, i, k)} {inflect_phrase(name, 'nomn', number) if number else name}", kind, k + 1


def _adjectives_text(words: list[Item], i: int, k: int) -> str:
    """words[i:k] as written, a compound place's two parts joined by its hyphen."""
    parts, m = [], i
    while m < k:
        end = _adjective_end(words, m) or m + 1
        parts.append("-".join(w.text for w in words[m:end]))
        m = end
    return " ".join(parts)


def _adjective_end(words: list[Item], k: int) -> int | None:
    """The end of the adjective at words[k]: k + 2 for a place of two capitalised parts joined by a hyphen, the
    second with a place adjective's ending ("Павлово-Посадская", "Усть-Кутская": the dictionary knows neither
    part), k + 1 for one adjective, None for any other word."""
    word = words[k]
    if word.is_abbreviation or word.is_number:
        return None
    if k + 1 < len(words) and word.capitalised and (word.lower[-1:] in _LINKING_VOWELS or word.lower in _PREFIXES):
        nxt = words[k + 1]
        if nxt.capitalised and nxt.start - word.end == _HYPHEN_GAP and place_adjective(nxt):
            return k + 2
    return k + 1 if is_adjective(word.lower) else None


def form_then_place_abbreviation(words: list[Item], i: int, match) -> tuple[str, str, int] | None:
    """(name, kind, end) when words[i:] open with legal forms, then a place and a body's abbreviation ("МУЗ
    Павлово-Посадская ЦРБ" -> "МУЗ «Павлово-Посадская центральная районная больница»"); else None."""
    forms = cues().legal_forms
    k = i
    while k < len(words) and words[k].is_abbreviation and words[k].key[1:] in forms:
        k += 1
    placed = place_then_abbreviation(words, k, match) if i < k < len(words) else None
    if placed is None:
        return None
    name, kind, end = placed
    return f"{' '.join(w.text for w in words[i:k])} «{name}»", kind, end
