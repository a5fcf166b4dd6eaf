"""A role followed by a list of genitive plurals is one role: "руководители предприятий, организаций и
учреждений" names the heads of all three (the comma lists the role's organisations, no new executor). Only a
list that runs to the end of the segment and holds nothing but nouns that cannot be nominative is read so.
The reading does not depend on the order of the nouns: the list is looked for from its first separator, not
from wherever the role's own words happened to stop (a noun the glossary knows, such as "предприятий", stops
them earlier than one it does not)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import parses
from normalizers.executors.text import Item


@lru_cache(maxsize=4096)
def _genitive_plural(lower: str, only: bool) -> bool:
    """A noun that can be genitive plural (and, if `only`, never nominative)."""
    nouns = [p for p in parses(lower) if p.tag.POS == "NOUN"]
    return any(p.tag.case == "gent" and p.tag.number == "plur" for p in nouns) and not (
        only and any(p.tag.case == "nomn" for p in nouns))


def _plain(word: Item) -> bool:
    return not (word.capitalised or word.is_abbreviation or word.is_number)


def list_end(words: list[Item], end: int, between) -> int | None:
    """Where a list of genitive plurals after words[end - 1] (a genitive plural itself) ends: the end of the
    words, or None when no such list follows. The list goes on after a comma ("хозяйств, организаций") or a
    last "и" ("организаций и учреждений"). `between(a, b)` is the text between words a and b."""
    if end < 1 or end >= len(words) or not _plain(words[end - 1]) \
            or not _genitive_plural(words[end - 1].lower, False):
        return None
    if between(end - 1, end).strip() != "," and words[end].lower != "и":
        return None
    k = end
    while k < len(words):
        word = words[k]
        if word.lower == "и" and between(k - 1, k).strip() == "" and k + 2 == len(words):
            k += 1
            continue
        if not _plain(word) or not _genitive_plural(word.lower, True):
            return None
        if k + 1 < len(words) and words[k + 1].lower != "и" and between(k, k + 1).strip() != ",":
            return None
        k += 1
    return k


def list_in_tail(words: list[Item], start: int, stop: int, between) -> int | None:
    """The end of a genitive list that begins among words[start:stop] (a role's words after its position) at
    their first comma or "и", or None: the role's words may have stopped inside the list or before it."""
    for k in range(start + 1, min(stop, len(words) - 1) + 1):
        if between(k - 1, k).strip() == "," or words[k].lower == "и":
            return list_end(words, k, between)
    return None
