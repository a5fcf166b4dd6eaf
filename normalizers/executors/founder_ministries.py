""""АУ «Театр драмы» Минкультуры Чувашии", "БУ «Музей» Минкультуры России": an institution whose quoted name
closes and a glued ministry right after it, with no comma, is the institution of that ministry (its founder,
written as a genitive the glued form cannot show), one executor named as written; not the institution and
the ministry as two. Likewise a post over units and a glued ministry after it ("Начальники отделов Минздрава
России"): the heads of the ministry's units, one role named as written, as the ministry spelt out in full
("… отделов Министерства здравоохранения") is already read."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import parses
from normalizers.executors.pieces import Piece, fold_into_left
from normalizers.executors.vocabulary import cues

_CLOSING = ("»", '"', "”")


@lru_cache(maxsize=1024)
def _genitive_noun(word: str) -> bool:
    """A lowercase noun that can be genitive ("отделов", "департамента"): the unit a post is held over."""
    return word.isalpha() and word.islower() and any(p.tag.POS == "NOUN" and p.tag.case == "gent"
                                                     for p in parses(word))


def _post_over_units(head: str) -> bool:
    """A role written as a post and the units it heads, the units last ("Директора департаментов")."""
    words = head.split()
    return len(words) >= 2 and _genitive_noun(words[-1])


def join_founders(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with a ministry that follows a quoted institution or a post over units folded into it. The
    caller asks whether the cell holds "Мин" first."""
    if len(pieces) < 2:
        return pieces
    legal_forms = cues().legal_forms

    def between(left: Piece, right: Piece) -> str | None:
        gap = cell[left.end:right.start]
        head = cell[left.start:left.end]
        if not cell.startswith("Мин", right.start) or not right.name.startswith("Мин"):  # spelt out or as written
            return None
        if left.kind == "role":
            return " " if not gap.strip() and _post_over_units(head) else None
        if gap.strip(" »\"”"):
            return None
        if not (head + gap.rstrip()).endswith(_CLOSING) or head.split(None, 1)[0].lower() not in legal_forms:
            return None
        return " "

    folded = fold_into_left(pieces, between)
    if folded is pieces or len(folded) == len(pieces):
        return pieces
    return [_as_written(piece, cell) if piece not in pieces else piece for piece in folded]


def _as_written(piece: Piece, cell: str) -> Piece:
    """The joined executor named as the cell writes it (the ministry's glued form kept; a post from a small
    letter, as roles are named)."""
    name = " ".join(cell[piece.start:piece.end].split())
    if piece.kind == "role":
        name = name[:1].lower() + name[1:]
    return Piece(name, None, piece.kind, piece.start, piece.end, piece.status)
