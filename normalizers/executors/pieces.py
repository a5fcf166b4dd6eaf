"""A piece of a segment: an executor found in it, or words that name none (status EXTRA)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

KNOWN, RULE, UNKNOWN, EXTRA = "known", "rule", "unknown", "extra"
HELD = "held"  # one of several holders of the same post: its executor is kept though the name repeats


@dataclass(slots=True)
class Piece:
    """An executor found in a segment (or, with status EXTRA, words that name none)."""

    name: str
    abbreviation: str | None
    kind: str
    start: int
    end: int
    status: str


def joined(left: Piece, right: Piece, between: str) -> Piece:
    """Two neighbouring pieces read as one executor: the left one's kind and status, both spans."""
    return Piece(f"{left.name}{between}{right.name}", None, left.kind, left.start, right.end, left.status)


def with_words(left: Piece, right: Piece, words: str) -> Piece:
    """The left piece with `words` (the right piece's name as it reads after it, say its genitive) added: one
    executor over both spans, the left one's kind and status."""
    return Piece(f"{left.name} {words}", None, left.kind, left.start, right.end, left.status)


def fold_into_left(pieces: list[Piece], between: Callable[[Piece, Piece], str | None]) -> list[Piece]:
    """The pieces with each one joined to the piece before it (itself perhaps joined already) wherever
    `between(left, piece)` gives the text to join them with."""
    out: list[Piece] = []
    for piece in pieces:
        glue = between(out[-1], piece) if out else None
        if glue is None:
            out.append(piece)
        else:
            out[-1] = joined(out[-1], piece, glue)
    return out
