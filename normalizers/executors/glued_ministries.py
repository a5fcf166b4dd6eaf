"""Ministries written with "Мин" glued to a field the dictionary cannot read ("Минобрнауки", "Минздрав",
"Минсоцразвития", "Минфин"; departments likewise with "Деп": "Депздрав"), perhaps with their region after them,
in initials ("Минздрав НСО") or in words ("Минобрнауки Самарской области"), or the country ("Минсельхоз России"):
spelt out as "Министерство <field> <region as written>", so that the level rules read a regional ministry as the
region's and a federal one as the federation's (issue 11). A region's ministry keeps its written short name as its
name (sample R5: a body the document never spells out), read spelt out for its kind (regional_as_written). The fields
are vocabulary (executor_cues.yaml, glued_ministries), asked before the dictionary, which reads some clipped
fields as words of their own ("Минрегион": not a ministry of a "регион"); any other field the dictionary reads is
left to abbreviated_bodies.contracted_ministry."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.abbreviated_bodies import contracted_ministry
from normalizers.executors.text import Item, items
from normalizers.executors.vocabulary import cues, more_cues

_REGION_INITIALS_RE = re.compile(r"[А-ЯЁ]{2,4}")
_REGION_WORDS = 3  # "Ханты-Мансийского автономного округа"


@lru_cache(maxsize=1)
def _fields() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (more_cues().get("glued_ministries") or {}).items()}


def _region(words: list[Item]) -> bool:
    """Whether the words after the ministry name a region: its initials, or words ending in область, край …"""
    if len(words) == 1 and words[0].is_abbreviation:
        return _REGION_INITIALS_RE.fullmatch(words[0].text) is not None
    markers = cues().regional_markers
    if len(words) > _REGION_WORDS or any(w.is_abbreviation or w.is_number for w in words):
        return False
    if len(words) == 1 and words[0].bare in cues().federal_markers:
        return True  # "Минсельхоз России": the country, as a region is named after a region's ministry
    # "… Самарской области", "… Чувашии"; "… Республики Коми": the republic's own name after its word
    return words[-1].bare in markers or (words[0].bare == "республика" and all(w.capitalised for w in words[1:]))


@lru_cache(maxsize=1)
def _other_heads() -> dict[str, str]:
    """Heads glued to a field besides "Мин" (executor_cues.yaml, glued_heads): "Деп" -> "Департамент"."""
    return {str(k).capitalize(): str(v) for k, v in (more_cues().get("glued_heads") or {}).items()}


def glued_ministry(words: list[Item]) -> str | None:
    """The full name of a glued ministry or department (and its region), or None."""
    if not words:
        return None
    text = words[0].text
    prefix = "Министерство" if text.startswith("Мин") else _other_heads().get(text[:3])
    if prefix is None:
        return None
    field = _fields().get(text[3:].lower())
    if field:
        head = f"{prefix} {field}"
    else:  # a field the dictionary reads (abbreviated_bodies.contracted_ministry)
        head = contracted_ministry(words[:1]) if text.startswith("Мин") and len(words) > 1 else None
    if head is None or (len(words) > 1 and not _region(words[1:])):
        return None
    return " ".join([head, *(w.text for w in words[1:])])  # "Минобразования Ростовской области" too


def regional_as_written(words: list[Item], spelt: str) -> str:
    """The name of a glued ministry of a region as written ("Минобразования Чувашии", "Минспорт РБ"): a body the
    document never spells out keeps its written short name (sample R5), its kind read from `spelt`, the name spelt
    out; a federal one ("Минобрнауки России") and any other body keep `spelt`, the standard expansion."""
    if len(words) < 2 or not words[0].text.startswith("Мин") or words[-1].bare in cues().federal_markers \
            or glued_ministry(words) != spelt:
        return spelt
    return " ".join(word.text for word in words)


def spelt_if_glued(name: str) -> str:
    """`name` with a glued ministry written as its region's short name spelt out ("Минспорт РБ" -> "Министерство
    спорта РБ"), for the level rules, which read a body's head; any other name as it is."""
    if not name.startswith("Мин"):
        return name
    return glued_ministry(items(name)) or name


_MINISTRY_WORDS = 1 + _REGION_WORDS


def ministry_runs_on(words: list[Item], k: int) -> bool:
    """"Минздрав N-ской области Минспорта N-ской области": a glued ministry at words[k] right after another glued
    ministry and its region, with no comma, is a second ministry, not a word of the first's name."""
    if k < 2 or not _a_ministry(words[k]):
        return False
    for m in range(k - 2, max(k - _MINISTRY_WORDS, 0) - 1, -1):
        if _a_ministry(words[m]):
            return glued_ministry(words[m:k]) is not None
    return False


def _a_ministry(word: Item) -> bool:
    """A word read as a glued ministry by itself ("Минспорта", "Депздрав")."""
    return (word.text.startswith("Мин") or word.text[:3] in _other_heads()) and (
        glued_ministry([word]) is not None or contracted_ministry([word]) is not None)
