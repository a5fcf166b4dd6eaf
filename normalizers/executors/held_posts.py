""""Иванова А.А., методист РМК", "Петров П.П. - ведущий специалист отдела": a post written after its holder is one
person's post (O29), so it keeps the singular it is written in, where the same post alone, with its organisation,
names the staff as a category in the plural ("методист РМК" -> "методисты районного методического кабинета").
A post written before its holder ("Ведущий специалист управления Ли Г.Т.") is left to the role rules, as the
generated set labels it."""

from __future__ import annotations

from normalizers.executors.classification import position_of
from normalizers.executors.morphology import inflect_phrase
from normalizers.executors.pieces import Piece
from normalizers.executors.positions import written_plural
from normalizers.executors.text import items


def singular_held_posts(pieces: list[Piece], cell: str, spans: list[tuple[int, int]]) -> list[Piece]:
    """The pieces with each role inside a held post's span (start, end) named in the singular it is written in."""
    return [_singular(piece, cell) if piece.kind == "role" and _inside(piece, spans) else piece for piece in pieces]


def _inside(piece: Piece, spans: list[tuple[int, int]]) -> bool:
    return any(a <= piece.start and piece.end <= b for a, b in spans)


def _singular(piece: Piece, cell: str) -> Piece:
    name = singular_post(piece, cell)
    if name is None:
        return piece
    return Piece(name, piece.abbreviation, piece.kind, piece.start, piece.end, piece.status)


def singular_post(piece: Piece, cell: str, written_plural_only: bool = False) -> str | None:
    """The role's name with its position in the singular, or None to keep it: a post written in the plural
    ("Иванова А.А., методисты РМК", sic) stays as written, unless `written_plural_only` asks for exactly those
    ("Руководители кружков: <persons>", colon_holders.py)."""
    written = next((w for w in items(cell[piece.start:piece.end]) if position_of(w) is not None), None)
    if written is None or written_plural(written) != written_plural_only:
        return None
    words = piece.name.split(" ")
    head = next((k for k, w in enumerate(items(piece.name)) if position_of(w) is not None), None)
    if head is None or head >= len(words) or not written_plural(items(words[head])[0]):
        return None
    singular = inflect_phrase(" ".join(words[:head + 1]), "nomn", "sing")
    return " ".join([singular, *words[head + 1:]])
