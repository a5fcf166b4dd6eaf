"""A body "с" the bodies it works with: "Администрация поселения с участковыми избирательными комиссиями" names
two executors, as "совместно с" does (sample R14, O31). A bare "с" is inside most names ("Отдел по работе с
молодежью", "Комиссия по делам несовершеннолетних"), so it separates only when the words before it end a name
(a word that can be nominative or genitive, not "работе", nor a noun of joint action that takes "с" itself:
"Отдел ... взаимодействия с общественными организациями") and the words after it are a body or group in the
instrumental ("участковыми избирательными комиссиями", "руководителями учреждений")."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.classification import bare, classify, position_of
from normalizers.executors.complement_conjuncts import takes_partners
from normalizers.executors.morphology import inflect_group, parses
from normalizers.executors.pieces import RULE, UNKNOWN, Piece
from normalizers.executors.roles_over_groups import roles_over_groups
from normalizers.executors.text import Item, items, tidy
from normalizers.executors.vocabulary import cues

_WITH = frozenset({"с", "со"})
_MOST_MODIFIERS = 3  # "с участковыми избирательными комиссиями": adjectives before the instrumental head


@lru_cache(maxsize=4096)
def _ends_a_name(lower: str) -> bool:
    """A word a name may end with before "с": nominative or genitive, and no noun of joint action whose own
    complement the "с" opens."""
    return not takes_partners(lower) and any(p.tag.case in ("nomn", "gent") for p in parses(lower))


@lru_cache(maxsize=4096)
def _instrumental(lower: str, noun: bool) -> bool:
    wanted = ("NOUN",) if noun else ("ADJF", "PRTF")
    return any(p.tag.POS in wanted and p.tag.case == "ablt" for p in parses(lower))


def _partner_head(words: list[Item]) -> int | None:
    """The index of the instrumental head noun of a body or group after "с" (adjectives before it), or None."""
    for k, word in enumerate(words[:_MOST_MODIFIERS + 1]):
        if word.is_abbreviation or word.is_number:
            return None
        if _instrumental(word.lower, True) and (bare(word) in cues().name_heads or position_of(word) is not None):
            return k
        if not _instrumental(word.lower, False):
            return None
    return None


def _nominative(words: list[Item], head: int, tail: str) -> str:
    """The instrumental phrase in the nominative, its number kept: the head is known here, where the phrase
    inflector would take "избирательными" for the head of "участковыми избирательными комиссиями"."""
    noun = next(p for p in parses(words[head].lower) if p.tag.POS == "NOUN" and p.tag.case == "ablt")
    group = inflect_group([w.text for w in words[:head + 1]], head, noun, "nomn", noun.tag.number or "sing")
    return tidy(" ".join([*group, tail]))


def _split_at(text: str, words: list[Item]) -> int | None:
    for k in range(1, len(words) - 1):
        if words[k].lower in _WITH and not words[k - 1].is_number and _ends_a_name(words[k - 1].lower) \
                and _partner_head(words[k + 1:]) is not None:
            return k
    return None


def _partner_in_nominative(piece: Piece, cell: str) -> Piece:
    """A piece the cell already cut after "с" ("Органы местного самоуправления с избирательными комиссиями":
    the known body before it ends where "с" begins) still names its partners in the instrumental: the name in
    the nominative. A role's name is the reader's, its group's letters spelt out ("руководителями образовательных
    учреждений"): only its head changes case; another name is put in the nominative as written."""
    before = cell[max(0, piece.start - 4):piece.start]
    if not (before.endswith((" с ", " со ")) and piece.name[:1].islower()):
        return piece
    # as written: the name of a body may have been put in the nominative already, badly
    text = piece.name if piece.kind == "role" else cell[piece.start:piece.end]
    words = items(text)
    head = _partner_head(words)
    if head is None:
        return piece
    tail = text[words[head].end:] if head + 1 < len(words) else ""
    return Piece(_nominative(words, head, tail), piece.abbreviation, piece.kind, piece.start, piece.end, piece.status)


def split_partners(pieces: list[Piece], cell: str, glossary) -> list[Piece]:
    """Each piece that names a body "с" its partners, as the body and the partners in the nominative; a post split
    off so takes the group's letters after it ("с руководителями ОУ"), as a role read whole does. The caller asks
    whether the cell holds " с " or " со " first: nearly every cell has neither."""
    out: list[Piece] = []
    for piece in pieces:
        text = cell[piece.start:piece.end]
        words = items(text) if piece.kind != "role" and (" с " in text or " со " in text) else []
        at = _split_at(text, words) if words else None
        if at is None:
            out.append(_partner_in_nominative(piece, cell) if out else piece)
            continue
        partner = words[at + 1:]
        head = _partner_head(partner)
        tail = text[partner[head].end:] if head + 1 < len(partner) else ""
        left, right = tidy(text[:words[at].start]), _nominative(partner, head, tail)
        for name, start, end in ((left, piece.start, piece.start + words[at - 1].end),
                                 (right, piece.start + words[at + 1].start, piece.end)):
            kind = classify(items(name))
            out.append(Piece(name, None, kind[0] if kind else "other", start, end, RULE if kind else UNKNOWN))
    return roles_over_groups(out, cell, glossary) if len(out) > len(pieces) else out
