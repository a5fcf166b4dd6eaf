"""A piece of a segment: an executor found in it, or words that name none (status EXTRA)."""

from __future__ import annotations

from dataclasses import dataclass

KNOWN, RULE, UNKNOWN, EXTRA = "known", "rule", "unknown", "extra"


@dataclass(slots=True)
class Piece:
    """An executor found in a segment (or, with status EXTRA, words that name none)."""

    name: str
    abbreviation: str | None
    kind: str
    start: int
    end: int
    status: str
