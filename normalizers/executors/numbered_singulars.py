"""A body with one number is one body: "УИК № 12", "Участковые избирательные комиссии № 101" name the precinct
commission No 101, so the name is singular ("участковая избирательная комиссия № 101"), also inside a role
("председатель участковой избирательной комиссии № 12"), although the glossary names the group in the plural."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.morphology import inflect_group, parses
from normalizers.executors.pieces import Piece

_ONE_NUMBER_RE = re.compile(r"\s№\s*\d+\s*[А-Яа-я]?$")
_MOST_WORDS = 4  # "участковых избирательных комиссий": the plural phrase right before the number


@lru_cache(maxsize=2048)
def _plural_noun_case(lower: str, before: str) -> str | None:
    """The case of a plural noun: one it can only be read in ("комиссий"), or the one the adjective before it
    agrees with in the plural ("участковые … комиссии"); None for a noun that may be singular ("группы")."""
    nouns = [p for p in parses(lower) if p.tag.POS == "NOUN"]
    if not nouns or not any(p.tag.number == "plur" for p in nouns):
        return None
    if all(p.tag.number == "plur" for p in nouns) and nouns[0].tag.case in ("nomn", "gent"):
        return nouns[0].tag.case
    for case in ("nomn", "gent"):
        if any(p.tag.number == "plur" and p.tag.case == case for p in nouns) and before \
                and _plural_adjective(before, case):
            return case
    return None


@lru_cache(maxsize=2048)
def _plural_adjective(lower: str, case: str) -> bool:
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "plur" and p.tag.case == case
               for p in parses(lower))


@lru_cache(maxsize=4096)
def singular_numbered(name: str) -> str:
    """The name with the plural phrase before its one number put in the singular, the case kept."""
    match = _ONE_NUMBER_RE.search(name)
    if match is None:
        return name
    words = name[:match.start()].split(" ")
    before = words[-2].lower() if len(words) > 1 else ""
    case = _plural_noun_case(words[-1].lower(), before) if words and words[-1].isalpha() else None
    if case is None:
        return name
    first = len(words) - 1
    while first > 0 and len(words) - first < _MOST_WORDS and _plural_adjective(words[first - 1].lower(), case):
        first -= 1
    noun = next(p for p in parses(words[-1].lower()) if p.tag.POS == "NOUN" and p.tag.number == "plur"
                and p.tag.case == case)
    # the head is known here: the phrase inflector would take an adjective before it for the head
    group = inflect_group(words[first:], len(words) - 1 - first, noun, case, "sing")
    return " ".join([*words[:first], *group]) + name[match.start():]


def singular_numbered_bodies(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with every name that ends in one number put in the singular before it. The caller asks whether
    the cell holds "№" first: names get a number from the cell only, and nearly every cell has none."""
    out = pieces
    for k, piece in enumerate(pieces):
        name = singular_numbered(piece.name) if "№" in piece.name else piece.name
        if name != piece.name:
            out = list(pieces) if out is pieces else out
            out[k] = Piece(name, piece.abbreviation, piece.kind, piece.start, piece.end, piece.status)
    return out
