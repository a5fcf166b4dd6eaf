"""An abbreviation no glossary knows still tells something by its letters: "УФСКН" opens with the УФ of an
Управление Федеральной …, "УГИБДД" holds the letters of a federal service, "ГМК" ends like a methodical
cabinet, "СОШ" is a school type. The kind is a guess (glossaries/executor_cues.yaml, abbreviation_shapes), so
the caller keeps the unknown_executor warning; the executor is never dropped (spec, step 5)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=4096)
def kind_by_shape(abbreviation: str) -> str | None:
    """The kind an unknown abbreviation's letters suggest, or None."""
    low = abbreviation.lower()
    if len(low) < 3 or not abbreviation[:1].isupper():
        return None
    shapes = more_cues().get("abbreviation_shapes") or {}
    if _federal(low, shapes):
        return "external"
    for ending, kind in shapes.get("endings") or ():
        if low.endswith(ending):
            return kind
    for prefix, kind in shapes.get("prefixes") or ():
        if low.startswith(prefix):
            return kind
    return None


def _federal(low: str, shapes: dict) -> bool:
    return any(letters in low for letters in shapes.get("federal_letters") or ())


def kind_by_letters(items: list[Item]) -> str | None:
    """The kind of a name that is one unknown abbreviation (kind_by_shape), or None."""
    if len(items) == 1:
        return kind_by_shape(items[0].text) if items[0].is_abbreviation else None
    return "external" if _federal_office(items) else None


def _federal_office(items: list[Item]) -> bool:
    """An unknown abbreviation with a federal service's letters heads the name, perhaps after the unit's number and
    before its place ("7 ОФПС", "ОГПН г. Энска"): a territorial office, external, guessed as kind_by_shape does."""
    lead = 1 if items[0].is_number else 0
    if len(items) <= lead or not items[lead].is_abbreviation or len(items[lead].text) < 3 \
            or any(item.is_abbreviation for item in items[lead + 1:]):
        return False
    return _federal(items[lead].text.lower(), more_cues().get("abbreviation_shapes") or {})


def sure_kind_by_letters(items: list[Item], vocab) -> str | None:
    """The kind an abbreviation in the name settles without doubt (no warning): a regional institute of
    development (НИРО, ИРОСО, ЧИППКРО; levels.py reads it in its region), a methodical centre (ИМЦ, РОМЦ, ГМЦ),
    a university (НГТУ, ОмГУ, БГПУ); None when no abbreviation does."""
    shorts = [item.bare for item in items if item.is_abbreviation]
    if any(part in short for short in shorts for part in vocab.development_institute_abbreviations):
        return "external"
    if any(short.endswith(vocab.methodical_abbreviation_endings) for short in shorts):
        return "methodical_service"
    if any(len(short) >= 3 and short.endswith(vocab.university_abbreviation_endings) for short in shorts):
        return "external"
    return None
