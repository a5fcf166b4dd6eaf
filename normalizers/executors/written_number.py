"""A known name written out in the plural ("Сельские Дома культуры", "районные библиотеки") names the bodies of
that kind, not the one the glossary spells in the singular ("сельский дом культуры"): the canonical name takes
the number the cell writes. Only words decide (an abbreviation such as "СДК" tells no number), and only a
plural the words cannot read as a singular nominative ("Дома", not "культуры" of "Дом культуры"), or a plural
ending typed after an abbreviation ("ФАПы")."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import is_known, parses, pluralise
from normalizers.executors.text import Item, inflected_plural

_NOMINALS = ("NOUN", "ADJF")


@lru_cache(maxsize=4096)
def _number(lower: str) -> str | None:
    """"plur" or "sing" when every nominative reading of a noun or adjective has that number, else None."""
    numbers = {p.tag.number for p in parses(lower) if p.tag.POS in _NOMINALS and p.tag.case == "nomn"}
    return numbers.pop() if len(numbers) == 1 else None


@lru_cache(maxsize=4096)
def _plural_only(lower: str) -> bool:
    """A nominative plural only, of a word the dictionary knows (a guessed one, "Минпросвещения", tells nothing)."""
    return _number(lower) == "plur" and is_known(lower)


@lru_cache(maxsize=1024)
def _head_number(name: str) -> str | None:
    """The number of the name's head, its first noun in the nominative ("пункт" of "фельдшерско-акушерский пункт")."""
    for word in name.lower().split(" "):
        if any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses(word)):
            return _number(word)
    return None


def in_written_number(name: str, words: list[Item]) -> str:
    """The glossary's `name` in the plural when `words` write it so (their first word, an adjective or the head
    noun, is a nominative plural only) and it is spelt in the singular."""
    first = words[0]
    if first.is_abbreviation and len(words) == 1 and inflected_plural(first.text):  # "ФАПы"
        return pluralise(name) if _head_number(name) == "sing" else name
    if first.is_abbreviation or first.is_number or not _plural_only(first.lower):
        return name
    return pluralise(name) if _number(name.split(" ", 1)[0].lower()) == "sing" else name


def singular_in_case(words: list[Item], case: str) -> bool:
    """The words of a body after a post read in `case` only in the singular ("глава муниципального образования":
    "муниципального" is no plural), so the glossary's plural name ("муниципальные образования") is not meant."""
    first = words[0] if words else None
    if first is None or first.is_abbreviation or first.is_number:
        return False
    numbers = {p.tag.number for p in parses(first.lower) if p.tag.POS in _NOMINALS and p.tag.case == case}
    return numbers == {"sing"} and is_known(first.lower)
