"""Words in parentheses after a role that say who holds it, not a second executor (issue 11): "Директор школы
(сотрудник, назначенный приказом директора)". The parentheses follow a position and hold a participle clause
(назначенный, определённый, уполномоченный …): they explain the role before them and are dropped, as a contact
person in parentheses is."""

from __future__ import annotations

import re

from normalizers.executors.classification import position_of
from normalizers.executors.morphology import parses
from normalizers.executors.text import items

_LAST_SEGMENT_RE = re.compile(r"[^,;]*$")


def explains_a_role(inner: str, before: str) -> bool:
    """Whether parentheses holding `inner`, written after `before`, explain the role `before` ends with."""
    inside = items(inner)
    if not inside or not any(_is_participle(word.lower) for word in inside if not word.is_abbreviation):
        return False
    segment = _LAST_SEGMENT_RE.search(before)
    return segment is not None and any(position_of(word) is not None for word in items(segment.group()))


def _is_participle(word: str) -> bool:
    return any(variant.tag.POS == "PRTF" for variant in parses(word))
