""""Комитет по взаимодействию с органами федеральной власти … администрации области", "Управление по связям с
органами государственной власти": an adjective of level inside the complement a preposition opens ("по …",
"с …") says what the body deals with, not what level it is of; the nouns there ("… Республики Коми",
"… администрации области") still say where it belongs. A body set up "при" a ministry ("служба … при МПР РБ",
"отдел при Минприроды РБ") belongs to that ministry: a municipality has no ministries. An office named with the
territory it sits "в" ("Отдел социальной защиты Министерства … в N-ском муниципальном районе") is a higher body's
office placed there: a municipality's own body names its administration in the genitive instead ("… администрации
N-ского района", units.py)."""

from __future__ import annotations

from normalizers.executors.abbreviated_bodies import abbreviated_body
from normalizers.executors.glued_ministries import glued_ministry
from normalizers.executors.morphology import is_adjective
from normalizers.executors.text import BARE, Item
from normalizers.executors.vocabulary import more_cues

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


def attached_to_a_ministry(items: list[Item]) -> bool:
    """Whether "при" inside the name opens a ministry: the word, its initials ("МПР РБ") or its glued form."""
    at = next((k for k, w in enumerate(items) if k and w.lower == "при"), None)
    if at is None or at + 1 >= len(items):
        return False
    if items[at + 1][BARE] == "министерство":
        return True
    span = items[at + 1:at + 3] if at + 2 < len(items) and items[at + 2].is_abbreviation else items[at + 1:at + 2]
    spelt = abbreviated_body(span) or glued_ministry(span)
    return spelt is not None and spelt.startswith("Министерство")


_IN = frozenset({"в", "во"})
_NEAR = 3  # "в Энском муниципальном районе": the territory's noun within three words of "в"


def placed_in_a_municipality(items: list[Item]) -> bool:
    """Whether the name, after its first word, says which municipality it sits "в" (territory words: executor_cues
    municipal_administration_markers)."""
    markers = more_cues()["municipal_administration_markers"]
    return any(item.lower in _IN and any(word[BARE] in markers for word in items[k + 1:k + 1 + _NEAR])
               for k, item in enumerate(items) if k)
