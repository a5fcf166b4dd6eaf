"""A group named by its members after a dash: "школы – участники проекта", "ОО-участники", "библиотеки-члены
РБА" (issue 11). The words after the dash (участники, члены, победители …) say which of the bodies before it
act, not a role of people of their own: one executor, of the bodies' kind, named "X — участники …"."""

from __future__ import annotations

from normalizers.executors.classification import position_of
from normalizers.executors.pieces import Piece
from normalizers.executors.text import items
from normalizers.executors.vocabulary import cues

_DASHES = frozenset({"-", "–", "—", "‐"})
_BODY_KINDS = frozenset({"schools", "preschools", "school", "external", "other", "methodical_service"})


def join_appositions(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each "bodies – members" pair joined into the bodies' executor."""
    if len(pieces) < 2 or not ("-" in cell or "–" in cell or "—" in cell or "‐" in cell):  # _DASHES
        return pieces
    out: list[Piece] = []
    for piece in pieces:
        left = out[-1] if out else None
        if left is not None and left.kind in _BODY_KINDS and piece.kind == "role" \
                and cell[left.end:piece.start].strip() in _DASHES and _names_members(piece.name):
            out[-1] = Piece(f"{left.name} — {piece.name}", None, left.kind, left.start, piece.end, left.status)
            continue
        out.append(piece)
    return out


def _names_members(name: str) -> bool:
    words = items(name)
    return bool(words) and position_of(words[0]) is not None and words[0].key in cues().apposition_heads
