"""An abbreviation no glossary knows still tells something by its letters: "УФСКН" opens with the УФ of an
Управление Федеральной …, "УГИБДД" holds the letters of a federal service, "ГМК" ends like a methodical
cabinet, "СОШ" is a school type. The kind is a guess (glossaries/executor_cues.yaml, abbreviation_shapes), so
the caller keeps the unknown_executor warning; the executor is never dropped (spec, step 5)."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=4096)
def kind_by_shape(abbreviation: str) -> str | None:
    """The kind an unknown abbreviation's letters suggest, or None."""
    low = abbreviation.lower()
    if len(low) < 3 or not abbreviation[:1].isupper():
        return None
    shapes = more_cues().get("abbreviation_shapes") or {}
    if any(letters in low for letters in shapes.get("federal_letters") or ()):
        return "external"
    for ending, kind in shapes.get("endings") or ():
        if low.endswith(ending):
            return kind
    for prefix, kind in shapes.get("prefixes") or ():
        if low.startswith(prefix):
            return kind
    return None
