"""A body's municipality written short after its name: "МКУ «Управление культуры» МО «Энский район»", "Отдел спорта
МР «Энский район»": the letters of a municipal formation, district or urban district, then the territory's own name
in quotes. They qualify the body (R4, municipal_qualifiers.py), they are no body of their own. The letters are
vocabulary (executor_cues.yaml, municipal_qualifiers.short_territories)."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def letters() -> frozenset[str]:
    return frozenset(more_cues()["municipal_qualifiers"]["short_territories"])


def names_the_municipality(words: list, k: int, between) -> bool:
    """Whether words[k] are a municipality's letters with its quoted name right after them ("МО «Энский район»",
    "МО ГО «Город Энск»"), read after the name of a body (`between(i, j)`: the text between two items)."""
    j = k
    while j < len(words) and words[j].text in letters():
        j += 1
    return k < j < len(words) and between(j - 1, j).strip() in ("«", '"', "“")


def short_territory_pattern() -> str:
    """The letters as a regular expression's alternation, for the qualifier that closes a body's name."""
    one = "|".join(map(re.escape, sorted(letters(), key=len, reverse=True)))
    return f"(?:{one})(?:\\s+(?:{one}))*"
