"""A body of government followed by the administration it belongs to, named by its place ("Управление
образования администрации Советского района", "… администрации г. Энска"): the owner is part of the body's words,
one executor (issue 11: plans of other regions name the department with its administration). In a municipal plan
its name then drops the owner (R4, municipal_qualifiers.py); in a regional plan the owner keeps one town's
department apart from another's. A generic owner ("администрации района", "администрации МО") says nothing the plan
does not: the known name stays as the glossary spells it. A collegial body (kind `other`: a commission, a council)
is named by its territory itself ("Антитеррористическая комиссия Энского муниципального района"): a territory named
in words right after it, opening with its place's proper name, is part of its words too."""

from __future__ import annotations

from normalizers.executors.dotted_territories import territory_end
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues


def owner_named(words: list[Item], start: int, end: int, kind: str, between) -> int | None:
    """Where the owner's words that words[start:end] hold end, when they follow the body with no comma, open with
    an administration and name its place in words ("Советского района", "г. Энска"); else None. An owner written
    with the letters of a municipal formula ("администрации МО ГО «…»", the spec's example of a qualifier) or after
    a comma stays a qualifier of the known name."""
    if between(start - 1, start).strip():
        return None
    if kind == "other" and territory_end(words, start, between) == end:
        return end  # "… комиссия г.о. Заречный": the territory it serves, written with a dotted abbreviation
    if kind == "other" and words[start].capitalised and not words[start].is_abbreviation:
        return end if all(not words[k].is_abbreviation and between(k - 1, k).strip() in ("", ".")
                          for k in range(start + 1, end)) else None  # "… комиссия Энского района": its territory
    if kind != "authority" or words[start].lower not in _owner_words():
        return None
    if any(words[k].is_abbreviation or between(k - 1, k).strip() not in ("", ".") for k in range(start + 1, end)):
        return None
    named = any(words[k].capitalised for k in range(start + 1, end))
    return end if named else None


def _owner_words() -> frozenset[str]:
    return frozenset(map(str, more_cues().get("owner_heads") or ()))
