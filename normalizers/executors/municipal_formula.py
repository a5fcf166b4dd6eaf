"""A municipality named by its legal formula, "муниципальное образование – Льговское сельское поселение": the words
after the dash are the municipality's name, not an executor of their own (sample R16: a dash in apposition is one
executor). "глава муниципального образования – Н-ское сельское поселение" is one role, named as written."""

from __future__ import annotations

from normalizers.executors.pieces import Piece, fold_into_left
from normalizers.executors.text import DASHES, items

_FORMULA = ("муниципальный", "образование")


def join_municipal_formulas(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each "… муниципального образования – <name>" pair joined into the left one."""
    if len(pieces) < 2 or "бразовани" not in cell:
        return pieces

    def between(left: Piece, piece: Piece) -> str | None:
        gap = cell[left.end:piece.start].strip()
        if len(gap) == 1 and gap in DASHES and _ends_with_formula(left.name):
            return " - "
        return None

    return fold_into_left(pieces, between)


def _ends_with_formula(name: str) -> bool:
    words = items(name)
    return len(words) >= 2 and (words[-2].key, words[-1].key) == _FORMULA
