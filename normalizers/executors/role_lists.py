"""A role's list of directions: "заместители директоров по УВР, ВР" names the deputies for УВР and the
deputies for ВР. An abbreviation that no glossary knows, standing alone right after a role that ends in
"по <abbreviation>", takes that role's position (brief item 5: role lists are read, not dropped as unknown)."""

from __future__ import annotations

import re

from normalizers.executors.classification import position_of
from normalizers.executors.morphology import parses
from normalizers.executors.pieces import RULE, UNKNOWN, Piece
from normalizers.executors.text import items

_DIRECTION_ROLE_RE = re.compile(r"^(?P<position>.+\sпо\s)[А-ЯЁ]{1,6}$")
_BARE_ABBREVIATION_RE = re.compile(r"^[А-ЯЁ]{1,6}$")


def distribute_directions(pieces: list[Piece]) -> list[Piece]:
    """The pieces with each bare direction after "… по X" read as the same position for that direction."""
    out: list[Piece] = []
    for piece in pieces:
        previous = out[-1] if out else None
        if previous is not None and piece.status == UNKNOWN and _BARE_ABBREVIATION_RE.match(piece.name) \
                and previous.kind == "role":
            match = _DIRECTION_ROLE_RE.match(previous.name)
            if match is not None:
                piece = Piece(match.group("position") + piece.name, None, "role", piece.start, piece.end, RULE)
        out.append(piece)
    return out


def share_organisation(pieces: list[Piece], cell: str) -> list[Piece]:
    """"руководители и педагоги ОО": a bare plural position joined by "и" to a position with its organisation
    belongs to that organisation too (one shared genitive, as O30 reads "X и Y администрации района")."""
    out = list(pieces)
    for n in range(len(out) - 1):
        left, right = out[n], out[n + 1]
        if left.kind != "role" or right.kind != "role" or cell[left.end:right.start].strip().lower() != "и":
            continue
        written = cell[right.start:right.end].split()
        if " " in left.name or len(written) < 2 or position_of_text(written[1]) or not _plural_position(left.name):
            continue
        organisation = right.name.split(" ", 1)[1]
        out[n] = Piece(f"{left.name} {organisation}", None, "role", left.start, left.end, left.status)
    return out


def _plural_position(word: str) -> bool:
    return position_of_text(word) and any(p.tag.number == "plur" and p.tag.case == "nomn" for p in parses(word))


def position_of_text(word: str) -> bool:
    found = items(word)
    return bool(found) and position_of(found[0]) is not None
