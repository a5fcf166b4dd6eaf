"""A role's list of directions: "заместители директоров по УВР, ВР" names the deputies for УВР and the
deputies for ВР. An abbreviation that no glossary knows, standing alone right after a role that ends in
"по <abbreviation>", takes that role's position (brief item 5: role lists are read, not dropped as unknown)."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.classification import position_of
from normalizers.executors.morphology import parses
from normalizers.executors.pieces import RULE, UNKNOWN, Piece, joined
from normalizers.executors.text import items
from normalizers.executors.vocabulary import more_cues

_DIRECTION_ROLE_RE = re.compile(r"^(?P<position>.+\sпо\s)[А-ЯЁ]{1,6}$")
_BARE_ABBREVIATION_RE = re.compile(r"^[А-ЯЁ]{1,6}$")


def distribute_directions(pieces: list[Piece]) -> list[Piece]:
    """The pieces with each bare direction after "… по X" read as the same position for that direction, and each
    school subject written as its abbreviation after a teacher's subjects joined to that list ("учителя физической
    культуры, ОБЖ" is one role, as "учителя истории, обществознания" is)."""
    out: list[Piece] = []
    for piece in pieces:
        previous = out[-1] if out else None
        if previous is not None and piece.status == UNKNOWN and _BARE_ABBREVIATION_RE.match(piece.name) \
                and previous.kind == "role":
            if _teaches_subjects(previous.name) and piece.name.lower() in _subject_abbreviations():
                out[-1] = joined(previous, piece, ", ")
                continue
            match = _DIRECTION_ROLE_RE.match(previous.name)
            if match is not None:
                piece = Piece(match.group("position") + piece.name, None, "role", piece.start, piece.end, RULE)
        out.append(piece)
    return out


@lru_cache(maxsize=1)
def _subject_abbreviations() -> frozenset[str]:
    return frozenset(str(word).lower() for word in more_cues().get("subject_abbreviations") or ())


def _teaches_subjects(name: str) -> bool:
    """A teaching position followed by its subjects: "учителя физической культуры", "преподаватель истории"."""
    words = name.split()
    return len(words) > 1 and bool(items(words[0])) \
        and items(words[0])[0].key in (more_cues().get("teaching_positions") or ())


def share_organisation(pieces: list[Piece], cell: str) -> list[Piece]:
    """"руководители и педагоги ОО", "директора и заместители директоров школ": a bare plural position joined by
    "и" to a position with its organisation belongs to that organisation too (one shared genitive, as O30 reads
    "X и Y администрации района")."""
    out = list(pieces)
    for n in range(len(out) - 1):
        left, right = out[n], out[n + 1]
        if left.kind != "role" or right.kind != "role" or cell[left.end:right.start].strip().lower() != "и":
            continue
        words = right.name.split()
        k = 1
        while k < len(words) and position_of_text(words[k]):
            k += 1  # "заместители директоров школ": the organisation comes after the positions
        if " " in left.name or k >= len(words) or not _genitive(words[k]) or not _plural_position(left.name) \
                or (k > 1 and not _same_position(left.name, words[k - 1])):
            continue  # "директора и заместитель начальника УО": the deputy's chief is no director
        organisation = " ".join(words[k:])
        out[n] = Piece(f"{left.name} {organisation}", None, "role", left.start, left.end, left.status)
    return out


def _genitive(word: str) -> bool:
    """The organisation opens with a word in the genitive ("школ", "образовательных"), not a preposition."""
    variants = parses(word.lower())
    return not any(p.tag.POS == "PREP" for p in variants) and any(
        p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in variants)


def _same_position(one: str, other: str) -> bool:
    return bool({p.normal_form for p in parses(one.lower())} & {p.normal_form for p in parses(other.lower())})


def _plural_position(word: str) -> bool:
    return position_of_text(word) and any(p.tag.number == "plur" and p.tag.case == "nomn" for p in parses(word))


def position_of_text(word: str) -> bool:
    found = items(word)
    return bool(found) and position_of(found[0]) is not None
