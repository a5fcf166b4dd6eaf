"""Words in parentheses that say who holds a role or by which order, not a second executor (issue 11): "Директор
школы (сотрудник, назначенный приказом директора)" (after a position, a participle clause: назначенный,
определённый, уполномоченный …), or another post of the same people ("Учителя (наставники …)"), "Учителя (по
приказу директора)", "Отдел образования (приказ от … № 12)". They are dropped, as a contact person in parentheses is."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.classification import position_of
from normalizers.executors.morphology import parses
from normalizers.executors.text import items
from normalizers.executors.vocabulary import cues

_ORDER_WORDS = frozenset({"приказ", "распоряжение", "постановление"})
_INITIAL_RE = re.compile(r"(?<![А-Яа-яЁё])[А-ЯЁ]\.")  # "И.И.": a person's initials


def explains_a_role(inner: str, before: str) -> bool:
    """Whether parentheses holding `inner`, written after `before`, explain the role `before` ends with."""
    # the text after the last comma or semicolon (found by rfind: the pattern [^,;]*$ it replaces was searched
    # from every position, each run to the next separator and back)
    return _explains(inner, before[max(before.rfind(","), before.rfind(";")) + 1:])


@lru_cache(maxsize=4096)
def _explains(inner: str, segment: str) -> bool:
    inside = items(inner)
    if refers_to_an_order(inside):
        return True
    if not inside or _INITIAL_RE.search(segment) or not any(position_of(word) is not None for word in items(segment)):
        return False  # a post in parentheses after a person ("Огаркова И.И. (Методист)") is that person's post
    # a participle clause, or a post that names the same people's other capacity ("Учителя (наставники …)")
    return any(_is_participle(word.lower) for word in inside if not word.is_abbreviation) \
        or (not inside[0].is_abbreviation and position_of(inside[0]) is not None)


clear_explanations = _explains.cache_clear  # answers per parenthesis and cell, for normalizer.clear_memo


def refers_to_an_order(inside: list) -> bool:
    """"(по приказу директора)", "(согласно распоряжению № 5)", "(приказ от 01.09.2020 № 12)": a reference to
    the order that appoints the executors, no executor of its own."""
    vocab = cues()
    opener = inside[0].lower if inside else None  # tested against each set: no union of them built a call
    words = inside[1:3] if inside and (opener in vocab.deadline_openers or opener in vocab.prepositions) \
        else inside[:1]
    return any(not word.is_abbreviation and word.key in _ORDER_WORDS for word in words)


@lru_cache(maxsize=16384)
def _is_participle(word: str) -> bool:  # a word's answer, kept like its parses (its tags read in Python)
    return any(variant.tag.POS == "PRTF" for variant in parses(word))
