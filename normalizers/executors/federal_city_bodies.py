"""A body of a city that is a region (Москва, Санкт-Петербург, Севастополь: "Комитет по образованию
Санкт-Петербурга") in the plan of a district or municipal okrug inside that city: a body of the level above the
plan, `external` (spec: bodies of a higher level are external), as a region's ministry is in a municipal plan. In the
city's own plan, or when the name also names the plan's own district ("администрация N-ского района
Санкт-Петербурга"), it stays `authority`. The cities are vocabulary (executor_cues.yaml, municipal_qualifiers,
federal_city_stems)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from normalizers.executors.vocabulary import more_cues

_OWN_LEVELS = frozenset({"municipal", "institution"})
_STEM = 5  # letters (at most; its ending off) of a capitalised word of the municipality that say a body is its own


def _city_pattern() -> re.Pattern:
    stems = more_cues()["municipal_qualifiers"]["federal_city_stems"]
    return re.compile("|".join(re.escape(stem[1:]) for stem in stems))  # the stems past their first letter: either case


# whether a cell may name such a city: one search in C, the rule's only cost on the other cells (the yaml read once)
may_name_a_region_city = _city_pattern().search


@lru_cache(maxsize=1)
def _stems() -> tuple[str, ...]:
    """The cities' stems as written in a name, capitalised and not: substrings, searched in C without a pattern."""
    stems = more_cues()["municipal_qualifiers"]["federal_city_stems"]
    return tuple(form for stem in stems for form in (stem[:1].upper() + stem[1:], stem))


def _names_a_city(text: str) -> bool:
    return any(map(text.__contains__, _stems()))


def city_bodies_above(executors: list, municipality: str | None, level: str) -> list:
    """The executors with each authority of a region-city read `external` in a plan of a territory inside it."""
    if level not in _OWN_LEVELS or not municipality:
        return executors
    city = _names_a_city
    if not city("\n".join([e.name for e in executors])) or city(municipality) \
            or not any(e.kind == "authority" and city(e.name) for e in executors):
        return executors  # one search in C over the names first: most cells name no such city
    own = [word[:min(_STEM, len(word) - 2)].lower() for word in re.findall(r"[А-ЯЁ][а-яё]{4,}", municipality)]
    return [replace(e, kind="external") if e.kind == "authority" and city(e.name)
            and not any(stem in e.name.lower() for stem in own) else e for e in executors]
