"""A segment no rule reads that is a noun in the nominative standing alone at a list position ("…, лесокомбинат",
"…, исполком <общества>"): a body the vocabulary does not know, kept as `other` with unknown_executor rather than
dropped as extra text (issue 11: a cell's words never silently vanish). Nouns of time, places, actions and results
and parts of a body are not bodies; the compound of a known head ("хлебозавод" of "завод") reads as that head
(compound_head)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import can_be
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues, more_cues

_LINKS = ("о", "е")  # the linking vowel of a Russian compound noun: лес-о-комбинат, хлеб-о-завод
_SHORTEST_HEAD = 4  # "дом", "суд": too short to tell a compound from a word that merely ends so; "ул.", "г."
_SHORTEST_STEM = 2


@lru_cache(maxsize=1)
def _not_bodies() -> frozenset[str]:
    """Nouns of time, and parts of a body ("филиалы") that name no body without the whole they belong to."""
    table = more_cues()
    return frozenset(table.get("time_nouns") or ()) | frozenset(table.get("branch_heads") or ()) | cues().part_heads


def reads_as_a_listed_body(items: list[Item], whole_segment: bool) -> bool:
    """Whether words no rule reads name a body all the same: the whole segment, opened by a lower-case or
    capitalised noun that can be nominative and names no time, place, action or result, with no number."""
    if not whole_segment or not items or len(items) > 6:
        return False
    first = items[0]
    if len(first.lower) < _SHORTEST_HEAD:
        return False  # "ул. Гагарина", "г. Посад", "гл. админ.": a word cut short names a place or a post
    if first.is_abbreviation or first.is_number or any(item.is_number for item in items):
        return False
    vocab = cues()
    key = first.bare
    if key in _not_bodies() or key in vocab.place_heads or key in vocab.result_heads or key in vocab.connectors \
            or first.lower in vocab.prepositions or first.lower in vocab.deadline_openers:
        return False
    if key.endswith(vocab.action_endings) and key not in vocab.body_nouns_like_actions:
        return False  # "совещания", "мероприятия": what is done, not who does it
    return can_be(first.lower, "NOUN", "nomn")


def compound_head(lemma: str, heads: frozenset[str]) -> str | None:
    """The head of a compound noun whose last part is one of `heads` ("лесокомбинат" -> "комбинат")."""
    for cut in range(_SHORTEST_STEM + 1, len(lemma) - _SHORTEST_HEAD + 1):
        if lemma[cut - 1] in _LINKS and lemma[cut:] in heads:
            return lemma[cut:]
    return None
