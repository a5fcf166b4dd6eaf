"""Words in parentheses after executors that name the capacity they act in or the project they work for, not an
executor: "МБОУ «Гимназия № 1», МБОУ «Лицей № 2» (стажировочные площадки)", "Педагоги-навигаторы (проект «Билет в
будущее»)" (sample R18: the executors are kept, the words are extra text, warning extra_text). The parenthesis is read
as an executor of its own first; it is set apart when its head noun is a capacity's (executor_cues.yaml,
capacity_heads) and an executor stands before it."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.classification import head_index
from normalizers.executors.pieces import EXTRA, Piece
from normalizers.executors.text import items
from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def _capacity_heads() -> frozenset[str]:
    return frozenset(str(word) for word in more_cues().get("capacity_heads") or ())


def capacities_apart(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each parenthesised capacity after an executor marked extra text."""
    out = [pieces[0]]
    for piece in pieces[1:]:
        out.append(Piece(piece.name, None, "other", piece.start, piece.end, EXTRA)
                   if _capacity_in_parentheses(cell, piece) else piece)
    return out


def _capacity_in_parentheses(cell: str, piece: Piece) -> bool:
    if cell[:piece.start].rstrip()[-1:] != "(" or cell[piece.end:].lstrip("»\"” ")[:1] != ")":
        return False
    words = items(cell[piece.start:piece.end])
    head = head_index(words) if words else None
    return head is not None and words[head].bare in _capacity_heads()
