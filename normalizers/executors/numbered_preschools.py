"""Kindergartens listed by number after their legal form ("МБДОУ № 3, № 5", "МДОУ №№ 2, 4") are one executor
each, as numbered schools are (splitting.py): without their legal forms among the school words the numbers after
the first were dropped (issue 11). A legal form followed by a name ("МБДОУ д/с № 5", "МАДОУ «Ромашка»") is one
kindergarten, read as preschools as "Детский сад № 5" is (its kind given at the end is school:
one_kindergartens.py), not an unknown body whose quoted name decides. The forms are vocabulary (executor_cues.yaml,
numbered_preschool_heads)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues, more_cues


@lru_cache(maxsize=1)
def _preschool_forms() -> frozenset[str]:
    return frozenset(str(w) for w in more_cues().get("numbered_preschool_heads") or ())


@lru_cache(maxsize=1)
def numbered_institution_heads() -> frozenset[str]:
    """The school types and the kindergartens' legal forms: words that open an institution's number."""
    return cues().school_types | _preschool_forms()


def is_one_kindergarten(span: list[Item]) -> bool:
    """A kindergarten's legal form followed by the words of its name."""
    return len(span) >= 2 and span[0].is_abbreviation and span[0].bare in _preschool_forms()


@lru_cache(maxsize=1)
def _school_forms() -> frozenset[str]:
    return frozenset(str(w) for w in more_cues().get("school_legal_forms") or ())


def one_institution_kind(span: list[Item]) -> str | None:
    """The kind of one institution its legal form names before its own name: a kindergarten's form ("МАДОУ
    «Ромашка»") gives preschools; a general-education school's form before a capitalised name that is no further
    form or type ("МБОУ «Радуга»", not "МБОУ ДО «…»" or "МБОУ СОШ") gives one school."""
    if is_one_kindergarten(span):
        return "preschools"
    if len(span) >= 2 and span[0].is_abbreviation and span[0].bare in _school_forms() \
            and not span[1].is_abbreviation and span[1].capitalised:
        return "school"
    return None
