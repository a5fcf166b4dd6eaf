"""What follows an office's name inside a post's role and belongs to it (issue 11, plans of civil defence and
police): a second field of the office after "и" ("начальник отдела надзорной деятельности и профилактической
работы"), then the territory the office serves after "по" ("начальник ОНД по Борисовскому району", territorial
offices). Read alone, those words were a new executor or a preposition's extra text."""

from __future__ import annotations

from normalizers.executors.morphology import can_be
from normalizers.executors.territorial_offices import territory_end
from normalizers.executors.text import Item


def coordinated_field_end(words: list[Item], end: int, coordinated) -> int | None:
    """After a body's name at words[:end], where "и" with lower-case genitive adjectives and their genitive noun
    ends, or None; `coordinated(end)` is the resolver's test that the words after "и" open no name of their own."""
    n = len(words)
    if end + 2 >= n or words[end].lower != "и" or not coordinated(end):
        return None
    k = end + 1
    while k < n - 1 and not (words[k].capitalised or words[k].is_abbreviation) \
            and can_be(words[k].lower, "ADJF", "gent") and not can_be(words[k].lower, "NOUN"):
        k += 1
    word = words[k]
    if k == end + 1 or word.capitalised or word.is_abbreviation or not can_be(word.lower, "NOUN", "gent"):
        return None
    return k + 1


def office_tail_end(words: list[Item], end: int, between, coordinated) -> int:
    """Where an office's name in a role ends, after its second field and the territory it serves."""
    field_end = coordinated_field_end(words, end, coordinated)
    end = field_end if field_end is not None else end
    served = territory_end(words, end, between)
    return served if served is not None else end
