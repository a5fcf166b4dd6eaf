"""Fields of work in initials joined by a lower-case "и" ("ТиС": транспорт и связь) written after a comma right
after a body named by its head and the initials of its first field ("комитет ЖКХ, ТиС"): the committee of housing,
transport and communications, one body. Such initials name no body by themselves; a glossary that knows them
(КДНиЗП) reads them before this (sibling_readings.py calls it on the unknown pieces)."""

from __future__ import annotations

import re
from dataclasses import replace

from normalizers.executors.pieces import UNKNOWN, Piece
from normalizers.executors.text import items
from normalizers.executors.vocabulary import cues

_FIELD_INITIALS_RE = re.compile(r"[А-ЯЁ]{1,4}и[А-ЯЁ]{1,4}")


def _field_initials_of(before: Piece, piece: Piece, cell: str) -> bool:
    if piece.status != UNKNOWN or not _FIELD_INITIALS_RE.fullmatch(cell[piece.start:piece.end]):
        return False
    if cell[before.end:piece.start].strip() != "," or before.kind != "authority":
        return False
    words = items(cell[before.start:before.end])
    return len(words) >= 2 and words[0].bare in cues().authority_heads and words[-1].is_abbreviation


def join_field_initials(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with field initials after a body's field initials joined to that body's name."""
    out: list[Piece] = []
    for piece in pieces:
        if out and _field_initials_of(out[-1], piece, cell):
            before = out[-1]
            out[-1] = replace(before, name=f"{before.name}, {cell[piece.start:piece.end]}", end=piece.end)
            continue
        out.append(piece)
    return out
