"""Adjectives listed before one shared noun phrase: "Территориальная и участковые избирательные комиссии",
"территориальная, участковые избирательные комиссии" name the territorial commission and the precinct
commissions. The split leaves the first adjective alone, a word that names nobody; this reading gives it the
words the last adjective goes on with, in its own number ("территориальная избирательная комиссия"). Such
adjectives run together after a name with no comma open bodies of their own (_run_together)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.classification import classify
from normalizers.executors.lowercase_heads import ends_a_name
from normalizers.executors.morphology import inflect_phrase, parses
from normalizers.executors.pieces import EXTRA, RULE, UNKNOWN, Piece
from normalizers.executors.text import Item, items, tidy


@lru_cache(maxsize=4096)
def _nominative_adjective(lower: str) -> str | None:
    """The number of a word read first as a nominative adjective ("территориальная" -> "sing"), else None."""
    found = parses(lower)
    if not found or found[0].tag.POS != "ADJF":
        return None
    return next((p.tag.number for p in found if p.tag.POS == "ADJF" and p.tag.case == "nomn"), None)


def _lone_adjective(words: list[Item]) -> str | None:
    if len(words) != 1 or words[0].is_abbreviation or not words[0].lower.isalpha():
        return None
    return _nominative_adjective(words[0].lower)


def share_the_noun(pieces: list[Piece], cell: str) -> list[Piece]:
    """Each lone adjective right before another executor whose name opens with an adjective, as that name with
    the lone adjective in place of its own; read from the end, so a list of three shares the noun too."""
    out = list(pieces)
    for at in range(len(pieces) - 2, -1, -1):
        piece = pieces[at]
        if piece.status not in (UNKNOWN, EXTRA) or " " in cell[piece.start:piece.end].strip():
            continue  # a lone adjective is one word
        number = _lone_adjective(items(cell[piece.start:piece.end]))
        after = out[at + 1]
        words = after.name.split(" ") if number is not None else ()
        between = cell[piece.end:after.start].strip(" ,")
        if len(words) < 2 or after.status in (UNKNOWN, EXTRA) or between not in ("", "и") \
                or _nominative_adjective(words[0].lower()) is None:
            continue
        name = tidy(f"{cell[piece.start:piece.end].strip()} {inflect_phrase(' '.join(words[1:]), 'nomn', number)}")
        name = name[:1].lower() + name[1:] if after.name[:1].islower() else name
        kind = classify(items(name))
        out[at] = Piece(name, None, kind[0] if kind else after.kind, piece.start, piece.end, RULE)
    return out


def split_shared_nouns(pieces: list[Piece], cell: str) -> list[Piece]:
    """An unknown name opened by two adjectives joined by "и" ("Теплоснабжающие и теплосетевые организации",
    "Районные и сельские библиотеки") names the bodies of each adjective, when the second adjective with the words
    after it names a body of a known kind: one executor per adjective, as share_the_noun() reads them split. A known
    name split so as well when a singular adjective stands before a plural one ("Городской и районные советы
    ветеранов"): the singular one cannot go with the plural noun, so it names a body of its own (O76, F22)."""
    if " и " not in cell:
        return pieces
    out: list[Piece] = []
    for piece in pieces:
        text = cell[piece.start:piece.end]
        split = (_split_at_and(piece, text) or _run_together(piece, text)) if piece.status in (UNKNOWN, EXTRA) \
            else _split_at_and(piece, text) if _singular_then_plural(text) else None
        out.extend(split or (piece,))
    return out


def _singular_then_plural(text: str) -> bool:
    words = items(text)
    return len(words) >= 4 and words[1].lower == "и" and not words[0].is_abbreviation \
        and _nominative_adjective(words[0].lower) == "sing" and _nominative_adjective(words[2].lower) == "plur"


def _run_together(piece: Piece, text: str) -> tuple[Piece, ...] | None:
    """"служба ЖКХ производственные и ведомственные ветслужбы": a name, then with only a space the adjectives
    joined by "и" of the next bodies, after its initials or a genitive noun (lowercase_heads.py for one adjective):
    the name, then a body per adjective."""
    words = items(text)
    at = next((k for k in range(1, len(words) - 3) if words[k + 1].lower == "и" and not words[k].capitalised
               and _nominative_adjective(words[k].lower) is not None and ends_a_name(words[k - 1])), None)
    if at is None:
        return None
    start = piece.start + words[at].start
    right = _split_at_and(Piece(text[words[at].start:], None, piece.kind, start, piece.end, UNKNOWN),
                          text[words[at].start:])
    left_text = text[:words[at - 1].end]
    left = classify(items(left_text))
    if right is None or left is None:
        return None
    return (Piece(tidy(left_text), None, left[0], piece.start, piece.start + words[at - 1].end,
                  RULE if left[1] else UNKNOWN), *right)


def _split_at_and(piece: Piece, text: str) -> tuple[Piece, Piece] | None:
    words = items(text)
    if len(words) < 4 or words[1].lower != "и" or words[2].is_abbreviation or "," in text[:words[2].start]:
        return None
    number = _lone_adjective(words[:1])
    if number is None or _nominative_adjective(words[2].lower) is None:
        return None
    rest = text[words[3].start:]
    right = tidy(f"{words[2].text} {rest}")
    kind = classify(items(right))
    if kind is None or not kind[1]:
        return None
    left = tidy(f"{words[0].text} {inflect_phrase(rest, 'nomn', number)}")
    left_kind = classify(items(left))
    return (Piece(left, None, left_kind[0] if left_kind else kind[0], piece.start, piece.start + words[0].end, RULE),
            Piece(right, None, kind[0], piece.start + words[2].start, piece.end, RULE))
