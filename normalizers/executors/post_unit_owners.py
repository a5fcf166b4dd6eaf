"""A post over a unit of an administration, then the administration's abbreviation with only a space between
("начальник отдела кадров УО", "специалисты сектора опеки КО"): the abbreviation names whose unit it is,
in the genitive as the unit's own words are, so the post is one role of that unit (sample R12: a role keeps the
organisation it belongs to), not a role and the administration. A body run together with its administration's
letters ("Отдел кадров УО") stays two executors: a lost line break between two bodies reads the same
(sample R15); after a post the letters can only be the owner of the unit it governs."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import inflect_phrase, lemma, parses
from normalizers.executors.pieces import Piece, with_words
from normalizers.executors.vocabulary import more_cues

_ROLE, _AUTHORITY = "role", "authority"


@lru_cache(maxsize=1)
def _unit_heads() -> frozenset[str]:
    return frozenset(str(word) for word in more_cues().get("owned_unit_heads") or ())


@lru_cache(maxsize=2048)
def _genitive_unit(word: str) -> str | None:
    """The lemma of a unit's head written in the genitive ("отдела", "сектора"), else None."""
    if not any(p.tag.case == "gent" and p.tag.POS == "NOUN" for p in parses(word)):
        return None
    head = lemma(word)
    return head if head in _unit_heads() else None


def _owner_of_the_unit(cell: str, left: Piece, right: Piece) -> bool:
    if left.kind != _ROLE or right.kind != _AUTHORITY or cell[left.end:right.start].strip():
        return False
    letters = cell[right.start:right.end]
    if not letters.isalpha() or not letters.isupper():
        return False  # the administration by its abbreviation only ("УО", "КО")
    units = {_genitive_unit(word) for word in cell[left.start:left.end].lower().split()[1:]} - {None}
    return bool(units) and lemma(right.name.split()[0].lower()) not in units


def join_post_unit_owners(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each administration's abbreviation after a post over its unit folded into the post's role."""
    if len(pieces) < 2 or not any(piece.kind == _AUTHORITY for piece in pieces[1:]):
        return pieces
    out: list[Piece] = []
    for piece in pieces:
        if out and _owner_of_the_unit(cell, out[-1], piece):
            owner = inflect_phrase(piece.name, "gent")
            out[-1] = with_words(out[-1], piece, owner[:1].lower() + owner[1:])
        else:
            out.append(piece)
    return out
