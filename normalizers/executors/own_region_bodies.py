"""A body named by its region's adjective alone ("Региональный центр детского чтения", "Краевой совет молодых
педагогов", "Областной совет по наставничеству") in the plan of that region: the adjective made it external (a higher
level for a municipal plan), but in the region's own plan it says only that the body is the region's. Read without
it, a body that is neither an authority nor outside the system by its own words is `other` (O40: the system's own
collegial bodies and centres); a legal form, an authority's head or a federal word keeps the first reading. The
region's centre that assesses or monitors the quality of education is `other` in its plan whatever legal form and
other words its name has (O68: an exam and assessment body like the РЦОИ, O19; vocabulary: monitoring_centres); so is
the region's own institution whose legal form names additional education ("ГАУ ДО …", "ГБУДО …": spec, additional
education is other; the state form made it external, a higher level, only for a municipal plan)."""

from __future__ import annotations

from normalizers.executors.classification import classify
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues, more_cues


def own_region_kind(words: list[Item], found: set[str]) -> str | None:
    """"other" for a body of the region's plan that only its regional adjective made external, else None."""
    vocab = cues()
    if not found & vocab.federal_markers and (any(set(need) <= found for need in more_cues()["monitoring_centres"])
                                              or _additional_education_form(words)):
        return "other"
    if not found & vocab.regional_markers or found & vocab.federal_markers \
            or any(word.is_abbreviation for word in words) or words[0].bare not in vocab.regional_markers:
        return None
    rest = [word for word in words if word.bare not in vocab.regional_markers]
    kind = classify(rest) if rest else None
    return "other" if kind is not None and kind[0] == "other" else None


def _additional_education_form(words: list[Item]) -> bool:
    """The capitals a name opens with (its legal form) hold the grade of additional education, apart ("ГАУ ДО") or
    glued to the form ("ГБУДО"); not a federal institution's form ("ФГБОУ ДО": a level above the region)."""
    grades = more_cues()["additional_education_grades"]
    if not words or not words[0].is_abbreviation or words[0].bare.startswith("ф"):
        return False
    for word in words:
        if not word.is_abbreviation:
            return False
        if word.bare in grades or (len(word.bare) > 4 and word.bare.endswith(tuple(grades))):
            return True
    return False
