"""Two bodies that share what follows them: "Отделы и управления администрации района" is "отделы
администрации района" and "управления администрации района". A bare head noun joined by "и" to a head
noun in the same case and number, which a genitive phrase follows, takes that phrase too."""

from __future__ import annotations

from normalizers.executors.classification import bare
from normalizers.executors.morphology import can_be, parses
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues


def shared_tail(words: list[Item], i: int, k: int, j: int) -> int | None:
    """Where the tail the left name borrows starts (words[i] "и" words[k+1] tail…), or None."""
    if k != i + 1 or k + 2 >= j or words[k].lower != "и":
        return None
    left, right, tail = words[i], words[k + 1], words[k + 2]
    heads = cues().name_heads
    if bare(left) not in heads or bare(right) not in heads or left.is_abbreviation or right.is_abbreviation:
        return None
    if tail.is_abbreviation or tail.capitalised or not can_be(tail.lower, "NOUN", "gent"):
        return None
    return k + 2 if _agree(left.lower, right.lower) else None


def _agree(a: str, b: str) -> bool:
    """Both nouns can be read in one case and number (nominative first: a cell lists its executors)."""
    forms_a = {(p.tag.case, p.tag.number) for p in parses(a) if p.tag.POS == "NOUN"}
    forms_b = {(p.tag.case, p.tag.number) for p in parses(b) if p.tag.POS == "NOUN"}
    return bool(forms_a & forms_b)
