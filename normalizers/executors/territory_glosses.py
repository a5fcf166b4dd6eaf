"""A second territory in parentheses after the one it stands beside ("органы местного самоуправления муниципальных
районов (городских округов)", "администрация муниципального района (городского округа)"): the regional formula
for "each district, or the city district where there is one". An adjective and a noun in the case of the noun
before them, after an adjective and a noun themselves, rename those words: one executor, the parenthesis part of
its name, not a separator that cuts the name and loses the words after it."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import parses


@lru_cache(maxsize=1024)
def _cases(word: str, pos: frozenset[str]) -> frozenset[str]:
    return frozenset(p.tag.case for p in parses(word) if p.tag.POS in pos and p.tag.case)


_NOUN = frozenset({"NOUN"})
_ADJECTIVE = frozenset({"ADJF", "PRTF"})


def renames_the_words_before(inner: list[str], before: list[str]) -> bool:
    """Whether the lowercase `inner` (an adjective and a noun) renames the last two words of `before` (an adjective
    and a noun): the nouns share a case and each adjective agrees with its noun in it."""
    if len(inner) != 2 or len(before) < 2 or not all(w.isalpha() and w.islower() for w in [*inner, *before[-2:]]):
        return False
    shared = _cases(inner[1], _NOUN) & _cases(before[-1], _NOUN)
    return bool(shared & _cases(inner[0], _ADJECTIVE) & _cases(before[-2], _ADJECTIVE))
