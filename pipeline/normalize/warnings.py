"""Warnings as the dataset stores them: the codes, and per code the field and place it arose."""

from __future__ import annotations

from collections.abc import Iterable

from normalizers.outcomes import Code, describe


def codes(raised: Iterable[str]) -> list[str]:
    """Registered codes in the order first raised, each once; an unregistered code raises ValueError."""
    return list(dict.fromkeys(Code(code).value for code in raised))


def details(raised: list[str], location: str) -> list[dict]:
    """One {code, field, location} per code: the field from the registry, the place from the caller."""
    return [{"code": code, "field": describe(code).field or "", "location": location} for code in raised]
