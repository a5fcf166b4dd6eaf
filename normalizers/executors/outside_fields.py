"""A body named by what it does, with no legal form that tells its kind ("городской центр садоводства",
"муниципальные экологические службы", "Центр содействия самоуправлению районов"): when its words name a field
outside education and nothing ties it to the education system, it is a municipal or regional institution outside
education, kind external (RULING O40), not an unexplained `other`. The fields and the words of the system are
vocabulary (executor_cues.yaml, outside_fields)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.legal_form_shapes import is_state_form
from normalizers.executors.text import BARE, Item
from normalizers.executors.vocabulary import cues, more_cues


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The fields, each compound also without its hyphen ("жилищнокоммунальному": the source lost it, and the
    dictionary reads the glued word as an adjective of its own), the words of the system, the generic forms."""
    table = more_cues().get("outside_fields") or {}
    fields = table.get("fields") or ()
    return frozenset([*fields, *(f.replace("-", "") for f in fields if "-" in f)]), \
        frozenset(table.get("education_markers") or ()), frozenset(table.get("generic_forms") or ())


def names_an_outside_field(items: list[Item], words: set[str]) -> bool:
    """Whether the name's words (lemmas) name a field outside education and none ties it to the system."""
    fields, markers, _ = _lists()
    return bool(words & fields) and not words & markers and not _letters_inside(items)


def _letters_inside(items: list[Item]) -> bool:
    qualifiers = cues().qualifier_words  # "ЗАТО Северск": the municipality's name, not a school's letters
    return any(item.is_abbreviation and item.lower not in qualifiers for item in items[1:])


def outside_field_institution(items: list[Item], words: set[str]) -> bool:
    """An institution by its legal form ("МБУ «Северный природный парк»") whose words name a field outside
    education: external, as the spelt-out "Муниципальное бюджетное учреждение …" with the same words."""
    first = items[0] if items else None
    if first is None or not first.is_abbreviation or not (first[BARE] in cues().public_forms or is_state_form(first)):
        return False
    return names_an_outside_field(items, words) or _named_in_words(items, words)


def _named_in_words(items: list[Item], words: set[str]) -> bool:
    """"МКУ «Хозяйственно-эксплуатационная служба»": a form that names no field, then a name in words (not letters,
    O41), none of them the system's: an institution outside education all the same (O40)."""
    _, markers, generic = _lists()
    second = items[1] if len(items) > 1 else None
    return items[0][BARE] in generic and second is not None and second.capitalised and not second.is_abbreviation \
        and not words & markers and not _letters_inside(items)
