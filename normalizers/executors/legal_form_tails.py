"""Heads of a group named by a bare legal form ("руководители МОУ", "директора МБОУ СОШ", "заведующие МБДОУ"):
no number or name follows the form, so the people lead the institutions of that type as a group, and the
name spells the group out in the case the position governs ("руководители муниципальных общеобразовательных
учреждений — средних общеобразовательных школ"), as it does for a group a glossary knows (issue 11)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.legal_form_groups import group_of_legal_form
from normalizers.executors.positions import inflect_group, written_plural
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def _school_types() -> dict[str, str]:
    """School types written as letters, by their letters (executor_cues.yaml, school_type_groups)."""
    return {str(k).lower(): str(v) for k, v in (more_cues().get("school_type_groups") or {}).items()}


@lru_cache(maxsize=1024)
def _spelt(form: str, school_type: str | None, case: str) -> str | None:
    group = group_of_legal_form(form)
    if group is None:
        return None
    name = inflect_group(group[0], case, "plur")
    if school_type is None:
        return name
    schools = _school_types().get(school_type.lower())
    if schools is None or group[1] != "schools":
        return None
    return f"{name} — {inflect_group(schools, case, 'plur')}"


def group_after_a_role(words: list[Item], case: str) -> str | None:
    """The group a bare legal form (and a school type) after a plural position names, in `case`, or None."""
    if not 1 <= len(words) <= 2 or not all(w.is_abbreviation for w in words):
        return None
    return _spelt(words[0].text, words[1].text if len(words) == 2 else None, case)


def tail(spelt_body, words: list[Item], case: str, head: Item, written: str) -> str:
    """The words after a position: a body spelt out (`spelt_body`, a Piece), the group a bare legal form names
    after a plural position, spelt out in `case`, else `written`."""
    if spelt_body is not None:
        return f" {spelt_body.name}"
    group = group_after_a_role(words, case) if written_plural(head) else None
    return f" {group}" if group else written
