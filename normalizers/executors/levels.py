"""Kinds read by the level of the plan (spec: "kinds are read by role, not by sector").

An executive body of the plan's own level, or of a territory inside it, is `authority`; a body of a
higher level is `external`. The level of a body is read from its words: "Российской Федерации",
"федеральный", a federal service -> federal; "области", "края", "республики", "субъектов" -> regional;
anything else -> municipal. A regional institute of education development or of teachers' training, and the
region's centre of teachers' professional mastery, work as the region's methodical service in a regional plan
(and stay `external` in a municipal one).
"""

from __future__ import annotations

from dataclasses import replace

from normalizers.executors.classification import bare
from normalizers.executors.complement_levels import own_level_words
from normalizers.executors.glued_ministries import spelt_if_glued
from normalizers.executors.group_levels import group_at_level
from normalizers.executors.municipal_qualifiers import without_municipal_qualifiers
from normalizers.executors.opaque_institutions import opaque_institutions
from normalizers.executors.own_institution import own_institution
from normalizers.executors.own_region_bodies import own_region_kind
from normalizers.executors.territorial_offices import serves_a_region
from normalizers.executors.text import items
from normalizers.executors.vocabulary import cues

MUNICIPAL, REGIONAL, FEDERAL = "municipal", "regional", "federal"
INSTITUTION = "institution"  # the plan of one school or kindergarten: bodies read as in a municipal plan
LEVELS = (INSTITUTION, MUNICIPAL, REGIONAL, FEDERAL)
_RANK = {INSTITUTION: 0, MUNICIPAL: 0, REGIONAL: 1, FEDERAL: 2}


def plan_level(municipality: str | None, level: str | None) -> str:
    """The level a cell is read at: as given, else municipal for a municipality, regional without one."""
    if level in _RANK:
        return level
    return MUNICIPAL if municipality else REGIONAL


def body_level(words: set[str]) -> str:
    vocab = cues()
    if words & vocab.regional_inside_markers:
        return REGIONAL
    if words & vocab.federal_markers or vocab.is_federal(words):
        return FEDERAL
    if words & vocab.regional_markers:
        return REGIONAL
    return MUNICIPAL


def read_at_level(executors: list, level: str, glossary) -> list:
    """The executors read at the plan's level; in one institution's own plan, roles over it singular (O60); a
    municipal plan's bodies named without their municipal qualifier (R4)."""
    executors = without_municipal_qualifiers(opaque_institutions(relevel(executors, level), level, glossary), level)
    return own_institution(executors, glossary) if level == INSTITUTION else executors


def relevel(executors: list, level: str) -> list:
    """The executors with the kinds of bodies of government read at the plan's level."""
    if level in (MUNICIPAL, INSTITUTION):
        return executors  # the glossaries and the classification speak for municipal plans
    return [_relevelled(executor, level) for executor in executors]


def _development_institute(words: list, found: set[str]) -> bool:
    vocab = cues()
    if any(words_set <= found for words_set in vocab.development_institute_words):
        return True
    return any(w.is_abbreviation and any(part in bare(w) for part in vocab.development_institute_abbreviations)
               for w in words)


def _relevelled(executor, level: str):
    if executor.kind not in ("authority", "external", "other"):
        return executor
    vocab = cues()
    words = items(spelt_if_glued(executor.name))  # "Минспорт РБ": read as the ministry it names
    if not words:
        return executor
    found = {bare(item) for item in words}
    if _development_institute(words, found) and _RANK[body_level(found)] <= _RANK[level]:
        return replace(executor, kind="methodical_service")
    found = own_level_words(words, found, vocab.federal_markers | vocab.regional_markers)
    if level == REGIONAL and executor.kind != "other" and serves_a_region(words):
        return replace(executor, kind="external")  # "отдел … по Энской области": an office of a body above it
    inside = _RANK[body_level(found)] <= _RANK[level]
    if executor.kind == "external" and (group := group_at_level(words, found, inside)):
        return replace(executor, kind=group)  # "образовательные организации области" (group_levels.py)
    if level == REGIONAL and executor.kind == "external" and (own := own_region_kind(words, found)):
        return replace(executor, kind=own)  # "Региональный центр детского чтения" (own_region_bodies.py)
    if executor.kind == "other" or not (found & vocab.levelled_heads) or _state_institution(words):
        return executor
    kind = "authority" if _RANK[body_level(found)] <= _RANK[level] else "external"
    return replace(executor, kind=kind)


# "ГУ" opens an institution (государственное учреждение) as often as a main directorate ("ГУ МЧС России").
_AMBIGUOUS_STATE_FORMS = frozenset({"гу"})


def _state_institution(words: list) -> bool:
    """"КУ ПБ ВО «Противопожарная служба»", "ГКУ «Служба спасения»": a name opening with a state institution's
    legal form names an institution, not a body of government, whatever its head noun and at any level."""
    first = words[0]
    return first.is_abbreviation and bare(first) in cues().state_forms and bare(first) not in _AMBIGUOUS_STATE_FORMS
