"""A role's list of directions: "заместители директоров по УВР, ВР" names the deputies for УВР and the
deputies for ВР. An abbreviation that no glossary knows, standing alone right after a role that ends in
"по <abbreviation>", takes that role's position (brief item 5: role lists are read, not dropped as unknown)."""

from __future__ import annotations

import re

from normalizers.executors.pieces import RULE, UNKNOWN, Piece

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
