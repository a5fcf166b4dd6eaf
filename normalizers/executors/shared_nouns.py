"""Adjectives that share the noun after them across a comma or "и": "органы местного самоуправления городских,
сельских поселений", "Управление … по Костромской и Ивановской областям". The first adjective, in an oblique
case with no noun of its own, awaits the noun the adjectives after it agree with, so the comma or "и" between
them opens no executor: one name."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import parses
from normalizers.executors.text import Item

_MOST_ADJECTIVES = 3  # "городских, сельских поселений"; "… Костромской и Ивановской областям"
# Cases an executor's name is not written in: a nominative (or its accusative twin) "городские и сельские
# поселения" may be one group or two, and is left alone.
_NOT_OBLIQUE = frozenset({"nomn", "accs"})


@lru_cache(maxsize=4096)
def _adjective_cases(lower: str) -> frozenset[tuple[str, str]]:
    """(case, number) of the oblique adjective readings of a word read first as an adjective; empty else."""
    found = parses(lower)
    if not found or found[0].tag.POS != "ADJF":
        return frozenset()
    return frozenset((p.tag.case, p.tag.number) for p in found
                     if p.tag.POS == "ADJF" and p.tag.case not in _NOT_OBLIQUE)


def _plain(word: Item) -> bool:
    return not (word.is_abbreviation or word.is_number)


def awaits_a_shared_noun(before: Item, after: list[Item]) -> bool:
    """Whether `before`, an oblique adjective ending one stretch, shares the noun of `after`: adjectives agreeing
    with it (case; number too unless a comma or "и" lies between them: "городского и сельских"), then a noun in
    a case all of them can take (in the plural, since two things share it, when place names stand on both sides:
    "Костромской и Ивановской областям", not "… Ивановской области")."""
    if not after or not _plain(before):
        return False
    cases = _adjective_cases(before.lower)
    listed = True  # a comma or "и" before `word`: the number may change there ("городского и сельских поселений")
    for k, word in enumerate(after[:_MOST_ADJECTIVES + 1]):
        if not cases or not _plain(word):
            return False
        if word.lower == "и":
            listed = True
            continue
        shared = {case for case, _ in cases}
        nouns = {p.tag.case for p in parses(word.lower) if p.tag.POS == "NOUN" and p.tag.case in shared
                 and (p.tag.number == "plur" or not before.capitalised)}
        if k > 0 and nouns:
            return True
        cases = {(c, n) for c, n in _adjective_cases(word.lower) if c in shared} if listed \
            else cases & _adjective_cases(word.lower)
        listed = False
    return False
