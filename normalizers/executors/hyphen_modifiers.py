"""Modifiers before a known name ("Районный методический кабинет", "Жилищно-коммунальные предприятия"): the
two items of a compound adjective, split at its hyphen or written with a space where the hyphen was lost
("жилищно коммунальных"), are judged as the one word they form, since the first part alone ("Жилищно") is no
adjective and would leave the name cut in two (segmentation.py, gap_bounds.kind_after_place_adjectives)."""

from __future__ import annotations

from collections.abc import Callable

from normalizers.executors.morphology import can_be, can_modify
from normalizers.executors.text import Item

_GAP = 1  # the hyphen or the one space between the two parts
_LINKING_VOWELS = "оеОЕ"  # the first part of a compound adjective ends in one ("жилищно-", "научно-"): no other word


def modifier_end(words: list[Item], k: int, j: int, test: Callable[[str], bool] = can_modify) -> int | None:
    """The end of the modifier at words[k] (k + 2 for a compound adjective, k + 1 for one word), None when the
    word is no modifier by `test`; words[j:] are not looked at."""
    word = words[k]
    if word.is_abbreviation or word.is_number:
        return None
    if k + 1 < j:
        nxt = words[k + 1]
        if word.lower[-1:] in _LINKING_VOWELS and not nxt.is_abbreviation and not nxt.capitalised \
                and nxt.start - word.end <= _GAP and not test(word.lower) and test(f"{word.lower}-{nxt.lower}"):
            return k + 2
    return k + 1 if test(word.lower) else None


def only_modifiers(words: list[Item], i: int, j: int) -> bool:
    """Whether words[i:j] are all modifiers ("Главное", "Жилищно-коммунальные")."""
    k = i
    while k < j:
        end = modifier_end(words, k, j)
        if end is None:
            return False
        k = end
    return True


def _genitive_adjective(lower: str) -> bool:
    return can_be(lower, "ADJF", "gent")


def genitive_adjective_end(words: list[Item]) -> int | None:
    """The end of the genitive adjective that opens words ("молодёжной", "жилищно-коммунальных"), or None."""
    return modifier_end(words, 0, len(words), _genitive_adjective) if words else None
