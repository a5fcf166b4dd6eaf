"""Commas inside a "по …" territory list do not split: "начальник отдела надзорной деятельности по г. N, N-скому
и M-скому районам" is one executor. After a comma, words that open in the dative (and cannot be nominative)
continue the "по" phrase of the name before the comma; a new executor is written in the nominative. So do words
that open in the prepositional after a "в" phrase: "территориальный отдел … в г. N, N-ском, M-ском районах" serves
the town and the districts, one office (O22)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import parses
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues


def _dative_only(word: Item) -> bool:
    return not (word.is_abbreviation or word.is_number) and _only_case(word.lower, "datv")


def _locative_only(word: Item) -> bool:
    return not (word.is_abbreviation or word.is_number) and _only_case(word.lower, "loct")


@lru_cache(maxsize=4096)
def _only_case(lower: str, case: str) -> bool:
    """Whether a noun, adjective or participle reading of `lower` is in `case` and none in the nominative."""
    variants = [p for p in parses(lower) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    return any(p.tag.case == case for p in variants) and not any(p.tag.case == "nomn" for p in variants)


def continues_a_territory_list(previous: list[Item], words: list[Item]) -> bool:
    """Whether `words`, after a comma, go on with the "по" phrase among the `previous` words."""
    if not words:
        return False
    first = words[0]
    if not _dative_only(first) and first.capitalised and not first.is_abbreviation and len(words) > 1 \
            and words[1].capitalised and words[1].start == first.end + 1:
        # "Гусь-Хрустальному": the case is in the hyphenated name's last part; an abbreviation opens no place name
        # ("…, УФНС России по N-ской области": a new office, "России" no dative of a list)
        first = words[1]
    if _dative_only(first):
        return any(word.lower == "по" for word in previous[1:])
    return first.capitalised and _in_a_place(previous) and _locative_only(first)  # the look-up last: it parses


_PLACE_WORDS = 8  # "в г. N, N-ском, M-ском, K-ском": the places listed so far


def _in_a_place(previous: list[Item]) -> bool:
    """The words before the comma end in a "в" phrase of places: proper names and contracted territories ("в г. N",
    "в г. N, N-ском")."""
    for k in range(len(previous) - 1, max(len(previous) - _PLACE_WORDS, 0) - 1, -1):
        word = previous[k]
        if word.lower in ("в", "во"):
            return 0 < k < len(previous) - 1
        if not (word.capitalised or word.lower in more_cues()["contracted_territories"]):
            return False
    return False
