"""A body named in the genitive right after a unit or a commission, with only a space between, is the unit's owner:
"Комиссия по делам несовершеннолетних Исполнительного комитета Энского района", "Клиентская служба Отделения
СФР по Энской области" name one executor each (other-regions O30: the owner stays with its unit). The
owner opens with a capitalised word that is genitive singular and cannot be a nominative ("Исполнительного"), or could
be a nominative plural only and has an owner's letters after it ("Отделения СФР"; "Учреждения культуры" may be a group
of its own) or is a government body's head with its field after it, owning a commission or a unit that is no
government body itself ("Аттестационная комиссия Министерства образования …": a ministry in the plural would open a
list of its own), so a new executor, written in the nominative, is not taken for it. The territories and governments
genitive_tails.py joins (a region, a government) are read there; this adds the owning bodies themselves.
The unit keeps its kind; a unit no rule knew takes its owner's ("Клиентская служба" of a federal fund: external), and
so does a commission of a body outside the plan's system (a higher level's ministry: external, spec)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.genitive_tails import join_genitive_tails, may_name_an_owner
from normalizers.executors.morphology import lemma, parses
from normalizers.executors.pieces import UNKNOWN, Piece
from normalizers.executors.vocabulary import cues

_NOMINAL = frozenset({"NOUN", "ADJF", "PRTF"})
_OWNING_KINDS = frozenset({"authority", "external", "other", "methodical_service"})


@lru_cache(maxsize=4096)
def _genitive_reading(lower: str) -> str | None:
    """"only": a noun or adjective that reads as genitive singular and never as a nominative; "or plural": one that
    is also a nominative plural ("Отделения", "Учреждения"); None otherwise."""
    found = [p for p in parses(lower) if p.tag.POS in _NOMINAL]
    if not any(p.tag.case == "gent" and p.tag.number == "sing" for p in found):
        return None
    nominative = {p.tag.number for p in found if p.tag.case == "nomn"}
    return "only" if not nominative else "or plural" if nominative == {"plur"} else None


def _owner_between(cell: str, left: Piece, right: Piece) -> bool:
    if left.kind not in _OWNING_KINDS or right.kind not in _OWNING_KINDS \
            or not cell[right.start:right.start + 1].isupper() or cell[left.end:right.start].strip():
        return False
    first, _, rest = cell[right.start:right.end].partition(" ")  # string work: no items made for most pairs
    if not rest or first.isupper() or not first.isalpha():
        return False
    reading = _genitive_reading(first.lower())
    # "Учреждения культуры" may be a group in the nominative; "Отделения СФР" names its owner's letters
    if reading != "or plural":
        return reading == "only"
    field = rest.split(" ", 1)[0]
    return field.isupper() or (field.islower() and lemma(first.lower()) in cues().authority_heads
                               and not _governs(cell[left.start:left.end]))


def _governs(mention: str) -> bool:
    """Whether a name holds a government body's head ("Министерство …", "Отдел …"): a body of its own before another
    one in the plural, not a commission or unit the next body owns."""
    heads = cues().authority_heads
    return any(lemma(word) in heads for word in mention.lower().split())


def join_genitive_owners(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each body written in the genitive after a unit folded into the unit, as written."""
    out: list[Piece] = []
    for piece in pieces:
        if out and _owner_between(cell, out[-1], piece):
            left = out[-1]
            # a unit no rule knew, or a commission of a body outside the plan's system, is the owner's kind
            kind = piece.kind if left.status == UNKNOWN or (left.kind, piece.kind) == ("other", "external") \
                else left.kind
            status = piece.status if left.status == UNKNOWN else left.status
            out[-1] = Piece(f"{left.name} {cell[piece.start:piece.end]}", None, kind, left.start, piece.end, status)
        else:
            out.append(piece)
    return out


def join_owners(pieces: list[Piece], cell: str) -> list[Piece]:
    """The owners after names joined: a territory or a government (genitive_tails.py), then a body (above); only
    where a capitalised word after the first may name one."""
    if not may_name_an_owner(cell):
        return pieces
    return join_genitive_owners(join_genitive_tails(pieces, cell), cell)
