"""A unit of a library, museum or house of culture named by its work: "Отдел обслуживания", "отдел комплектования
и обработки литературы", "Сектор краеведения", "Отдел по работе с детьми". Its head ("отдел", "сектор") is an
authority's, but no body of government is named by these works (executor_cues.yaml, institution_units): it is a
unit of the institution whose plan it is, kind other (other-regions O60: a school's library is a unit of the
school). A qualifier naming an administration keeps the authority ("Отдел обслуживания населения администрации")."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.text import BARE, Item
from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    table = more_cues().get("institution_units") or {}
    return tuple(frozenset(str(w) for w in table.get(key) or ())  # type: ignore[return-value]
                 for key in ("heads", "works", "publics", "government"))


def is_institution_unit(items: list[Item], head: int | None) -> bool:
    """Whether items[head] is a unit head whose complement is a work or a public of an institution only."""
    heads, works, publics, government = _vocabulary()
    if head is None or head + 1 >= len(items) or items[head][BARE] not in heads:
        return False
    rest = items[head + 1:]
    if any(word.is_abbreviation or word.is_number or word[BARE] in government for word in rest):
        return False
    if rest[0][BARE] in works:  # "Отдел обслуживания", "Сектор краеведения"
        return True
    # "Отдел по работе с детьми": every public it works with is an institution's ("… и молодёжью" is a sector of
    # government)
    if len(rest) < 4 or rest[0].lower != "по" or rest[1][BARE] != "работа" \
            or rest[2].lower not in ("с", "со"):
        return False
    return all(word.lower == "и" or word[BARE] in publics for word in rest[3:])


def unit_of_authority_kind(words: set[str]) -> str:
    """An authority's unit is `authority`, save one its own words call methodical ("Методический отдел комитета
    по образованию", "отдел методической работы"): a methodical body by its words (other-regions O41)."""
    return "methodical_service" if "методический" in words else "authority"
