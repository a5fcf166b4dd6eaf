"""One school named without a number: "Школа" alone in a school's own plan, "Средняя школа", a place before the
school's type ("Мензинская СОШ", "Ивановская основная школа"). A school type in the singular nominative that
ends the name, with nothing but adjectives before it, is one school (kind school); the plural ("Школы") and a
type abbreviation with no place before it ("СОШ": one or all?) stay the group. A school type of several words
before a number names one school too ("МБОУ «Центр образования № 4»": executor_cues.yaml, numbered_school_phrases),
not the methodical centre "центр … образования" names elsewhere."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import is_adjective, parses
from normalizers.executors.place_adjectives import place_adjective
from normalizers.executors.text import BARE, Item
from normalizers.executors.vocabulary import cues, more_cues

_MOST_ADJECTIVES = 3


def names_one_school(items: list[Item]) -> bool:
    """Whether `items` (a whole name) are a school type in the singular, perhaps after a place or adjectives."""
    if any(item.key == "№" for item in items) and _numbered_phrase(items):
        return True
    last = items[-1]
    if last[BARE] not in cues().school_types or len(items) > _MOST_ADJECTIVES + 1:
        return False
    before = items[:-1]
    if any(word.is_abbreviation or word.is_number or not (is_adjective(word.lower) or place_adjective(word))
           for word in before):
        return False
    if last.is_abbreviation:
        return bool(before) and before[0].capitalised  # "Мензинская СОШ": the place names which school
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing" for p in parses(last.lower))


def named_after_its_type(items: list[Item], i: int) -> bool:
    """"Школа «Гармония»", "Гимназия «Эрудит»": a school type written out in the nominative (items[i]), then only
    capitalised words, the school's own name; "Школа молодого педагога" is no school."""
    word = items[i]
    return not word.is_abbreviation and i + 1 < len(items) and all(later.capitalised for later in items[i + 1:]) \
        and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses(word.lower))


@lru_cache(maxsize=1)
def _school_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(word) for word in phrase) for phrase in more_cues().get("numbered_school_phrases") or ())


def _numbered_phrase(items: list[Item]) -> bool:
    """A school type of several words right before "№" ("Центр образования № 15")."""
    for phrase in _school_phrases():
        n = len(phrase)
        for i in range(len(items) - n):
            if items[i + n].key == "№" and tuple(word[BARE] for word in items[i:i + n]) == phrase:
                return True
    return False
