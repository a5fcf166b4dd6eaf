""""АУ «Театр драмы» Минкультуры Чувашии", "БУ «Музей» Минкультуры России": an institution whose quoted name
closes and a glued ministry right after it, with no comma, is the institution of that ministry (its founder,
written as a genitive the glued form cannot show), one executor named as written; not the institution and
the ministry as two."""

from __future__ import annotations

from normalizers.executors.pieces import Piece, fold_into_left
from normalizers.executors.vocabulary import cues

_CLOSING = ("»", '"', "”")


def join_founders(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with a ministry that follows a quoted institution folded into it. The caller asks whether the
    cell holds "Мин" first."""
    if len(pieces) < 2:
        return pieces
    legal_forms = cues().legal_forms

    def between(left: Piece, right: Piece) -> str | None:
        gap = cell[left.end:right.start]
        head = cell[left.start:left.end]
        if gap.strip(" »\"”") or not cell.startswith("Мин", right.start) or not right.name.startswith("Министерство"):
            return None
        if not (head + gap.rstrip()).endswith(_CLOSING) or head.split(None, 1)[0].lower() not in legal_forms:
            return None
        return None if left.kind == "role" else " "

    folded = fold_into_left(pieces, between)
    if folded is pieces or len(folded) == len(pieces):
        return pieces
    return [_as_written(piece, cell) if piece not in pieces else piece for piece in folded]


def _as_written(piece: Piece, cell: str) -> Piece:
    """The joined institution named as the cell writes it (the ministry's glued form kept)."""
    name = " ".join(cell[piece.start:piece.end].split())
    return Piece(name, None, piece.kind, piece.start, piece.end, piece.status)
