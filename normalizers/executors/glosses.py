"""A second name in parentheses right after a word of an executor's name ("родители (законные представители)",
"наставники (кураторы) школ", "главы сельских (городских) поселений") is part of that name, as the labels
write it: the splitter blanks the parenthesis so that it names no executor of its own (parenthesised_names.py), and
this puts it back into the name after the word it glosses."""

from __future__ import annotations

import re

from normalizers.executors.parenthesised_names import names_what_precedes, renames_the_people_before
from normalizers.executors.pieces import Piece
from normalizers.executors.text import items

_GLOSS_RE = re.compile(r"(\w+)\s*\(([^()]*)\)")


def with_glosses(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each lower-case gloss of one of their words written back into their names."""
    out = pieces
    for match in _GLOSS_RE.finditer(cell):
        word, inner = match.group(1), match.group(2)
        if not _a_gloss(inner, cell[:match.start(2) - 1]):
            continue
        for k, piece in enumerate(out):
            if piece.start <= match.start(1) < piece.end and "(" not in piece.name:
                name = _glossed(piece.name, word, inner.strip())
                if name is not None:
                    out = [*out[:k], Piece(name, piece.abbreviation, piece.kind, piece.start, max(piece.end,
                                                                                                match.end()),
                                           piece.status), *out[k + 1:]]
                break
    return out


def _a_gloss(inner: str, before: str) -> bool:
    """Lower-case words that rename the word before them, no initials ("(ОИВ)" defines them), no person."""
    words = items(inner)
    if not words or any(word.is_abbreviation or word.capitalised for word in words):
        return False
    return names_what_precedes(inner, before) or renames_the_people_before(inner, before)


def _glossed(name: str, word: str, inner: str) -> str | None:
    """`name` with "(inner)" after its word written as `word` (any letter case), or None when it has no such word."""
    target = word.lower().replace("ё", "е")
    parts = name.split(" ")
    for k, part in enumerate(parts):
        if part.lower().replace("ё", "е") == target:
            return " ".join([*parts[:k + 1], f"({inner})", *parts[k + 1:]]).replace(") , ", "), ")
    return None
