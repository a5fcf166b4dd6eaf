"""A legal form spelt out in words and the organisation's name after it, unquoted (issue 11): "Муниципальное
казенное учреждение Центр бухгалтерского учета", "Муниципальное бюджетное учреждение культуры
Межпоселенческая центральная библиотека". The capitalised name after the form is the form's own name, not a
second body run together with it."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import can_be, is_adjective
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues

_FIELD_WORDS = 4  # "учреждение дополнительного профессионального образования"


@lru_cache(maxsize=1)
def _form_heads() -> frozenset[str]:
    """The nouns that end a spelt legal form (executor_cues.yaml, spelt_form_heads)."""
    return frozenset(more_cues().get("spelt_form_heads") or ())


def after_a_spelt_legal_form(words: list[Item], k: int) -> bool:
    """Whether words[k] follows adjectives, a form head (учреждение …) and perhaps its field in the genitive."""
    for h in range(k - 1, max(k - 1 - _FIELD_WORDS, 0) - 1, -1):
        word = words[h]
        if word.is_abbreviation or word.is_number:
            return False
        if word.key in _form_heads():
            return h > 0 and not words[h - 1].is_abbreviation and is_adjective(words[h - 1].lower)
        if word.capitalised or not (can_be(word.lower, "NOUN", "gent") or can_be(word.lower, "ADJF", "gent")):
            return False
    return False
