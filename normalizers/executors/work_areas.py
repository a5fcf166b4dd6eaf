"""The area of work of a position, after the organisation it belongs to: "заместители руководителей ОО по УВР",
"заместитель заведующего ДОУ по воспитательной работе". It belongs to the role (as "по ВР" does right after
"заместитель директора"), not to text after the executor (issue 11)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues

_AREA_WORDS = 4  # "по учебно-воспитательной и методической работе"


@lru_cache(maxsize=1)
def _areas() -> tuple[frozenset[str], frozenset[str]]:
    """(abbreviated areas, head nouns of an area in words): executor_cues.yaml, deputy_acronym and work_areas."""
    areas = (more_cues().get("deputy_acronym") or {}).get("areas") or ()
    return frozenset(str(a) for a in areas), frozenset(more_cues().get("work_area_heads") or ())


def area_of_work_end(words: list[Item], k: int) -> int:
    """Where "по <area of work>" opening at words[k] ends, or k if none opens there."""
    if k + 1 >= len(words) or words[k].lower != "по":
        return k
    abbreviations, heads = _areas()
    if words[k + 1].is_abbreviation:
        return k + 2 if words[k + 1].bare in abbreviations else k
    for j in range(k + 1, min(len(words), k + 1 + _AREA_WORDS)):
        word = words[j]
        if word.is_abbreviation or word.capitalised or word.is_number:
            return k
        if word.key in heads:
            return j + 1
    return k


def area_after(words: list[Item], end: int) -> tuple[int, str]:
    """(end, text) of the area of work after a role's organisation at words[end]: (end, "") if none."""
    stop = area_of_work_end(words, end)
    return stop, "".join(" " + word.text for word in words[end:stop])
