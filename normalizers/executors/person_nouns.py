"""A name no vocabulary knows that opens with a noun for a person ("вахтёр", "уборщицы", "рабочий по обслуживанию
здания") names people by their work: a `role` (spec: "people by position"), however short the list of posts in
executor_cues.yaml is. The dictionary tells such a noun by its animacy; names of people, places and bodies do not
count, nor nouns the vocabulary sends elsewhere (outside_people: parents are `external`)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import parses
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues

_NOT_TRADES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"})


def opens_with_a_person_noun(items: list[Item]) -> bool:
    """The first word, lower-case or capitalised as a cell opens, is a common noun for a person in the nominative."""
    first = items[0] if items else None
    if first is None or first.is_abbreviation or first.is_number or "«" in first.text:
        return False
    return _person_noun(first.lower)


@lru_cache(maxsize=4096)
def _person_noun(word: str) -> bool:
    found = parses(word)
    if not found:
        return False
    best = found[0]  # the likeliest reading decides: "Смирнова" (a surname) is no trade
    tag = best.tag
    if tag.POS != "NOUN" or "anim" not in tag or tag.case != "nomn" or any(mark in tag for mark in _NOT_TRADES):
        return False
    return best.normal_form not in _elsewhere()


@lru_cache(maxsize=1)
def _elsewhere() -> frozenset[str]:
    data = more_cues()
    return frozenset(data.get("outside_people") or ()) | frozenset(data.get("not_trade_persons") or ())
