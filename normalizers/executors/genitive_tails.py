"""A territory or a government named in the genitive right after a name, with only a space or "и" between,
completes that name: "главы администраций муниципальных районов Республики Мордовия" is one group of heads (the
districts are the republic's), "Администрация Президента и Правительства Энской Республики" one body (its head
governs both genitives, O22). A region or a government in the genitive is no executor of its own. An administration
named after the last of listed units is shared by them (shared_owners.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.morphology import parses
from normalizers.executors.pieces import KNOWN, Piece, fold_into_left
from normalizers.executors.shared_owners import share_named_owner
from normalizers.executors.text import items
from normalizers.executors.vocabulary import more_cues

_CAPITAL_INSIDE_RE = re.compile(r"\s[А-ЯЁ][а-яё]")


def may_name_an_owner(cell: str) -> bool:
    """A capitalised word after the first: the one test most cells fail, before any piece is read."""
    return _CAPITAL_INSIDE_RE.search(cell) is not None


@lru_cache(maxsize=1)
def _owner_heads() -> frozenset[str]:
    return frozenset(more_cues().get("genitive_owner_heads") or ())


@lru_cache(maxsize=4096)
def _genitive_owner(lower: str) -> bool:
    """A word read as one of the owner nouns in the genitive singular ("Республики", "Правительства")."""
    heads = _owner_heads()
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing" and p.normal_form in heads
               for p in parses(lower))


@lru_cache(maxsize=4096)
def _genitive_only(lower: str) -> bool:
    """A noun in the genitive that cannot be a nominative ("Президента", "Губернатора")."""
    found = parses(lower)
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in found) and not any(
        p.tag.case == "nomn" for p in found)


def join_genitive_tails(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each genitive owner after a name folded into that name."""

    def between(left: Piece, piece: Piece) -> str | None:
        if piece.status == KNOWN or not cell[piece.start:piece.start + 1].isupper() \
                or left.kind == "role" and " " not in left.name.strip():
            return None  # a known body, a name in lower case, a lone post
        gap = cell[left.end:piece.start]
        if "," in gap or ";" in gap or "(" in gap or ")" in gap:
            return None
        words = items(cell[piece.start:piece.end])
        if not words or not words[0].capitalised or words[0].is_abbreviation or not _genitive_owner(words[0].lower):
            return None
        if not gap.strip():
            return " "
        before = items(cell[left.start:left.end])
        if gap.strip().lower() == "и" and before and _genitive_only(before[-1].lower):
            return " и "
        return None

    if len(pieces) < 2 or not may_name_an_owner(cell):
        return pieces
    return share_named_owner(fold_into_left(pieces, between), cell)  # "…, управы Администрации города Энска"
