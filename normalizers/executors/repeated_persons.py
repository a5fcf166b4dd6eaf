"""The same person written twice in one cell ("Петрова А.И., Петрова А. И.", "Петрова А.И.\nПетрова А.И."): a
cell spread over merged rows repeats its holder, and a second spelling differs only in the spaces between the
initials. One person is one executor: the later spelling takes the first one's name, so the cell's executors
are counted once (the result keeps one executor per name)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.pieces import Piece


@lru_cache(maxsize=4096)
def _person_key(name: str) -> str:
    """The name without spaces, ё read as е: "Петрова А. И." and "Петрова А.И." are one key."""
    return "".join(name.split()).replace("ё", "е").replace("Ё", "Е")


def merge_repeated_persons(pieces: list[Piece]) -> list[Piece]:
    """The pieces with every role piece whose name repeats an earlier one's (spaces aside) given that name."""
    names = [p.name for p in pieces if p.kind == "role" and "." in p.name]  # persons by initials carry a dot
    if len(names) < 2 or len(set(map(_person_key, names))) == len(set(names)):
        return pieces  # nearly every cell: no two spellings of one person
    first: dict[str, str] = {}
    for name in names:
        first.setdefault(_person_key(name), name)
    return [Piece(first[_person_key(p.name)], p.abbreviation, p.kind, p.start, p.end, p.status)
            if p.kind == "role" and "." in p.name else p for p in pieces]
