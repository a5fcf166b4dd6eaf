"""The same person written twice in one cell ("Петрова А.И., Петрова А. И.", "Петрова А.И.\nПетрова А.И."): a
cell spread over merged rows repeats its holder, and a second spelling differs only in the spaces between the
initials. One person is one executor: the later spelling takes the first one's name, so the cell's executors
are counted once (the result keeps one executor per name)."""

from __future__ import annotations

from normalizers.executors.pieces import Piece


def _person_key(name: str) -> str:
    """The name without spaces, ё read as е: "Петрова А. И." and "Петрова А.И." are one key."""
    return "".join(name.split()).replace("ё", "е").replace("Ё", "Е")


def merge_repeated_persons(pieces: list[Piece]) -> list[Piece]:
    """The pieces with every role piece whose name repeats an earlier one's (spaces aside) given that name."""
    roles = [p for p in pieces if p.kind == "role" and "." in p.name]  # persons by initials carry a dot
    if len(roles) < 2:
        return pieces
    first: dict[str, str] = {}
    renamed = False
    for piece in roles:
        name = first.setdefault(_person_key(piece.name), piece.name)
        renamed = renamed or name != piece.name
    if not renamed:
        return pieces
    return [Piece(first[_person_key(p.name)], p.abbreviation, p.kind, p.start, p.end, p.status)
            if p.kind == "role" and "." in p.name else p for p in pieces]
