"""A role followed by a list of genitive plurals is one role: "руководители предприятий, организаций и
учреждений" names the heads of all three (the comma lists the role's organisations, no new executor). Only a
list that runs to the end of the segment, each of its items opened by a word that cannot be nominative, is read
so.
The reading does not depend on the order of the nouns: the list is looked for from its first separator, not
from wherever the role's own words happened to stop (a noun the glossary knows, such as "предприятий", stops
them earlier than one it does not)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.classification import position_of
from normalizers.executors.hyphen_modifiers import genitive_adjective_end
from normalizers.executors.morphology import parses
from normalizers.executors.text import Item

_NOMINALS = ("NOUN", "ADJF")


@lru_cache(maxsize=4096)
def _genitive(lower: str, only: bool) -> bool:
    """A noun or adjective that can be genitive (and, if `only`, never nominative: "учреждений",
    "образовательных", not "культуры")."""
    nominals = [p for p in parses(lower) if p.tag.POS in _NOMINALS]
    return any(p.tag.case == "gent" for p in nominals) and not (
        only and any(p.tag.case == "nomn" for p in nominals))


@lru_cache(maxsize=4096)
def _participle(lower: str) -> bool:
    """A participle in the genitive plural ("находящихся", "расположенных"): a clause describing the list."""
    return any(p.tag.POS == "PRTF" and p.tag.case == "gent" and p.tag.number == "plur" for p in parses(lower))


def _plain(word: Item) -> bool:
    return not (word.capitalised or word.is_abbreviation or word.is_number)


def list_end(words: list[Item], end: int, between) -> int | None:
    """Where a list of organisations in the genitive after words[end - 1] (a genitive itself) ends: the end of
    the words, or None when no such list follows. The list goes on after a comma ("хозяйств, организаций") or
    an "и" ("организаций и учреждений"); each item opens with a word that cannot be nominative, so it cannot
    be an executor of its own, and may go on with genitive words ("учреждений культуры и спорта"). A participle
    after a comma ends the list with a clause that describes it (lower-case words, nothing between them).
    `between(a, b)` is the text between words a and b."""
    n = len(words)
    if end < 1 or end >= n or not (words[end - 1].is_abbreviation  # "работники СДК и библиотек": a body in the
                                    or _plain(words[end - 1]) and _genitive(words[end - 1].lower, False)):  # genitive
        return None
    if between(end - 1, end).strip() != "," and words[end].lower != "и":
        return None
    opening = True
    for k in range(end, n):
        word = words[k]
        if word.lower == "и":
            if k + 1 == n or between(k - 1, k).strip():
                return None
            opening = True
            continue
        if k > end and opening and between(k - 1, k).strip() == "," and _participle(word.lower):
            return _clause_end(words, k, between)  # "… учреждений и организаций, находящихся на территории …"
        compound = opening and _plain(word) and genitive_adjective_end(words[k:]) == 2  # "жилищно(-)коммунальных"
        if not compound and (not _plain(word) or not _genitive(word.lower, opening)):
            return None
        gap = between(k, k + 1).strip() if k + 1 < n else ""
        if gap not in ("", ",") and not (compound and gap == "-"):
            return None
        opening = gap == ","
    return None if opening else n


def _clause_end(words: list[Item], k: int, between) -> int:
    """Where a participial clause opening at words[k] ends: at a capitalised word, an abbreviation or a mark."""
    m = k + 1
    while m < len(words) and _plain(words[m]) and not between(m - 1, m).strip():
        m += 1
    return m


def list_in_tail(words: list[Item], start: int, stop: int, between) -> int | None:
    """The end of a genitive list that begins among words[start:stop] (a role's words after its position) at
    their first comma or "и", or None: the role's words may have stopped inside the list or before it."""
    for k in range(start + 1, min(stop, len(words) - 1) + 1):
        if between(k - 1, k).strip() == "," or words[k].lower == "и":
            return list_end(words, k, between)
    return None


def continues_a_role_list(before: list[Item], words: list[Item]) -> bool:
    """Whether the words after a comma are one more organisation of the role before it, in the genitive
    ("руководители учреждений культуры, образовательных организаций"): the role's words end in a genitive,
    and these open with a word that cannot be nominative, the rest genitive (an "и" may join two)."""
    if not before or not words or not _plain(words[0]) or not _genitive(words[0].lower, True) \
            or not _plain(before[-1]) or not _genitive(before[-1].lower, False) \
            or not any(position_of(w) is not None for w in before[:2]):
        return False
    opening = True
    for word in words:
        if word.lower == "и" and not opening:
            opening = True
            continue
        if not _plain(word) or not _genitive(word.lower, opening):
            return False
        opening = False
    return not opening
