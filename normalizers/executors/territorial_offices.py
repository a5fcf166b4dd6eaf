"""The territory an office serves, written after its known name with "по": "ОНД по Борисовскому району", "ОМВД
по г. Кимовску", "Управление Росреестра по Костромской и Ивановской областям", "… по г. N, N-скому и M-скому
районам". The words name which office of the body acts, so they belong to its name; read alone they were a
preposition's extra text. A post over the office takes them too ("начальник ОНД по Борисовскому району"), and a
post over territories of its own ("инспектор по N-скому, M-скому районам"). A closed formation named after the
territories with "и" is one more of them ("… районам и ЗАТО Светлый": executor_cues.yaml, territory_formations)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import can_be
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues

_MOST_ADJECTIVES = 4  # "по Костромской и Ивановской областям", "по Кимовскому муниципальному району"
_TOWN_MARKS = frozenset({"г", "гор", "город"})  # "по г. Кимовску", "по городу Туле"


@lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    return frozenset(str(word) for word in more_cues().get("territory_nouns") or ())


@lru_cache(maxsize=1)
def _formations() -> frozenset[str]:
    return frozenset(str(word) for word in more_cues().get("territory_formations") or ())


def territory_end(words: list[Item], end: int, between) -> int | None:
    """Where "по <territory>" right after words[end - 1] ends (with "и <ЗАТО N>" after it), or None."""
    served = _territory_end(words, end, between)
    if served is None or served + 2 >= len(words) or words[served].lower != "и" \
            or words[served + 1].bare not in _formations():
        return served
    named = _place_name_end(words, served + 2, between)
    return named if named is not None else served


def _territory_end(words: list[Item], end: int, between) -> int | None:
    """Where "по <territory>" right after words[end - 1] ends, or None. `between(a, b)` is the text between items."""
    n = len(words)
    if end + 1 >= n or words[end].lower != "по" or between(end - 1, end).strip(" "):
        return None
    k = end + 1
    if words[k].key in _TOWN_MARKS:
        named = _place_name_end(words, k + 1, between)
        listed = _listed_after(words, named, between) if named is not None else None
        return listed or named
    while k < n and k - end <= _MOST_ADJECTIVES and not words[k].is_abbreviation and (
            words[k].lower == "и" or can_be(words[k].lower, "ADJF", "datv")):
        k += 1
    if k >= n or words[k].key not in _territories() or not can_be(words[k].lower, "NOUN", "datv") \
            or words[k - 1].lower == "и":
        return None
    if k == end + 1:  # "по Республике Башкортостан", "по району": the territory's own name may follow
        named = _place_name_end(words, k + 1, between)
        return named if named is not None else k + 1
    return k + 1


def _listed_after(words: list[Item], k: int, between) -> int | None:
    """"по г. N, N-скому и M-скому районам": after the town and a comma, dative adjectives and a territory noun."""
    if k >= len(words) or between(k - 1, k).strip(" ") != ",":
        return None
    j = k
    while j < len(words) and j - k <= _MOST_ADJECTIVES and not words[j].is_abbreviation and (
            words[j].lower == "и" or can_be(words[j].lower, "ADJF", "datv")
            or words[j].capitalised and j + 1 < len(words) and between(j, j + 1) == "-"):  # "Гусь-Хрустальному"
        j += 1
        if j < len(words) and words[j].key in _territories() and can_be(words[j].lower, "NOUN", "datv"):
            return j + 1
    return None


def _place_name_end(words: list[Item], k: int, between) -> int | None:
    """End of a capitalised place name of one or two words at words[k] (a comma ends it: "г. N, N-скому …")."""
    if k >= len(words) or not words[k].capitalised or words[k].is_abbreviation:
        return None
    k += 1
    return k + 1 if k < len(words) and words[k].capitalised and not words[k].is_abbreviation \
        and "," not in between(k - 1, k) else k


def serves_a_region(words: list[Item]) -> bool:
    """"отдел водных ресурсов по Энской области …", "Управление … по Республике N": a body named after the region it
    serves, with "по", is an office of a body above the region (the region's own bodies take its name in the
    genitive: "министерство … Энской области"). The region's nouns: `served_regions` (lemmas)."""
    regions = _served_regions()
    for k, word in enumerate(words):
        if word.key in regions and k > 0 and can_be(word.lower, "NOUN", "datv"):
            j = k - 1
            while j > 0 and not words[j].is_abbreviation and words[j].lower != "по" \
                    and (words[j].lower == "и" or can_be(words[j].lower, "ADJF", "datv")):
                j -= 1
            if words[j].lower == "по" and (j < k - 1 or word.capitalised):
                return True
    return False


@lru_cache(maxsize=1)
def _served_regions() -> frozenset[str]:
    return frozenset(str(word) for word in more_cues().get("served_regions") or ())
