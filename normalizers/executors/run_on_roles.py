""""Заведующие детсадов директора гимназий инструкторы по плаванию": posts listed with no comma between them (a table's
lines joined by a space). A post written in the nominative right after the genitive complement of the role before
it, in no case a complement could take (genitive, dative, instrumental, prepositional), opens a role of its own; a
post in the genitive ("заместители директора школы") stays the complement of the role before it. An abbreviated
complement ("методисты ЦДТ педагоги-организаторы") ends the same way: it has no case of its own."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.classification import position_of
from normalizers.executors.morphology import can_be, parses
from normalizers.executors.text import Item

_OBLIQUE = ("gent", "datv", "ablt", "loct")


def runs_on_as_a_role(words: list[Item], j: int, k: int, gap: str) -> bool:
    """Whether words[k], after the tail words[j:k] of a role and no punctuation (`gap`), opens a role of its own.
    The tail must be a genitive complement alone ("директора школ"), ending on a noun: after "ответственные за
    направления" the post is the one those words qualify."""
    word = words[k]
    if gap.strip() or word.capitalised or word.is_abbreviation or word.is_number or position_of(word) is None:
        return False
    if not all(_genitive(item) for item in words[j:k]) or not (
            words[k - 1].is_abbreviation or can_be(words[k - 1].lower, "NOUN", "gent")):
        return False
    if not can_be(word.lower, "NOUN", "nomn"):
        return False
    return not any(can_be(word.lower, "NOUN", case) for case in _OBLIQUE) or (
        j > 0 and _people_after_a_place(words[j - 1].lower, words[k - 1].lower, word.lower))


@lru_cache(maxsize=4096)
def _people_after_a_place(head: str, place: str, post: str) -> bool:
    """"Воспитатели детского сада учителя начальных классов": a post that could be a genitive
    singular ("учителя") but follows a plural post's complement naming a place, not a person: a place has no
    teacher as its complement in these lists, so the plural post is the next role (as the heads agree in number)."""
    return (_parse(head, "nomn", "plur", "anim") and _parse(post, "nomn", "plur", "anim")
            and _parse(place, "gent", None, "inan") and not _parse(place, "gent", None, "anim"))


def _parse(word: str, case: str, number: str | None, animacy: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case == case and (number is None or p.tag.number == number)
               and p.tag.animacy == animacy for p in parses(word))


def _genitive(item: Item) -> bool:
    """A genitive word, or an abbreviation ("методисты ИМЦ"): it takes no ending, so it stands in any case."""
    if item.is_abbreviation:
        return True
    return not (item.is_number or item.capitalised) and (
        can_be(item.lower, "NOUN", "gent") or can_be(item.lower, "ADJF", "gent"))
