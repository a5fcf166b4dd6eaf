"""Nouns clipped with a hyphen the way plans write them in narrow columns ("Биб-ка", "б-ка": библиотека; "детские
пол-ки": поликлиники): read as the word spelt out (executor_cues.yaml, clipped_words), with the lower-case adjective
before it if one stands there, a known name of the kind the spelt words have. The text reader cuts such a word at its
hyphen, so the two halves are read together here."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.glossary import Entry
from normalizers.executors.morphology import parses
from normalizers.executors.text import Item, items
from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def _clipped() -> dict[tuple[str, str], str]:
    table = more_cues().get("clipped_words") or {}
    return {tuple(str(key).lower().split("-", 1)): str(value) for key, value in table.items()}


def is_clipped(left: str, right: str) -> bool:
    """Whether "left-right" is a clipped noun of the vocabulary ("пол-ки"), which no hyphen mend may join."""
    return (left.lower(), right.lower()) in _clipped()


@lru_cache(maxsize=1)
def _first_halves() -> frozenset[str]:
    return frozenset(first for first, _ in _clipped())


@lru_cache(maxsize=64)
def _entry(spelt: str) -> Entry | None:
    from normalizers.executors.classification import classify  # classification reads no clipped word

    kind = classify(items(spelt))
    return Entry(spelt, None, kind[0]) if kind is not None and kind[1] else None


def clipped_word(words: list[Item], i: int, between) -> tuple[Entry, int] | None:
    """(entry, end) when words[i], a hyphen and words[i + 1] are a clipped word, or words[i] an adjective before
    one; else None. `between(a, b)` is the text between items a and b."""
    first, halves = words[i].lower, _first_halves()
    if first not in halves:
        if i + 2 < len(words) and words[i + 1].lower in halves and _adjective(words[i]):
            found = clipped_word(words, i + 1, between)  # "детские пол-ки": the adjective names it with the noun
            entry = _entry(f"{first} {found[0].name}") if found is not None else None
            return (entry, found[1]) if entry is not None else None
        return None
    if i + 1 >= len(words) or between(i, i + 1) != "-":
        return None
    spelt = _clipped().get((first, words[i + 1].lower))
    entry = _entry(spelt) if spelt is not None else None
    return (entry, i + 2) if entry is not None else None


def _adjective(word: Item) -> bool:
    """A lower-case adjective: a capitalised one names a place, read with the body as written
    (gap_bounds.kind_after_place_adjectives: "Сосновская б-ка")."""
    return not (word.capitalised or word.is_abbreviation or word.is_number) \
        and any(p.tag.POS == "ADJF" for p in parses(word.lower))
