"""The council of one institution ("Совет школы", "Совет учреждения", "Совет музея"): a collegial body of the
institution's own community, kind other (other-regions O40), not one of the outside councils that the head noun
"совет" marks as external ("Совет ветеранов"). A council of people ("Совет директоров школ") is not read so."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import parses
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues, more_cues


def institution_council(items: list[Item], head: int | None) -> bool:
    """A council head opening the name, an institution word in the genitive singular right after it (a "Методический
    совет школы" keeps the kind its adjective gives)."""
    vocab = cues()
    if head != 0 or len(items) < 2 or items[0].bare not in vocab.council_heads:
        return False
    after = items[head + 1]
    return not after.is_abbreviation and (after.bare in vocab.group_heads or after.bare in _institutions()) \
        and _genitive_singular(after.lower)


@lru_cache(maxsize=1)
def _institutions() -> frozenset[str]:
    """Institutions besides schools whose own council it is ("Совет музея"): executor_cues.yaml."""
    return frozenset(str(word) for word in more_cues().get("council_institutions") or ())


@lru_cache(maxsize=1024)
def _genitive_singular(lower: str) -> bool:
    return any(p.tag.case == "gent" and p.tag.number == "sing" for p in parses(lower))
