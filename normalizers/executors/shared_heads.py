"""One plural head noun shared by modifiers listed with commas names one body per modifier: "Администрации
Северного, Южного районов города N" is the administration of each district ("администрация Северного района
города N", "администрация Южного района города N"). The comma split leaves "Администрации Северного" and
"Южного районов города N"; this reading puts them back together, one executor per adjective."""

from __future__ import annotations

from normalizers.executors.classification import bare, classify
from normalizers.executors.morphology import inflect_phrase, parses
from normalizers.executors.pieces import RULE, UNKNOWN, Piece
from normalizers.executors.text import Item, items, tidy
from normalizers.executors.vocabulary import cues


def _can_be(word: Item, pos: tuple[str, ...], case: str, number: str | None = None) -> bool:
    return any(p.tag.POS in pos and p.tag.case == case and (number is None or p.tag.number == number)
               for p in parses(word.lower))


def _genitive_adjective(word: Item) -> bool:
    """A capitalised adjective in the genitive ("Северного"): the name of a territory."""
    return word.capitalised and not word.is_abbreviation and _can_be(word, ("ADJF",), "gent") \
        and not _can_be(word, ("ADJF",), "nomn")


def _plural_head(word: Item) -> bool:
    return not word.is_abbreviation and bare(word) in cues().name_heads and _can_be(word, ("NOUN",), "nomn", "plur")


def _listed(pieces: list[Piece], at: int, cell: str) -> tuple[int, list[Item]] | None:
    """(index after the last piece of the list, words of that last piece) when pieces[at + 1:] go on the list."""
    k = at + 1
    while k < len(pieces) and pieces[k].status == UNKNOWN:
        words = items(cell[pieces[k].start:pieces[k].end])
        if not words or not _genitive_adjective(words[0]):
            return None
        if len(words) == 1:
            k += 1
            continue
        if words[1].is_abbreviation or words[1].capitalised or not _can_be(words[1], ("NOUN",), "gent", "plur"):
            return None
        return k + 1, words
    return None


def distribute_shared_heads(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each listed modifier given the shared head and the noun after the last one."""
    out: list[Piece] = []
    at = 0
    while at < len(pieces):
        piece = pieces[at]
        listed_after = piece.status != UNKNOWN and at + 1 < len(pieces) and pieces[at + 1].status == UNKNOWN
        words = items(cell[piece.start:piece.end]) if listed_after else []  # most pieces: no list follows
        found = _listed(pieces, at, cell) if len(words) == 2 and _plural_head(words[0]) \
            and _genitive_adjective(words[1]) else None
        if found is None:
            out.append(piece)
            at += 1
            continue
        stop, last = found
        head = inflect_phrase(words[0].lower, "nomn", "sing")
        noun = inflect_phrase(last[1].lower, "gent", "sing")
        tail = cell[pieces[stop - 1].start + last[1].end:pieces[stop - 1].end]  # " города N"
        for part in pieces[at:stop]:
            adjective = items(cell[part.start:part.end])[-1 if part is piece else 0].text
            name = tidy(f"{head} {adjective} {noun}{tail}")
            kind = classify(items(name))
            out.append(Piece(name, None, kind[0] if kind else piece.kind, part.start, part.end, RULE))
        at = stop
    return out
