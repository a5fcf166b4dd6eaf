"""Groups of institutions named with their region in a regional or federal plan: "образовательные организации
области", "ДОО области", "государственные образовательные организации". The region's word made them external
(a higher level for a municipal plan), but in a plan of that level they are the plan's own schools or
kindergartens as a group, kind schools or preschools (issue 11). A municipal plan keeps the first reading."""

from __future__ import annotations

from normalizers.executors.classification import head_index
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues


def group_at_level(words: list[Item], found: set[str], inside_the_plan: bool) -> str | None:
    """The group kind of a name at the plan's level (`inside_the_plan`: its level is not above it), or None."""
    vocab = cues()
    if not inside_the_plan or any(w.is_number or (w.is_abbreviation and w.bare in vocab.legal_forms) for w in words):
        return None
    head = head_index(words)
    if head is None or not (words[head].is_abbreviation or words[head].bare in vocab.group_heads):
        return None  # "совет ректоров образовательных организаций": another body, the group in its genitive
    kind = next((kind for required, kind in vocab.kind_rules if required <= found), None)
    return kind if kind in vocab.group_kinds else None
