"""A short name defined by a bare parenthesis after an institution written out with its legal form: "ГАУ «Центр
мониторинга образования» (ЦМО)" defines "ЦМО" for the rest of the document as "(далее – ЦМО)" would, though
its letters are not the initials of the words before it (the initials' case is initials_definitions'). Taken only
after a legal form and a quoted name, and never a capacity the institution serves in ("(ППЭ)": an exam point is the
school's role, not its name, executor_cues.yaml capacity_heads); the first definition of a short name wins."""

from __future__ import annotations

import re

from normalizers.executors.legal_form_shapes import is_state_form
from normalizers.executors.text import items
from normalizers.executors.vocabulary import cues, more_cues

# legal form(s), a region's or a grade's letters, then a quoted name (one quote nested at most), then "(ABBR)"
_BRACKETED_RE = re.compile(
    r"(?P<name>(?<![А-Яа-яЁё])[А-ЯЁ]{2,6}(?:\s+[А-ЯЁ][А-ЯЁа-яё]{0,4}){0,3}\s*«[^«»()]+(?:«[^«»()]*»[^«»()]*)?»)"
    r"\s*\(\s*(?P<short>[А-ЯЁ][А-ЯЁа-яё]{0,5}[А-ЯЁ])\s*\)")


def bracketed_definitions(text: str) -> dict[str, str]:
    """Short name -> the institution written out before it, for every bare "(ABBR)" after a legal form's name."""
    if "(" not in text or "«" not in text:
        return {}
    forms = cues().legal_forms
    capacities = frozenset(more_cues().get("capacity_heads") or ())
    found: dict[str, str] = {}
    for match in _BRACKETED_RE.finditer(text):
        short, name = match.group("short"), match.group("name")
        first = items(name)[0]
        if short.lower() in capacities or not (first.bare in forms or is_state_form(first)):
            continue
        found.setdefault(short, re.sub(r"\s+", " ", name))
    return found
