"""A group named by its members after a dash: "школы – участники проекта", "ОО-участники", "библиотеки-члены
РБА" (issue 11). The words after the dash (участники, члены, победители …) say which of the bodies before it
act, not a role of people of their own: one executor, of the bodies' kind, named "X — участники …"."""

from __future__ import annotations

from normalizers.executors.classification import position_of
from normalizers.executors.glosses import with_glosses
from normalizers.executors.municipal_formula import join_municipal_formulas
from normalizers.executors.person_nouns import opens_with_a_person_noun
from normalizers.executors.pieces import Piece, fold_into_left
from normalizers.executors.text import items
from normalizers.executors.vocabulary import cues

_DASHES = frozenset({"-", "–", "—", "‐"})
_BODY_KINDS = frozenset({"schools", "preschools", "school", "external", "other", "methodical_service"})


def join_appositions(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each "bodies – members" pair joined into the bodies' executor, and each municipality
    named by its legal formula ("муниципального образования – N-ское поселение") joined into one."""
    if "(" in cell:  # "родители (законные представители)": a gloss in parentheses stays in the name (glosses.py)
        pieces = with_glosses(pieces, cell)
    if len(pieces) < 2 or not ("-" in cell or "–" in cell or "—" in cell or "‐" in cell):  # _DASHES
        return pieces
    pieces = join_municipal_formulas(pieces, cell)

    def between(left: Piece, piece: Piece) -> str | None:
        if left.kind in _BODY_KINDS and piece.kind == "role" and cell[left.end:piece.start].strip() in _DASHES \
                and _names_members(piece.name):
            return " — "
        return None

    return fold_into_left(pieces, between)


def _names_members(name: str) -> bool:
    words = items(name)
    return bool(words) and words[0].key in cues().apposition_heads \
        and (position_of(words[0]) is not None or opens_with_a_person_noun(words))  # "получатели": no post
