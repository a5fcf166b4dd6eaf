"""A body followed by the territory it serves written with a dotted abbreviation of the territory's kind ("… г.о.
Заречный", "… с. Ивановка", "… р.п. Лесной"): the abbreviation and the place's capitalised name belong to the
body's mention; read letter by letter, the second letter of "г.о." ended the name at the first dot. The
abbreviations are vocabulary (executor_cues.yaml, contracted_territories)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from normalizers.executors.text import DASHES, Item
from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[tuple[str, ...], ...]:
    """The dotted abbreviations, their letters in order, longest first."""
    found = (tuple(str(letters).split(".")) for letters in more_cues().get("contracted_territories") or ())
    return tuple(sorted(found, key=len, reverse=True))


@lru_cache(maxsize=1)
def _first_letters() -> frozenset[str]:
    return frozenset(letters[0] for letters in _abbreviations())


def territory_end(words: list[Item], k: int, between: Callable[[int, int], str]) -> int | None:
    """End of a dotted territory and its place's name opening at words[k], else None."""
    if k >= len(words) or words[k].lower not in _first_letters():
        return None  # most words open no territory: one look-up
    for letters in _abbreviations():
        stop = k + len(letters)
        if stop >= len(words) or tuple(w.lower for w in words[k:stop]) != letters \
                or any(not between(m, m + 1).strip().startswith(".") for m in range(k, stop)):
            continue
        if not words[stop].capitalised or words[stop].is_abbreviation:
            return None
        end = stop + 1
        while end < len(words) and words[end].capitalised and between(end - 1, end).strip() in tuple(DASHES):
            end += 1  # "Каменск-Уральский": a place's name of two parts
        return end
    return None
