"""Bodies of government run together in one cell with neither comma nor line break: "Управление труда и
социального развития области управление культуры и архивного дела области" lists two departments whose line
break the source lost. A head of government written in lower case in the nominative, right after a name that
ends in a genitive noun, opens the next body; a head in an oblique case ("отдел управления делами") and a head
after a preposition or a number belong to the words before it."""

from __future__ import annotations

from normalizers.executors.classification import bare
from normalizers.executors.morphology import can_be
from normalizers.executors.text import Item

_OBLIQUE = ("gent", "datv", "ablt", "loct")


def opens_a_lowercase_body(words: list[Item], k: int, heads: frozenset[str] | set[str]) -> bool:
    """Whether words[k], a lower-case head of government in the nominative only, follows a genitive noun."""
    word, before = words[k], words[k - 1]
    if word.capitalised or word.is_abbreviation or before.is_abbreviation or before.is_number \
            or bare(word) not in heads:
        return False
    if not can_be(word.lower, "NOUN", "nomn") or any(can_be(word.lower, "NOUN", case) for case in _OBLIQUE):
        return False
    return can_be(before.lower, "NOUN", "gent")
