"""After a comma, a new head noun in the nominative opens a new executor (issue 11).

"Директора школ, заведующие библиотек", "… администрации, гл. архитектор", "Управление культуры,
централизованные библиотечные системы": the words after the comma open with a position or the head noun of a
body (after short modifiers such as "гл.", "зам." and adjectives agreeing with it), so they are not the
genitive tail of the name before. A list of organisations after one role ("директора школ, библиотек") stays
one role: its words are genitive. A participle that does not agree with the noun after it ("…, осуществляющие
государственное управление") describes the name before, as continues_a_name reads it.
"""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.classification import bare, position_of
from normalizers.executors.first_words import by_first_words
from normalizers.executors.morphology import parses
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues

_MODIFIER_POS = frozenset({"ADJF", "PRTF"})
_LOOK_AHEAD = 4
_COMPLEMENT_CASES = frozenset({"datv", "ablt"})
_RELATIVE_OPENERS = frozenset({"который", "где", "куда", "откуда"})
_RELATIVE_PREPOSITIONS = frozenset({"в", "во", "на", "при", "для", "с", "со", "у", "из", "по", "к"})


@by_first_words(_LOOK_AHEAD)
def opens_an_executor(words: list[Item]) -> bool:
    """Whether the words after a comma open a position or a body of their own."""
    if not words or words[0].is_abbreviation or words[0].is_number:
        return False
    vocab = cues()
    if words[0].lower in vocab.qualifier_starts:
        return False  # "…, администрации МО ГО": the municipality the name before belongs to
    modifiers: list[str] = []
    for word in words[:_LOOK_AHEAD]:
        if word.is_number:
            return False
        if position_of(word) is not None:
            return word.is_abbreviation or _agreeing_nominative(modifiers, word.lower)
        if word.lower in vocab.role_modifiers:
            continue  # "гл. архитектор", "зам. начальника"
        if word.is_abbreviation:
            return False
        if bare(word) in _comma_heads():
            return _agreeing_nominative(modifiers, word.lower)
        if not any(p.tag.POS in _MODIFIER_POS and p.tag.case == "nomn" for p in parses(word.lower)):
            return False
        modifiers.append(word.lower)
    return False


def describes_the_name_before(words: list[Item]) -> bool:
    """"Учреждения, подведомственные комитету по культуре", "руководитель ШМО, назначенный приказом директора":
    an adjective or participle after a comma whose next word is a noun it cannot agree with (a dative, an
    instrumental) opens a clause about the name before, not a name."""
    if len(words) < 2 or words[0].is_abbreviation or words[0].capitalised or words[1].is_abbreviation:
        return False
    if words[0].key in _RELATIVE_OPENERS or (words[0].key in _RELATIVE_PREPOSITIONS and (
            words[1].key == "который" or len(words) > 2 and words[2].key == "который")):
        # "руководители учреждений, где проводятся выборы", "…, в которых …", "…, на базе которых …": a relative
        # clause (O22)
        return True
    first, second = words[0].lower, words[1].lower
    if not any(p.tag.POS in _MODIFIER_POS and p.tag.case == "nomn" for p in parses(first)):
        return False
    nouns = [p for p in parses(second) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.case in _COMPLEMENT_CASES for p in nouns)


@lru_cache(maxsize=1)
def _comma_heads() -> frozenset[str]:
    vocab = cues()
    return vocab.name_heads | vocab.authority_heads | vocab.comma_body_heads


@lru_cache(maxsize=8192)
def _agreeing_nominative_cached(modifiers: tuple[str, ...], head: str) -> bool:
    for noun in parses(head):
        if noun.tag.case != "nomn" or noun.tag.POS not in ("NOUN", "PRTF", "ADJF"):
            continue
        number, gender = noun.tag.number, noun.tag.gender
        if all(_agrees(modifier, number, gender) for modifier in modifiers):
            return True
    return False


def _agreeing_nominative(modifiers: list[str], head: str) -> bool:
    """A nominative parse of the head that every modifier before it agrees with in number (and gender)."""
    return _agreeing_nominative_cached(tuple(modifiers), head)


agrees_in_the_nominative = _agreeing_nominative  # qualified_abbreviations.py reads adjectives the same way


def _agrees(modifier: str, number: str | None, gender: str | None) -> bool:
    for parse in parses(modifier):
        tag = parse.tag
        if tag.POS not in _MODIFIER_POS or tag.case != "nomn" or tag.number != number:
            continue
        if number == "plur" or gender is None or tag.gender == gender:
            return True
    return False
