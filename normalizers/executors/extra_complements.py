"""A known name right after words on how the work is done belongs to them: "ИМЦ в рамках работы РМО",
"Отдел образования по поручению УО" name the ИМЦ and the department, the РМО and the УО only complete the
phrase (issue 11; the spec's "… по разнарядке МОНиМП НО" gives the department alone). The phrase is an extra
piece opened by a preposition (gap_bounds.extra_phrase_at); the name after it, with only a space between, is
extra text too."""

from __future__ import annotations

from operator import attrgetter

from normalizers.executors.pieces import EXTRA, Piece, fold_into_left
from normalizers.executors.text import items
from normalizers.executors.vocabulary import cues

_STATUS = attrgetter("status")


def join_extra_complements(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each name that completes an extra phrase folded into that phrase."""
    if len(pieces) < 2 or EXTRA not in map(_STATUS, pieces):  # the test in C: most cells hold no extra text
        return pieces

    def between(left: Piece, piece: Piece) -> str | None:
        if left.status == EXTRA and not cell[left.end:piece.start].strip() and _opens_with_a_preposition(left.name):
            return " "
        return None

    return fold_into_left(pieces, between)


def _opens_with_a_preposition(text: str) -> bool:
    words = items(text)
    return bool(words) and words[0].lower in cues().prepositions
