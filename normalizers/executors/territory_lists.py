"""Commas inside a "по …" territory list do not split: "начальник отдела надзорной деятельности по г. N, N-скому
и M-скому районам" is one executor. After a comma, words that open in the dative (and cannot be nominative)
continue the "по" phrase of the name before the comma; a new executor is written in the nominative. The districts an
office serves "в …" are listed so too, in the prepositional: "Территориальный отдел … в N-ском, M-ском районах"."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import parses
from normalizers.executors.text import Item


def _dative_only(word: Item) -> bool:
    return not (word.is_abbreviation or word.is_number) and _dative_only_word(word.lower)


@lru_cache(maxsize=4096)
def _dative_only_word(lower: str) -> bool:
    variants = [p for p in parses(lower) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    return any(p.tag.case == "datv" for p in variants) and not any(p.tag.case == "nomn" for p in variants)


def continues_a_territory_list(previous: list[Item], words: list[Item]) -> bool:
    """Whether `words`, after a comma, go on with the "по" phrase among the `previous` words."""
    if not words:
        return False
    first = words[0]
    if not _dative_only(first) and first.capitalised and len(words) > 1 and words[1].capitalised \
            and words[1].start == first.end + 1:
        first = words[1]  # "Гусь-Хрустальному": the case is in the hyphenated name's last part
    if _dative_only(first):
        return any(word.lower == "по" for word in previous[1:])
    return any(word.lower in _IN for word in previous[1:]) and _prepositional_only(first)


_IN = frozenset({"в", "во"})


def _prepositional_only(word: Item) -> bool:
    return not (word.is_abbreviation or word.is_number) and _prepositional_only_word(word.lower)


@lru_cache(maxsize=4096)
def _prepositional_only_word(lower: str) -> bool:
    variants = [p for p in parses(lower) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    return any(p.tag.case == "loct" for p in variants) and not any(p.tag.case == "nomn" for p in variants)
