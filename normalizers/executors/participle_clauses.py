"""A participle clause after a comma that agrees with the role before it or with the group the role is over
("руководители организаций, реализующих программы …", "учителя школ, участвующих в проекте", "педагоги,
прошедшие обучение"): it says which people, it names no executor of its own. The role keeps the clause as written
(the earlier sets' "учителя-предметники ОО, подготовившие призёров"); read apart, its words made a group of schools
or extra text."""

from __future__ import annotations

from normalizers.executors.classification import position_of
from normalizers.executors.morphology import can_be, parses
from normalizers.executors.pieces import Piece, with_words
from normalizers.executors.text import items


def join_participle_clauses(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with a role's participle clause (see the module) folded into the role, as written."""
    out: list[Piece] = []
    for piece in pieces:
        left = out[-1] if out else None
        if left is not None and left.kind == "role" and cell[left.end:piece.start].strip() == "," \
                and _describes(cell[left.start:left.end], cell[piece.start:piece.end]):
            out[-1] = with_words(Piece(f"{left.name},", None, left.kind, left.start, left.end, left.status), piece,
                                 " ".join(cell[piece.start:piece.end].split()))
        else:
            out.append(piece)
    return out


def _describes(role: str, clause: str) -> bool:
    """Whether the clause opens with a participle (no adjective) agreeing in case and number with the role's first
    or last word, and goes on after it."""
    clause_words, role_words = clause.replace(",", " ").split(), role.split()
    if len(clause_words) < 2 or not role_words or not _participle(clause_words[0]):
        return False
    forms = {(p.tag.case, p.tag.number) for p in parses(clause_words[0])}
    last = role_words[-1].strip("«»\"")
    if last.isupper() and ("gent", "plur") in forms:
        return True  # "руководители ОО, реализующих …": the group's letters in the genitive
    return any((p.tag.case, p.tag.number) in forms for word in {role_words[0].lower(), last.lower()}
               for p in parses(word) if p.tag.POS == "NOUN")


def holds_a_participle_clause(text: str) -> bool:
    """Whether a comma in `text` opens a participle clause (no list after it to distribute): "руководители
    организаций, реализующих программы …"."""
    head, _, rest = text.partition(",")
    if not rest or " и " in head:
        return False  # "руководители учреждений и организаций, находящихся …": the list before the clause shares it
    words = rest.replace(",", " ").split()
    return bool(words) and _participle(words[0])


def _participle(word: str) -> bool:
    """A lower-case word every reading of which is a participle, and no post ("заведующие" is one)."""
    if not word.islower() or not can_be(word, "PRTF"):  # in C and a cached look-up first: most words are none
        return False
    readings = parses(word)
    return all(p.tag.POS == "PRTF" for p in readings) and all(position_of(item) is None for item in items(word))
