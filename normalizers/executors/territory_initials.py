"""A territory written by its initials right after a body or a group of institutions, with only a space between, is
its qualifier, not an executor of its own: "УО ЭГО" (Энского городского округа), "Управление образования КМР"
(муниципального района), "ОО ЭМР" (the district's образовательные организации). The initials are an abbreviation
nobody defined whose last letters name a kind of municipality (executor_cues.yaml, territory_initial_endings: "ГО",
"МР", "МО") after one to three letters of the place's name; the bare "ГО" (гражданская оборона), "МО" stay what they
were. The qualifier is kept in the name as written (O15)."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.pieces import UNKNOWN, Piece
from normalizers.executors.vocabulary import more_cues

_BODIES = frozenset({"authority", "external", "other", "methodical_service", "schools", "preschools"})


@lru_cache(maxsize=1)
def _initials_re() -> re.Pattern:
    endings = "|".join(str(e).upper() for e in more_cues().get("territory_initial_endings") or ())
    return re.compile(rf"[А-ЯЁ]{{1,3}}(?:{endings})")


def join_territory_initials(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each territory's initials after a body folded into the body's name."""
    if not any(piece.status == UNKNOWN for piece in pieces[1:]):
        return pieces
    out: list[Piece] = []
    for piece in pieces:
        mention = cell[piece.start:piece.end]
        if out and piece.status == UNKNOWN and out[-1].kind in _BODIES and not cell[out[-1].end:piece.start].strip() \
                and _initials_re().fullmatch(mention):
            left = out[-1]
            out[-1] = Piece(f"{left.name} {mention}", left.abbreviation, left.kind, left.start, piece.end, left.status)
        else:
            out.append(piece)
    return out
