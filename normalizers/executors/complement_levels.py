""""Комитет по взаимодействию с органами федеральной власти … администрации области", "Управление по связям с
органами государственной власти": an adjective of level inside the complement a preposition opens ("по …",
"с …") says what the body deals with, not what level it is of; the nouns there ("… Республики Коми",
"… администрации области") still say where it belongs."""

from __future__ import annotations

from normalizers.executors.morphology import is_adjective
from normalizers.executors.text import BARE, Item

_COMPLEMENT_PREPOSITIONS = frozenset({"по", "с", "со"})


def own_level_words(items: list[Item], found: set[str], markers: frozenset[str]) -> set[str]:
    """The lemmas `found` of a name without the level adjectives (`markers`) of its complement."""
    if not found & markers or not found & _COMPLEMENT_PREPOSITIONS:
        return found  # most names: no level word, or no complement
    start = next((k for k, w in enumerate(items) if k and w[BARE] in _COMPLEMENT_PREPOSITIONS), None)
    if start is None:
        return found
    inside = {w[BARE] for w in items[start:] if not w.is_abbreviation and is_adjective(w.lower)} & markers
    return found - inside if inside else found
