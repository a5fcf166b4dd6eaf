"""Abbreviations with several readings, read by what the same cell names beside them, and branches read by the
body listed before them. "ЦБ" is a centralised accounts office in one plan, a central bank in another, and a
library system's central library in its own plan: beside a library or bare branches ("ЦБ, ЦДБ", "ЦБ, сельские
филиалы"; not "филиалы банков") it is the library (executor_cues.yaml, sibling_abbreviations); alone it stays
unknown. Branches
("сельские филиалы") listed after a body are that body's, and of its kind (a library's are libraries, external,
O59); nothing but the body before them says what they are. So do bare organisations listed after enterprises
("Предприятия, организации": the businesses and bodies of a territory, external like the enterprises)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from normalizers.executors.field_initials import join_field_initials
from normalizers.executors.morphology import to_nominative
from normalizers.executors.pieces import EXTRA, RULE, UNKNOWN, Piece
from normalizers.executors.text import Item, items, tidy
from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def _readings() -> dict[str, tuple[str, str, frozenset[str]]]:
    table = more_cues().get("sibling_abbreviations") or {}
    return {str(key): (value["name"], value["kind"], frozenset(map(str, value["siblings"])))
            for key, value in table.items()}


@lru_cache(maxsize=1)
def _branch_heads() -> frozenset[str]:
    return frozenset(map(str, more_cues().get("branch_heads") or ()))


@lru_cache(maxsize=1)
def _companions() -> dict[str, frozenset[str]]:
    table = more_cues().get("companion_groups") or {}
    return {str(key): frozenset(map(str, value)) for key, value in table.items()}


def _companion(words: list[Item], before: list[Item]) -> bool:
    """A bare plural group head ("организации") after a bare group the vocabulary pairs it with ("предприятия")."""
    return len(words) == 1 == len(before) and not before[0].is_abbreviation and before[0].lower != before[0].key \
        and words[0].key in _companions().get(before[0].key, ()) and words[0].lower != words[0].key


def _is_branches(words: list[Item]) -> bool:
    """Adjectives, then the plural head of branches and nothing after it: "сельские филиалы", "филиалы"."""
    return bool(words) and words[-1].key in _branch_heads() and words[-1].lower != words[-1].key \
        and not any(word.is_abbreviation or word.is_number for word in words)


def read_siblings(pieces: list[Piece], cell: str, words: list[Item]) -> list[Piece]:
    """The pieces with an unknown abbreviation read by its siblings and branches given the kind of the body
    before them."""
    pieces = join_field_initials(pieces, cell) if len(pieces) > 1 else pieces  # "комитет ЖКХ, ТиС": one body
    readings = _readings()
    if not readings and not _branch_heads():
        return pieces
    out: list[Piece] = []
    branches = None  # whether the cell lists bare branches ("сельские филиалы"), read when a reading asks
    for piece in pieces:
        reading = readings.get(piece.name.lower()) if piece.status == UNKNOWN else None
        if reading is not None and branches is None:
            branches = any(other.status in (UNKNOWN, EXTRA) and _is_branches(items(cell[other.start:other.end]))
                           for other in pieces)
        if reading is not None and (branches or any(word.key in reading[2] or word.lower in reading[2]
                                                    for word in words)):
            piece = replace(piece, name=reading[0], abbreviation=piece.name, kind=reading[1], status=RULE)
        elif piece.status == UNKNOWN and out and _companion(items(cell[piece.start:piece.end]),
                                                           items(cell[out[-1].start:out[-1].end])):
            piece = replace(piece, kind=out[-1].kind, status=RULE)  # "Предприятия, организации": bodies of all kinds
        elif piece.status in (UNKNOWN, EXTRA) and out and out[-1].kind != "role" and out[-1].status != EXTRA \
                and _is_branches(items(cell[piece.start:piece.end])):
            piece = replace(piece, name=to_nominative(tidy(cell[piece.start:piece.end])), kind=out[-1].kind,
                            status=RULE)
        out.append(piece)
    return out
