"""What may follow a known name inside one executor (issue 11, readings any plan needs):
- a place written as an adjective before its kind of territory ("Управление образования Ивановского района"):
  the plan's own municipality, a qualifier of the name, not an executor of its own;
- "и др.", "и другие" closing a list ("Отдел образования, ОО и др."): no second name after "и";
- lower-case genitive words that depend on a known abbreviation ("ОМСУ муниципальных образований"): the
  whole is the known body, of its kind, not an unknown name.
The words are vocabulary (executor_cues.yaml: qualifier_words, list_closers)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import can_be
from normalizers.executors.pieces import RULE, UNKNOWN, Piece
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues, more_cues


@lru_cache(maxsize=1)
def _list_closers() -> frozenset[str]:
    return frozenset(str(w) for w in more_cues().get("list_closers") or ())


def opens_a_place(words: list[Item], k: int) -> bool:
    """"Ивановского района": a capitalised adjective in the genitive, then a kind of territory."""
    if k + 1 >= len(words):
        return False
    word, after = words[k], words[k + 1]
    return word.capitalised and not word.is_abbreviation and after.lower in cues().qualifier_words \
        and not after.capitalised and can_be(word.lower, "ADJF", "gent")


def closes_a_list(words: list[Item], k: int) -> bool:
    """"и др.", "и другие", "и т.д." after the last name of a list."""
    return k + 1 < len(words) and words[k].lower == "и" and words[k + 1].key in _list_closers()


def with_known_head(pieces: list[Piece], name: str, kind: str, tail: str) -> list[Piece]:
    """The gap read after a known name with dependent words: when it came out one unknown name, it is the known
    body with those words ("органы местного самоуправления муниципальных образований")."""
    if len(pieces) != 1 or pieces[0].status != UNKNOWN or kind not in cues().body_and_group_kinds:
        return pieces
    piece = pieces[0]
    return [Piece(f"{name} {tail}", None, kind, piece.start, piece.end, RULE)]
