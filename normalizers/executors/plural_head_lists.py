"""A plural head noun over a list of genitive complements names one body per complement: "Отделы культуры и
спорта администрации района" are the culture department and the sport department of the district
administration; "Управления культуры, спорта, молодежной политики" three departments (other regions' rulings
O58, O61: a shared head and a shared qualifier belong to every item). A singular head ("Отдел культуры и
спорта", "Департамент образования и молодёжной политики") is one body and is left alone."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.classification import bare, classify
from normalizers.executors.morphology import inflect_phrase, parses
from normalizers.executors.pieces import KNOWN, RULE, Piece
from normalizers.executors.text import Item, items, tidy
from normalizers.executors.vocabulary import cues

_MOST_COMPLEMENT_WORDS = 3  # "молодежной политики", "физической культуры и спорта" is two complements


@lru_cache(maxsize=2048)
def _plural_head(lower: str) -> bool:
    """An authority's head noun read as a nominative plural ("отделы", "управления", "комитеты")."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur" and p.normal_form
               in cues().authority_heads for p in parses(lower))


@lru_cache(maxsize=8192)
def opens_with_a_plural_head(name: str) -> bool:
    """The name's first word is a plural authority head: kept per name, as names repeat over a corpus."""
    return " " in name and _plural_head(name.split(" ", 1)[0].lower())


@lru_cache(maxsize=4096)
def _in_case(lower: str, noun: bool, case: str) -> bool:
    """A noun (`noun`) in the singular, or any word, in `case`. A complement in the plural names many things
    one group of bodies serves ("администрации муниципальных районов и городских округов": every district's
    administration), not one field per body."""
    if noun:
        return any(p.tag.POS == "NOUN" and p.tag.case == case and p.tag.number == "sing" for p in parses(lower))
    return any(p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case == case for p in parses(lower))


def _complement(words: list[Item], case: str) -> bool:
    """Lower-case words ending in a noun, the first in `case` ("молодежной политики", "социальной защиты
    населения"; after "по": "культуре", "спорту"), the others in the genitive or agreeing with the first."""
    if not words or len(words) > _MOST_COMPLEMENT_WORDS:
        return False
    if any(w.is_abbreviation or w.is_number or w.capitalised or not w.lower.isalpha() for w in words):
        return False
    return _in_case(words[-1].lower, True, case) or (
        _in_case(words[-1].lower, True, "gent") and any(_in_case(w.lower, True, case) for w in words[:-1])) \
        if _in_case(words[0].lower, False, case) else False


def _parts(text: str, words: list[Item]) -> tuple[list[list[Item]], int, str] | None:
    """The complements after the head, the index where the shared qualifier begins ("администрации") and the
    preposition they share ("по": "Комитеты по культуре и спорту"), if any."""
    qualifiers = cues().qualifier_starts
    preposition = "по" if len(words) > 1 and words[1].lower == "по" else ""
    parts: list[list[Item]] = [[]]
    k = 2 if preposition else 1
    while k < len(words) and words[k].lower not in qualifiers:
        word = words[k]
        between = text[words[k - 1].end:word.start]
        if word.lower == "и" and parts[-1]:
            parts.append([])
        elif "," in between and parts[-1]:
            parts.append([word])
        elif between.strip():
            return None  # a quote, a bracket, a dash: not a plain list
        else:
            parts[-1].append(word)
        k += 1
    case = "datv" if preposition else "gent"
    if len(parts) < 2 or not all(_complement(part, case) for part in parts):
        return None
    return parts, k, preposition


def distribute_plural_heads(pieces: list[Piece], cell: str) -> list[Piece]:
    """Each piece opened by a plural authority head over listed complements, as one piece per complement. The
    caller asks opens_with_a_plural_head() of the names first: nearly every cell has none."""
    out: list[Piece] = []
    for piece in pieces:
        if piece.kind != "authority" or piece.status == KNOWN or not opens_with_a_plural_head(piece.name):
            # nearly every piece: one cached look-up of its first word; a glossary's name ("органы опеки и
            # попечительства") is one body as the glossary knows it
            out.append(piece)
            continue
        text = cell[piece.start:piece.end]
        words = items(text)
        found = _parts(text, words) if words and not words[0].is_abbreviation and _plural_head(words[0].lower) \
            and bare(words[0]) in cues().authority_heads else None
        if found is None:
            out.append(piece)
            continue
        parts, tail_at, preposition = found
        head = tidy(f"{inflect_phrase(words[0].text, 'nomn', 'sing')} {preposition}")
        tail = text[words[tail_at].start:words[-1].end] if tail_at < len(words) else ""
        for n, part in enumerate(parts):
            name = tidy(f"{head} {text[part[0].start:part[-1].end]} {tail}")
            kind = classify(items(name))
            start = piece.start if n == 0 else piece.start + part[0].start
            end = piece.start + (part[-1].end if n < len(parts) - 1 else words[-1].end)
            out.append(Piece(name, None, kind[0] if kind else piece.kind, start, end, RULE))
    return out
