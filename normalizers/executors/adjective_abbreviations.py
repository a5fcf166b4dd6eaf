"""Common adjectives before a known body's letters ("сельские ДК", "городские ОО", "районный ЦЗН"; issue 11): the
body spelt out, qualified by the adjectives, in their number ("сельские дома культуры"), of the body's kind. A
place's own adjective ("Кимовская ЦРБ") is a proper name the dictionary does not know: it keeps the name as
written (gap_bounds.kind_after_place_adjectives)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.gap_bounds import kind_after_place_adjectives
from normalizers.executors.morphology import inflect_phrase, is_adjective, is_known
from normalizers.executors.place_abbreviations import adjective_number
from normalizers.executors.place_adjectives import place_adjective
from normalizers.executors.text import Item, tidy
from normalizers.executors.vocabulary import cues, more_cues


def named_after_adjectives(words: list[Item], keys: list[str], glossary, i: int, j: int, match, span_text) \
        -> tuple[str, str] | None:
    """(name, kind) of adjectives and a known body in words[i:j]: spelt out after common adjectives, as written
    after a place's own ("Кимовская ЦРБ"); else None."""
    spelt = spelt_after_adjectives(words, i, j, match)
    if spelt is not None:
        return spelt
    kind = kind_after_place_adjectives(words, keys, glossary, i, j, match)
    return (tidy(span_text(i, j)), kind) if kind is not None else None


def _common(word: Item) -> bool:
    """A dictionary adjective that is no place's own name: "сельские", "районный"; a capitalised "-ская" is a
    place's ("Кимовская") unless the vocabulary lists its lemma as a common one ("Сельские" opening a cell)."""
    if word.is_abbreviation or not is_adjective(word.lower) or not is_known(word.lower):
        return False
    return not place_adjective(word) or word.key in _common_place_adjectives()


@lru_cache(maxsize=1)
def _common_place_adjectives() -> frozenset[str]:
    return frozenset(map(str, more_cues().get("common_place_adjectives") or ()))


def spelt_after_adjectives(words: list[Item], i: int, j: int, match) -> tuple[str, str] | None:
    """(name, kind) of words[i:j] read as common adjectives and a known body's letters, else None."""
    k = i
    while k < j and _common(words[k]):
        k += 1
    if k == i or k >= j or not words[k].is_abbreviation:
        return None
    found = match(k)
    vocab = cues()
    if found is None or found[1] != j or found[0].kind not in vocab.body_and_group_kinds:
        return None
    number = adjective_number(words[k - 1].lower)
    if number is None:
        return None
    entry = found[0]
    body = entry.name if entry.name[:2].isupper() else entry.name[:1].lower() + entry.name[1:]
    adjectives = " ".join(word.lower for word in words[i:k])
    return tidy(f"{adjectives} {inflect_phrase(body, 'nomn', number)}"), entry.kind
