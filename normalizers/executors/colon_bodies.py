""""Директора: ДЮСШ, ДШИ, ЦДТ": a post in the plural, a colon, then the institutions it heads, one each. As a plural
head before a colon distributes over the list after it (O58) and a post with its holder is one role (O29), the
cell names one role per institution, the post in the singular with the institution after it ("директор ДЮСШ");
the first mention spans the post and its first institution. Institutions only: persons after the colon are
colon_holders.py's, fields of one post ("заместители директора: по УВР, по ВР") are roles already and stay."""

from __future__ import annotations

from normalizers.executors.classification import is_person, position_of
from normalizers.executors.morphology import inflect_phrase
from normalizers.executors.pieces import RULE, Piece
from normalizers.executors.positions import written_plural
from normalizers.executors.text import items

_BODY_KINDS = frozenset({"other", "external", "authority", "school", "schools", "preschools", "methodical_service"})


def posts_over_listed_bodies(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with a plural post before a colon read as that post of each institution listed after it."""
    for k, piece in enumerate(pieces[:-1]):
        colon = cell.find(":", piece.start, piece.end) if piece.kind == "role" else -1
        if colon < 0:
            continue
        post, first = cell[piece.start:colon].strip(), cell[colon + 1:piece.end].strip(" ,")
        words = items(post)
        if not first or not words or position_of(words[0]) is None or not written_plural(words[0]) \
                or not _institution(items(first)[0]) or is_person(first):
            return pieces
        rest = pieces[k + 1:]
        previous = piece
        for body in rest:
            if body.kind not in _BODY_KINDS or cell[previous.end:body.start].strip() != "," \
                    or is_person(cell[body.start:body.end]):
                return pieces
            previous = body
        singular = inflect_phrase(post, "nomn", "sing")
        singular = singular[:1].lower() + singular[1:]  # a role's name, as the role rules write it
        return [*pieces[:k], Piece(f"{singular} {first}", None, "role", piece.start, piece.end, RULE),
                *(Piece(f"{singular} {body.name}", None, "role", body.start, body.end, RULE) for body in rest)]
    return pieces


def _institution(word) -> bool:
    """An institution's name opens with initials or a capital ("ДЮСШ", "Центр …"), not with a field ("по УВР")."""
    return word.is_abbreviation or word.capitalised
