"""Words a cell opens with that name the column, not an executor: "Ответственные: Иванова А.А.",
"Отв.: Леденева В.В.", "Исполнители: …". The label and its colon are dropped before the cell is split; a
name the label holds (a position such as "Кл. руководители:") is kept, since it is no header word. A label word
cut short and followed by a lower-case preposition is the post itself ("Отв. за УВР": ответственный за УВР).
A surname written alone ("Иванова, Петрова") is a person, kind role (O20), not an unknown body."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from normalizers.executors.morphology import parses
from normalizers.executors.pieces import RULE, UNKNOWN, Piece
from normalizers.executors.text import items
from normalizers.executors.vocabulary import cues, more_cues

# "Отв.: …", "Ответственные – …", "Отв. Петров И.И.": a colon, a spaced dash, or the dot of a cut label word
_LABEL_RE = re.compile(r"^\s*([А-ЯЁа-яё]+)(?:\.?\s*:|\s+[-–—]\s+|\.\s+)\s*(?=\S)")
_WORD_RE = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
_PREPOSITION_RE = re.compile(r"[а-яё]+(?=\s)")
_SURNAME_RE = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?")


_PREFIX = 3  # "отв", "исп": enough letters to tell a label word from the names a cell opens with


@lru_cache(maxsize=1)
def _label_prefixes() -> frozenset[str]:
    return frozenset(str(label)[:_PREFIX] for label in more_cues().get("cell_labels") or ())


def without_label(cell: str) -> str:
    """The cell from the first name on, when it opens with a header word and a colon."""
    if cell.lstrip()[:_PREFIX].lower() not in _label_prefixes():
        return cell  # most cells: no label word opens them
    match = _LABEL_RE.match(cell)
    if match is None:
        return cell
    word = items(match.group(1))
    labels = more_cues().get("cell_labels") or ()
    if not word or not (word[0].key in labels or word[0].lower in labels):
        return cell
    if ":" not in match.group() and _opens_with_a_preposition(cell, match.end()):
        return cell  # "Отв. за УВР", "Ответственные – за питание": the post and what it answers for
    return " " * match.end() + cell[match.end():]  # offsets kept: mentions stay where they were


def _opens_with_a_preposition(cell: str, at: int) -> bool:
    word = _PREPOSITION_RE.match(cell, at)
    return word is not None and word.group() in cues().prepositions


def read_surnames(pieces: list[Piece], cell: str) -> list[Piece]:
    """Unknown pieces whose every word every dictionary reading calls a surname are persons, one a word
    ("Кузнецова Орлова": two people run together, as O20 reads persons without commas)."""
    out: list[Piece] = []
    for piece in pieces:
        words = list(_WORD_RE.finditer(cell, piece.start, piece.end)) if piece.status == UNKNOWN else []
        if not words or not all(_surname(w.group()) for w in words) \
                or cell[piece.start:piece.end].strip(" ,.").split() != [w.group() for w in words]:
            out.append(piece)
            continue
        out.extend(replace(piece, name=w.group(), kind="role", start=w.start(), end=w.end(), status=RULE)
                   for w in words)
    return out


def _surname(name: str) -> bool:
    if _SURNAME_RE.fullmatch(name) is None:
        return False
    nouns = [p for p in parses(name.split("-")[0].lower()) if p.tag.POS == "NOUN"]
    proper = ("Surn", "Name", "Patr", "Geox")  # a surname's other readings are names, places or possessives
    return any("Surn" in p.tag for p in nouns) and all(any(g in p.tag for g in proper) for p in nouns)
