"""A numbered unit of a body the glossaries know: "Пожарная часть № 12", "ПЧ-45", "ОП № 3". The number names
which unit, so it stays in the name, and is no stray text (issue 11: "Пожарная часть № 12" lost its number and
got `extra_text`)."""

from __future__ import annotations

from collections.abc import Callable

from normalizers.executors.text import Item

_GLUES = frozenset({"-", "–"})


def unit_number(words: list[Item], end: int, between: Callable[[int, int], str]) -> tuple[int, str] | None:
    """(where the number ends, the number) when the known name that ends before words[end] is followed by "№ N"
    or a number glued by a hyphen ("ПЧ-45"); None otherwise. A number after a space alone is not taken: it may
    open the rest of the cell ("ПЧ 2 раза в год")."""
    if end >= len(words) or end == 0:
        return None
    word = words[end]
    if word.text == "№" and end + 1 < len(words) and words[end + 1].is_number:
        return end + 2, words[end + 1].text
    if word.is_number and between(end - 1, end).strip() in _GLUES:
        return end + 1, word.text
    return None
