"""A state institution named only by letters nobody defines, in a plan of its own level (issue 11; O41, O40).

"ГКУ «МГПСС»" in a municipal plan is the region's institution, a higher level: `external`, as its legal form
says. In the region's own plan (or "ФГБУ «ВНИИ…»" letters in a federal one) the form says only that it is an
institution of the plan's level, as "МБУ «МЦБС»" says it in a municipal plan: whether it works inside the
education system or outside it, the letters do not tell. So it is `other` with the warning `unknown_executor`,
like any unexplained abbreviation (O41). A form that names the field ("ГБУЗ", "ГБУК"), an enterprise ("ГУП"),
a company ("ООО") and letters a glossary knows keep their reading.
"""

from __future__ import annotations

from dataclasses import replace

from normalizers.executors.classification import bare
from normalizers.executors.group_levels import names_colleges
from normalizers.executors.text import items
from normalizers.executors.vocabulary import cues
from normalizers.outcomes import Code

UNKNOWN_EXECUTOR = Code.UNKNOWN_EXECUTOR

_NON_STATE = frozenset({"ооо", "оао", "пао", "зао", "ао", "ано", "нко", "гу"})  # "ГУ МЧС": a main directorate
_FIELD_ENDINGS = ("уз", "ук")  # здравоохранения, культуры: the form says the field


def _form_level(form: str) -> str | None:
    """"federal", "regional" or None: the level a state institution's form names."""
    if form in _NON_STATE or form not in cues().state_forms or form.endswith(_FIELD_ENDINGS) or "п" in form:
        return None
    if form.startswith("ф"):
        return "federal"
    return "regional" if form.startswith(("г", "ог", "кг")) else None


def is_opaque(name: str, level: str, glossary) -> bool:
    """Whether `name` is a state institution of the plan's `level` named by its form and unknown letters."""
    words = items(name)
    if len(words) != 2 or not all(word.is_abbreviation for word in words):
        return False
    if _form_level(bare(words[0])) != level:
        return False
    return glossary.longest_match([words[1].key], 0) is None


def opaque_institutions(executors: list, level: str, glossary) -> list:
    """The executors with each institution of the plan's own level named by unknown letters `other`."""
    if level not in ("regional", "federal"):
        return executors  # most plans: the glossaries and the classification speak for municipal ones
    opaque = [e.kind == "external" and is_opaque(e.name, level, glossary) for e in executors]
    if not any(opaque):
        return executors
    return [replace(e, kind="other") if flag else e for e, flag in zip(executors, opaque, strict=True)]


def unknown_after_level(result, after: list) -> tuple[list, list]:
    """The warnings and unknown names of a cell's `result` whose executors were read at the plan's level as
    `after`: an institution that became `other` there is an unknown name (unknown_executor)."""
    warnings, unknown_names = result.warnings, result.unknown_names
    was = {e.name: e.kind for e in result.executors}
    new = [e.name for e in after if e.kind == "other" and was.get(e.name) == "external" and e.name not in unknown_names
           and not names_colleges(e.name)]
    if not new:
        return warnings, unknown_names
    return (warnings if UNKNOWN_EXECUTOR in warnings else [*warnings, UNKNOWN_EXECUTOR]), [*unknown_names, *new]
