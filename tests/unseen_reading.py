"""Reading executor cells as a municipality no glossary file exists for, so only the shared vocabulary helps
(the unit tests of the general executor rules share it)."""

from __future__ import annotations

from normalizers.executors import normalize

UNSEEN = "nowhere-town"


def read(cell: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in normalize(cell, UNSEEN).executors]


def kinds(cell: str) -> list[str]:
    return [kind for _, kind in read(cell)]
