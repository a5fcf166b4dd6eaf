"""A unit or a collegial body of the schools written with their group's abbreviation right after it, with only a space
between, is that body of the schools, one executor: "Комиссии по питанию ДОО", "Служба примирения ОУ", "Наблюдательные
советы ДОО" (the abbreviation stands in the genitive, as in "руководители ОО"; other-regions O40, O60: a school's
commission or service is its own unit). Only heads of such units join (executor_cues.yaml, group_unit_heads): a body
of its own run together with the group, "Методический кабинет ОО", stays two executors (sample R15)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import inflect_phrase, lemma
from normalizers.executors.pieces import EXTRA, Piece, with_words
from normalizers.executors.text import tidy
from normalizers.executors.vocabulary import more_cues

_GROUPS = frozenset({"schools", "preschools"})
_UNITS = frozenset({"other", "external", "methodical_service"})
_PARTNER_WORDS = frozenset({"с", "со"})
_AUTHORITY = "authority"


@lru_cache(maxsize=1)
def _unit_heads() -> frozenset[str]:
    return frozenset(str(word) for word in more_cues().get("group_unit_heads") or ())


def join_group_owners(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each group abbreviation after a unit of the schools folded into the unit."""
    if len(pieces) < 2 or not any(piece.kind in _GROUPS or piece.kind == _AUTHORITY for piece in pieces[1:]):
        return pieces
    out: list[Piece] = []
    for piece in pieces:
        if out and _owned_by_the_group(cell, out[-1], piece):
            left = out[-1]
            owner = inflect_phrase(piece.name, "gent")
            owner = owner[:1].lower() + owner[1:] if piece.kind == _AUTHORITY else owner  # "… управления образования"
            out[-1] = with_words(left, piece, owner)
        elif out and _remit_of_the_owned(cell, out[-1], piece, pieces):
            out[-1] = with_words(out[-1], piece, tidy(cell[piece.start:piece.end]))
        else:
            out.append(piece)
    return out


def _owned_by_the_group(cell: str, left: Piece, right: Piece) -> bool:
    mention = cell[right.start:right.end]
    if right.kind not in _GROUPS or left.kind not in _UNITS or cell[left.end:right.start].strip() \
            or not mention.isupper() or " " in mention:
        return _owned_by_the_authority(cell, left, right, mention)
    if cell[left.start:left.end].isupper():  # "ММС ОО": a body's initials, a body of its own run together (R15)
        return False
    if _PARTNER_WORDS & set(left.name.lower().split()):  # "Совет … с директорами ОУ": the group is the partners'
        return False
    return any(lemma(word) in _unit_heads() for word in left.name.lower().split()[:3])


def _owned_by_the_authority(cell: str, left: Piece, right: Piece, mention: str) -> bool:
    """"Экспертная комиссия УО": a collegial body with the initials of the authority it serves right after it on the
    same line is that authority's body (as "Совет РОО"); a body of its own run together with the
    authority ("Методический кабинет УО") or the next line's body stays apart (sample R15)."""
    if right.kind != _AUTHORITY or left.kind != "other" or cell[left.end:right.start] != " " \
            or not mention.isupper() or " " in mention or cell[left.start:left.end].isupper():
        return False
    return not _PARTNER_WORDS & set(left.name.lower().split()) \
        and any(lemma(word) in _unit_heads() for word in left.name.lower().split()[:3])


def _remit_of_the_owned(cell: str, left: Piece, right: Piece, pieces: list[Piece]) -> bool:
    """"Рабочая группа УО по подготовке к ГИА", "Комиссия по подготовке ОО к учебному году": the remit ("по …", "к …"
    but a date) right after a body joined to its owner is the body's own, not extra text."""
    remit = cell[right.start:right.end]
    return right.status == EXTRA and cell[left.end:right.start] == " " and remit.startswith(("по ", "к ")) \
        and not remit[2:3].isdigit() and left not in pieces \
        and any(lemma(word) in _unit_heads() for word in left.name.lower().split()[:3])
