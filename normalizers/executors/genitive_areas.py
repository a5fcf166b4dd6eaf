"""An area of work written in letters right after a post, without "по": "Организатор ВР", "Руководитель УВР".
The letters stand for the area in the genitive ("организатор воспитательной работы"); after "по" they stay
as written ("заместитель директора по ВР", sample and other-regions rulings), and after any other preposition,
which governs another case ("ответственный за УВР": the genitive would be wrong). Only areas whose letters have
no other common reading are spelt (executor_cues.yaml, genitive_work_areas: "МР" is also a municipal district)."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.vocabulary import cues, more_cues


@lru_cache(maxsize=1)
def _areas() -> tuple[dict[str, str], re.Pattern | None]:
    table = {str(k).upper(): str(v) for k, v in (more_cues().get("genitive_work_areas") or {}).items()}
    if not table:
        return table, None
    letters = "|".join(sorted(table, key=len, reverse=True))
    return table, re.compile(r"(?<=[А-Яа-яЁё]) (" + letters + r")$")


def spell_genitive_area(text: str) -> str:
    """"организатор ВР" -> "организатор воспитательной работы"; "… по ВР" and other texts unchanged."""
    table, pattern = _areas()
    if pattern is None or text[-1:] not in "РЧ":
        return text
    match = pattern.search(text)
    if match is None or text[:match.start()].rsplit(" ", 1)[-1].lower() in cues().prepositions:
        return text
    return f"{text[:match.start()]} {table[match.group(1)]}"
