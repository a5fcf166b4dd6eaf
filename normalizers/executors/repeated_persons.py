"""The same person written twice in one cell ("Петрова А.И., Петрова А. И.", "Петрова А.И.\nПетрова А.И."): a
cell spread over merged rows repeats its holder, and a second spelling differs only in the spaces between the
initials. One person is one executor: the later spelling takes the first one's name, so the cell's executors
are counted once (the result keeps one executor per name)."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.pieces import Piece


@lru_cache(maxsize=4096)
def _person_key(name: str) -> str:
    """The name without spaces, ё read as е: "Петрова А. И." and "Петрова А.И." are one key."""
    return "".join(name.split()).replace("ё", "е").replace("Ё", "Е")


def _times_written(written: str, key: str) -> int:
    """How often the person stands in the cell as a whole word ("П.К.Ильин" is not in "П.К.Ильина")."""
    return len(re.findall(re.escape(key) + r"(?![а-яёa-z])", written))


def merge_repeated_persons(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with every role piece whose name repeats an earlier one's (spaces aside) given that name, and
    without a person the cell also names as the holder of a post or a body ("Директор МБУК «ЦКС» Лаптева Н.В.,
    Лаптева Н.В.": the holder was read into the post, and its repetition is that post's holder again)."""
    names = [p.name for p in pieces if p.kind == "role" and "." in p.name]  # persons by initials carry a dot
    if not names:
        return pieces
    keys = list(map(_person_key, names))
    written = _person_key(cell) if len(cell) > len(names[0]) + 1 else ""
    held = {key for key in keys  # the quick count first, the whole-word one only where it finds more
            if written.count(key) > keys.count(key) and _times_written(written, key) > keys.count(key)}
    if held:  # "Музей им. Н.В. Лаптева, Н.В. Лаптева": a namesake in a body's name holds nothing
        held -= {key for key in held for p in pieces if p.kind != "role" and key in _person_key(p.name)}
    if len(set(keys)) == len(set(names)) and not held:
        return pieces  # nearly every cell: no two spellings of one person, no holder written again
    first: dict[str, str] = {}
    for name in names:
        first.setdefault(_person_key(name), name)
    out = []
    for piece in pieces:
        if piece.kind == "role" and "." in piece.name:
            key = _person_key(piece.name)
            if key in held and len(pieces) > 1:
                continue
            piece = Piece(first[key], piece.abbreviation, piece.kind, piece.start, piece.end, piece.status)
        out.append(piece)
    return out
