"""A plural head with a colon that lists its complements: "Департаменты: по работе с населением,
образования, здравоохранения" names three departments, "Департамент по работе с населением",
"Департамент образования", "Департамент здравоохранения". Each item after the colon takes the head
in the singular; commas separate items even where a genitive would otherwise continue a name."""

from __future__ import annotations

import re

from normalizers.executors.classification import bare
from normalizers.executors.morphology import inflect_phrase, parses
from normalizers.executors.text import items
from normalizers.executors.vocabulary import cues

_HEADED_RE = re.compile(r"^\s*(?P<head>[А-ЯЁа-яё]+)\s*:\s*")
_ITEM_RE = re.compile(r"[^,;]+")


def headed_items(text: str) -> list[tuple[int, int, str]] | None:
    """(start, end, name to resolve) for each item of a headed list, or None when the text is not one."""
    match = _HEADED_RE.match(text)
    if match is None:
        return None
    head = items(match.group("head"))[0]
    if bare(head) not in cues().name_heads or not _plural_nominative(head.lower):
        return None
    singular = inflect_phrase(head.text, "nomn", "sing")
    out = []
    for part in _ITEM_RE.finditer(text, match.end()):
        stripped = part.group().strip(" .\n\t")
        if not stripped:
            continue
        start = part.start() + part.group().index(stripped)
        out.append((start, start + len(stripped), f"{singular} {stripped}"))
    return out if len(out) > 1 else None


def _plural_nominative(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur" for p in parses(word))
