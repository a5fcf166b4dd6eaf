"""A group of institutions named after people in the genitive plural ("Совет руководителей ОО", "Ассоциация
директоров ДОО"): the group is the complement of the people, as in the role "руководители ОО", so it goes on the
body's name instead of starting an executor of its own."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.classification import position_of
from normalizers.executors.morphology import parses
from normalizers.executors.text import Item

_GROUPS = frozenset({"schools", "preschools"})


def complements_people(words: list[Item], start: int, j: int, kind: str | None) -> bool:
    """Word j, a known group abbreviation of `kind`, right after a lower-case position in the genitive plural that
    is not the first word of the name read from `start`."""
    if kind not in _GROUPS or j - 1 <= start or not words[j].is_abbreviation:
        return False
    previous = words[j - 1]
    if previous.is_abbreviation or previous.capitalised or position_of(previous) is None:
        return False
    return _genitive_plural_only(previous.lower)


@lru_cache(maxsize=1024)
def _genitive_plural_only(lower: str) -> bool:
    """"руководителей", "директоров"; not "директора" (also a nominative plural that opens a role)."""
    variants = parses(lower)
    return any(p.tag.case == "gent" and p.tag.number == "plur" for p in variants) \
        and not any(p.tag.case == "nomn" for p in variants)
