"""A position followed by its body in the genitive is one role, even when the body's name opens with a capital:
"руководитель Энского лесничества", "начальник Главного управления …". A capitalised adjective that cannot be
nominative, agreeing with a noun that can be genitive, continues the role; a new executor is written in the
nominative ("директор школы, Районная больница")."""

from __future__ import annotations

from normalizers.executors.classification import bare
from normalizers.executors.morphology import parses
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues


def continues_in_genitive(words: list[Item], k: int) -> bool:
    """Whether words[k], capitalised after a position, belongs to its role: a body noun in the genitive
    ("специалисты Министерства", "членов Совета профилактики") or a body opened by genitive adjectives."""
    return _genitive_body(words[k]) or opens_genitive_body(words, k)


def _genitive_body(word: Item) -> bool:
    """A capitalised body noun that can be genitive but not a nominative singular ("Министерства", "членов Совета
    профилактики")."""
    if bare(word) not in cues().name_heads:
        return False
    variants = [p for p in parses(word.lower) if p.tag.POS == "NOUN"]
    return any(p.tag.case == "gent" for p in variants) and not any(
        p.tag.case == "nomn" and p.tag.number == "sing" for p in variants)


def _genitive_adjective(word: Item) -> bool:
    """An adjective (or participle) with a genitive reading and no nominative one: "Энского", "Главного"."""
    variants = [p for p in parses(word.lower) if p.tag.POS in ("ADJF", "PRTF")]
    return bool(variants) and any(p.tag.case == "gent" for p in variants) \
        and not any(p.tag.case == "nomn" for p in variants)


def _genitive_noun(word: Item) -> bool:
    variants = [p for p in parses(word.lower) if p.tag.POS == "NOUN"]
    return bool(variants) and any(p.tag.case == "gent" for p in variants) \
        and not any(p.tag.case == "nomn" for p in variants)


def opens_genitive_body(words: list[Item], k: int) -> bool:
    """Whether words[k], capitalised, opens a body in the genitive: genitive adjectives, then a noun that can be
    genitive (the noun may be written in lower case)."""
    if _genitive_noun(words[k]):
        return True  # "… МВД России": a name of a place or body that has no nominative reading
    j = k
    while j < len(words) and not words[j].is_abbreviation and _genitive_adjective(words[j]):
        j += 1
    if j == k or j >= len(words) or words[j].is_abbreviation:
        return False
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(words[j].lower))


def modifiers_of_the_body(words: list[Item], j: int, k: int, governs: str) -> bool:
    """Whether words[j:k], between a position that governs the genitive and a body a glossary knows, are
    lower-case adjectives of that body in the genitive ("руководители подведомственных ОО", "… муниципальных
    бюджетных общеобразовательных учреждений"): they describe the body, so the role composes with it and
    keeps them as written."""
    return governs == "gent" and k > j and all(
        not w.is_abbreviation and not w.capitalised and not w.is_number and _genitive_adjective(w) for w in words[j:k])
