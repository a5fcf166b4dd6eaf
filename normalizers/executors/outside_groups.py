"""Organisations named only by what they are ("пилотные организации", "заинтересованные организации",
"спортивные организации", "учреждения отдыха детей"): a group of bodies the plan does not run. Nothing in
such a name ties it to the municipal education system, so it is outside it: kind external (spec: bodies
outside the system and non-government bodies). A group qualified as the system's own ("подведомственные
учреждения", "муниципальные организации") is not read here (issue 11). The head alone ("организации", "Учреждения,
предприятия") is such a group too: no word ties it to the system (sixth E005, sixteenth W05 label it external)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import parses
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    table = more_cues().get("outside_groups") or {}
    return frozenset(table.get("heads") or ()), frozenset(table.get("system_markers") or ())


@lru_cache(maxsize=4096)
def _plural(lower: str) -> bool:
    return any(p.tag.number == "plur" and p.tag.case == "nomn" for p in parses(lower.split("-")[0]))


def is_outside_group(items: list[Item], head: int | None, words: set[str]) -> bool:
    """Whether the name is a plural group of organisations qualified by words of no body of the system."""
    heads, markers = _lists()
    if head is None or items[head].is_abbreviation:
        return False
    head_word = items[head].key.split("-")[0]
    return head_word in heads and _plural(items[head].lower) and not words & markers
