"""Two territories joined by "и" after a body's name are the places it serves, not a second executor: "Военный
комиссариат г. Энска и Энского района", "Прокуратура города N и N-ского района" (sample R14: "и" separates two names
that are each an executor; a territory in the genitive is none). After "и": adjectives and a territory noun
(executor_cues.yaml, territory_nouns), in the genitive and no nominative, to the segment's end; before it: a territory
noun in the genitive, or a town's name after "г." / "города"."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import can_be, can_be_nominative
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues

_MOST_ADJECTIVES = 2  # "Энского муниципального района"
_TOWN_MARKS = frozenset({"г", "гор", "город"})  # keys: lemmas


@lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    return frozenset(str(word) for word in more_cues().get("territory_nouns") or ())


def coordinates_territories(words: list[Item], k: int, j: int) -> bool:
    """Whether the "и" at words[k] joins two territories in the genitive that words[k + 1:j] ends."""
    right = words[k + 1:j]
    if not right or len(right) > _MOST_ADJECTIVES + 1 or k < 2 or not _genitive_territory(right[-1]):
        return False
    if not all(not word.is_abbreviation and can_be(word.lower, "ADJF", "gent") for word in right[:-1]):
        return False
    last = words[k - 1]
    if _genitive_territory(last):
        return True
    return last.capitalised and not last.is_abbreviation and words[k - 2].key in _TOWN_MARKS


def _genitive_territory(word: Item) -> bool:
    return not word.is_abbreviation and word.key in _territories() and can_be(word.lower, "NOUN", "gent") \
        and not can_be_nominative(word.lower)
