"""An abbreviation that is a modifier of a post or a post of its own by what follows it: "гл. врач", "гл. специалист"
(главный) but "гл. администрации", "Гл. поселения", "гл. админ." (глава, the head of the body named after it). The
vocabulary's role_abbreviations give such a word three forms, the post last ("главный|главные|глава")."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from normalizers.executors.classification import position_of
from normalizers.executors.morphology import can_be
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues


@lru_cache(maxsize=1)
def _post_forms() -> dict[str, str]:
    """Abbreviation -> the post it may stand for, of the vocabulary's words with three forms."""
    return {word: forms.split("|")[2] for word, forms in cues().role_abbreviations.items() if forms.count("|") > 1}


def _post_form(word: Item) -> str | None:
    return None if word.is_abbreviation else _post_forms().get(word.bare)


def heads_what_follows(word: Item, after: str) -> bool:
    """Whether `word` names what a post heads: no position (or one only of a school's, "администрация"), and a
    genitive noun or a word clipped with a dot (`after` is the character after it)."""
    position = position_of(word)
    return (position is None or position.requires_group) and not word.is_abbreviation and (
        after == "." or can_be(word.lower, "NOUN", "gent"))


def chief_post(words: list[Item], i: int, after: Callable[[int], str]) -> str | None:
    """The post words[i] stands for when it heads the body after it ("глава"), else None; `after(k)` is the
    character after words[k]."""
    post = _post_form(words[i])
    return post if post is not None and i + 1 < len(words) and heads_what_follows(words[i + 1], after(i + 1)) \
        else None


def modifies_a_post(words: list[Item], j: int, after: Callable[[int], str]) -> bool:
    """"гл. специалист": such an abbreviation right before a post is that post's modifier."""
    return _post_form(words[j]) is not None and j + 1 < len(words) and position_of(words[j + 1]) is not None \
        and not heads_what_follows(words[j + 1], after(j + 1))
