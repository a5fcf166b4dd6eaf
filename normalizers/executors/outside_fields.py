"""A body named by what it does, with no legal form that tells its kind ("городской центр садоводства",
"муниципальные экологические службы", "Центр содействия самоуправлению районов"): when its words name a field
outside education and nothing ties it to the education system, it is a municipal or regional institution outside
education, kind external (RULING O40), not an unexplained `other`. The fields and the words of the system are
vocabulary (executor_cues.yaml, outside_fields)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    table = more_cues().get("outside_fields") or {}
    return frozenset(table.get("fields") or ()), frozenset(table.get("education_markers") or ())


def names_an_outside_field(items: list[Item], words: set[str]) -> bool:
    """Whether the name's words (lemmas) name a field outside education and none ties it to the system."""
    fields, markers = _lists()
    return bool(words & fields) and not words & markers and not any(item.is_abbreviation for item in items[1:])
