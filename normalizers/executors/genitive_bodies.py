"""A position followed by its body in the genitive is one role, even when the body's name opens with a capital:
"руководитель Энского лесничества", "начальник Главного управления …". A capitalised adjective that cannot be
nominative, agreeing with a noun that can be genitive, continues the role; a new executor is written in the
nominative ("директор школы, Районная больница")."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.classification import bare, position_of
from normalizers.executors.morphology import can_be, genitive_only, parses
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues, more_cues

_INITIALS_RE = re.compile(r"^[А-ЯЁA-Z]\.?[А-ЯЁA-Z]\.?$")


def continues_in_genitive(words: list[Item], k: int) -> bool:
    """Whether words[k], capitalised after a position, belongs to its role: a body noun in the genitive
    ("специалисты Министерства", "членов Совета профилактики") or a body opened by genitive adjectives."""
    return _genitive_body(words[k]) or opens_genitive_body(words, k)


def nominative_noun(words: list[Item], k: int) -> bool:
    """Whether words[k] reads as a noun in the nominative that opens a new name: a body's noun that is nominative
    only in the plural ("Управления", "Министерства") is, after a post, the body the post governs, as it is in
    lower case."""
    return can_be(words[k].lower, "NOUN", "nomn") and not continues_in_genitive(words, k)


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
    return _adjective_in(word, "gent")


def _adjective_in(word: Item, case: str) -> bool:
    """An adjective (or participle) with a reading in `case` and no nominative one."""
    variants = [p for p in parses(word.lower) if p.tag.POS in ("ADJF", "PRTF")]
    return bool(variants) and any(p.tag.case == case for p in variants) \
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


def case_of_the_modifiers(words: list[Item], j: int, k: int, governs: str) -> str | None:
    """The case of words[j:k] when they stand between a position and a body a glossary knows and are lower-case
    adjectives of that body ("руководители подведомственных ОО", "… муниципальных бюджетных общеобразовательных
    учреждений"): they describe the body, so the role composes with it in that case and keeps them as written.
    They are in the genitive or in the case the position governs: a position that governs another case is
    written with the genitive as often as with its own ("заведующие подведомственных ДОУ", "заведующие
    подведомственными ДОУ"). None when they are not such modifiers."""
    if k <= j or any(w.is_abbreviation or w.capitalised or w.is_number for w in words[j:k]):
        return None
    for case in ("gent",) if governs == "gent" else ("gent", governs):
        if all(_adjective_in(w, case) for w in words[j:k]):
            return case
    return None


def plural_only(words: list[Item], case: str) -> bool:
    """Whether adjectives read in `case` can only be plural ("подведомственных", not "подведомственного"): the
    body they describe is a group, whatever number the position is written in ("Зав. подведомственных ДОУ")."""
    return all(
        all(p.tag.number == "plur" for p in parses(w.lower) if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == case)
        for w in words)


def territory_own_name(words: list[Item], k: int) -> bool:
    """Whether words[k], capitalised right after a territory noun ("Глава сельского поселения Салым"), is that
    territory's own name: no body noun, no position and no surname with initials after it ("Глава района Иванов
    И.И." names the holder)."""
    if k < 1 or bare(words[k - 1]) not in _territory_nouns() or words[k].is_abbreviation \
            or bare(words[k]) in cues().name_heads or position_of(words[k]) is not None:
        return False
    after = words[k + 1].text if k + 1 < len(words) else ""
    return not (len(after) == 1 and after.isupper()) and not _INITIALS_RE.match(after)


def after_a_contracted_territory(words: list[Item], k: int, between) -> bool:
    """Whether words[k], capitalised after a territory noun cut short with its dot ("… администрации г. Энска",
    "… г.о. Энск", `contracted_territories`), is that territory's own name, as territory_own_name reads it spelt
    out (a holder's initials may follow: the dotted noun names a place, never a person). `between(a, b)` is the
    text between words a and b."""
    for letters in _contracted_territories():
        start = k - len(letters)
        if start >= 0 and all(words[start + m].lower == letter and between(start + m, start + m + 1).strip() == "."
                              for m, letter in enumerate(letters)):
            return not words[k].is_abbreviation  # no surname: "г." names a town
    return False


@lru_cache(maxsize=1)
def _contracted_territories() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(letters).split(".")) for letters in more_cues().get("contracted_territories") or ())


@lru_cache(maxsize=1)
def _territory_nouns() -> frozenset[str]:
    """Territories and settlements ("района", "деревни", "пгт"): what a place's own name may follow."""
    cues_ = more_cues()
    words = [*(cues_.get("territory_nouns") or ()), *(cues_.get("settlement_nouns") or ()),
             *(cues_.get("undotted_territories") or ())]
    return frozenset(str(word) for word in words) | frozenset(str(word).replace("ё", "е") for word in words)



def written_in_genitive(body: list[Item]) -> bool:
    """Whether a known body's words show the genitive: its first noun that is no abbreviation reads as a genitive
    and not as a nominative of that number ("методического кабинета", "ППМС-центра"); letters alone ("ЦППМСП")
    show no case."""
    head = next((w for w in body if not w.is_abbreviation and can_be(w.lower, "NOUN")), None)
    return head is not None and genitive_only(head.lower)
