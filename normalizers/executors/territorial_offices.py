"""The territory an office serves, written after its known name with "по": "ОНД по Борисовскому району", "ОМВД
по г. Кимовску", "Управление Росреестра по Костромской и Ивановской областям". The words name which office of
the body acts, so they belong to its name; read alone they were a preposition's extra text."""

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


def territory_end(words: list[Item], end: int, between) -> int | None:
    """Where "по <territory>" right after words[end - 1] ends, or None. `between(a, b)` is the text between items."""
    n = len(words)
    if end + 1 >= n or words[end].lower != "по" or between(end - 1, end).strip(" "):
        return None
    k = end + 1
    if words[k].key in _TOWN_MARKS:
        return _place_name_end(words, k + 1)
    while k < n and k - end <= _MOST_ADJECTIVES and not words[k].is_abbreviation and (
            words[k].lower == "и" or can_be(words[k].lower, "ADJF", "datv")):
        k += 1
    if k >= n or words[k].key not in _territories() or not can_be(words[k].lower, "NOUN", "datv") \
            or words[k - 1].lower == "и":
        return None
    if k == end + 1:  # "по Республике Башкортостан", "по району": the territory's own name may follow
        named = _place_name_end(words, k + 1)
        return named if named is not None else k + 1
    return k + 1


def _place_name_end(words: list[Item], k: int) -> int | None:
    """End of a capitalised place name of one or two words at words[k]."""
    if k >= len(words) or not words[k].capitalised or words[k].is_abbreviation:
        return None
    k += 1
    return k + 1 if k < len(words) and words[k].capitalised and not words[k].is_abbreviation else k
