"""Groups of institutions named with their region in a regional or federal plan: "образовательные организации
области", "ДОО области", "государственные образовательные организации". The region's word made them external
(a higher level for a municipal plan), but in a plan of that level they are the plan's own schools or
kindergartens as a group, kind schools or preschools (issue 11). A municipal plan keeps the first reading. The
colleges ("профессиональные образовательные организации", ПОО: executor_cues.yaml, college_group_words) are the
region's own in its plan but not its schools: `other`, as sample R11 reads the municipal additional education."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.classification import head_index
from normalizers.executors.text import Item, items
from normalizers.executors.vocabulary import cues, more_cues


@lru_cache(maxsize=1)
def _college_words() -> frozenset[str]:
    return frozenset(str(word) for word in more_cues().get("college_group_words") or ())


def names_colleges(name: str) -> bool:
    """Whether a name is the colleges' group read `other` at its level: a known group, no unknown name."""
    return any(word.bare in _college_words() for word in items(name))


def group_at_level(words: list[Item], found: set[str], inside_the_plan: bool) -> str | None:
    """The group kind of a name at the plan's level (`inside_the_plan`: its level is not above it), or None."""
    vocab = cues()
    if not inside_the_plan or any(w.is_number or (w.is_abbreviation and w.bare in vocab.legal_forms) for w in words):
        return None
    head = head_index(words)
    if head is None or not (words[head].is_abbreviation or words[head].bare in vocab.group_heads):
        return None  # "совет ректоров образовательных организаций": another body, the group in its genitive
    if found & _college_words():
        return "other"
    kind = next((kind for required, kind in vocab.kind_rules if required <= found), None)
    return kind if kind in vocab.group_kinds else None
