"""A municipal legal form written alone ("МАДОУ", "МБДОУ, МБОУ") names the institutions of that type as a
group: kindergartens for an ending in ДОУ, schools for one in ОУ. Nothing names the group otherwise, so the
piece stays unknown (the warning is kept) but gets the kind its shape tells and its letters spelt out."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from normalizers.executors.pieces import UNKNOWN, Piece
from normalizers.executors.vocabulary import cues, more_cues


@lru_cache(maxsize=256)
def group_of_legal_form(word: str) -> tuple[str, str] | None:
    """(name, kind) of the group a bare municipal legal form names, or None."""
    low = word.lower()
    if low not in cues().municipal_forms:
        return None
    table = more_cues().get("legal_form_groups") or {}
    letters, endings = table.get("letters") or {}, table.get("endings") or {}
    for ending, (type_name, kind) in sorted(endings.items(), key=lambda item: -len(item[0])):
        prefix = low[: len(low) - len(ending)]
        if low.endswith(ending) and prefix[:1] == "м" and all(letter in letters for letter in prefix):
            return " ".join([*(letters[letter] for letter in prefix), type_name]), kind
    return None


def read_legal_form_groups(pieces: list[Piece]) -> list[Piece]:
    """The pieces with each unknown bare legal form read as its group."""
    out = []
    for piece in pieces:
        group = group_of_legal_form(piece.name) if piece.status == UNKNOWN and " " not in piece.name else None
        out.append(piece if group is None else replace(piece, name=group[0], abbreviation=piece.name, kind=group[1]))
    return out
