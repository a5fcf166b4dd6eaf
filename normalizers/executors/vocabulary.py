"""The word lists of the executor normaliser (glossaries/executor_cues.yaml), loaded once as sets."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from normalizers.language import fold_case

_PATH = Path(__file__).with_name("glossaries") / "executor_cues.yaml"


@dataclass(frozen=True)
class Position:
    staff: bool = False
    governs: str = "gent"
    requires_group: bool = False


@dataclass(frozen=True)
class Vocabulary:
    municipal_forms: frozenset[str]
    state_forms: frozenset[str]
    grade_forms: frozenset[str]
    authority_heads: frozenset[str]
    higher_level_markers: frozenset[str]
    federal_bodies: frozenset[str]
    federal_markers: frozenset[str]
    federal_phrases: tuple[frozenset[str], ...]
    place_heads: frozenset[str]
    part_heads: frozenset[str]
    regional_markers: frozenset[str]
    regional_inside_markers: frozenset[str]
    development_institute_abbreviations: tuple[str, ...]
    development_institute_words: frozenset[str]
    level_heads: frozenset[str]
    external_heads: frozenset[str]
    additional_education_heads: frozenset[str]
    kind_rules: tuple[tuple[frozenset[str], str], ...]
    early_kind_rules: tuple[tuple[frozenset[str], str], ...]
    methodical_abbreviation_endings: tuple[str, ...]
    school_types: frozenset[str]
    positions: dict[str, Position]
    group_kinds: frozenset[str]
    role_modifiers: frozenset[str]
    role_abbreviations: dict[str, str]
    qualifier_starts: frozenset[str]
    qualifier_words: frozenset[str]
    prepositions: dict[str, str]
    connectors: frozenset[str]
    header_words: frozenset[str]
    result_heads: frozenset[str]
    body_nouns_like_actions: frozenset[str]
    body_heads: frozenset[str]
    action_endings: tuple[str, ...]
    deadline_openers: frozenset[str]

    @property
    def legal_forms(self) -> frozenset[str]:
        return self.municipal_forms | self.state_forms | self.grade_forms

    body_kinds: frozenset[str] = frozenset({"authority", "methodical_service", "external", "other"})

    def is_federal(self, words: set[str] | frozenset[str]) -> bool:
        """A federal body by one of its names or by the words that name it."""
        return bool(words & self.federal_bodies) or any(phrase <= words for phrase in self.federal_phrases)

    @cached_property
    def name_heads(self) -> frozenset[str]:
        """Nouns that head the name of a body or a group of executors."""
        return (self.body_heads | self.authority_heads | self.external_heads | self.school_types
                | self.additional_education_heads | self.federal_bodies)


def _set(values) -> frozenset[str]:
    return frozenset(fold_case(str(v)) for v in values or [])


@lru_cache(maxsize=1)
def cues() -> Vocabulary:
    data = yaml.safe_load(_PATH.read_text(encoding="utf-8"))
    forms = data["legal_forms"]
    return Vocabulary(
        municipal_forms=_set(forms["municipal"]),
        state_forms=_set(forms["state"]),
        grade_forms=_set(forms["grade"]),
        authority_heads=_set(data["authority_heads"]),
        higher_level_markers=_set(data["higher_level_markers"]),
        federal_bodies=_set(data["federal_bodies"]),
        federal_markers=_set(data["federal_markers"]),
        federal_phrases=tuple(_set(words) for words in data["federal_phrases"]),
        place_heads=_set(data["place_heads"]),
        part_heads=_set(data["part_heads"]),
        regional_markers=_set(data["regional_markers"]),
        regional_inside_markers=_set(data["regional_inside_markers"]),
        development_institute_abbreviations=tuple(data["development_institute_abbreviations"]),
        development_institute_words=_set(data["development_institute_words"]),
        level_heads=_set(data["level_heads"]),
        external_heads=_set(data["external_heads"]),
        additional_education_heads=_set(data["additional_education_heads"]),
        kind_rules=tuple((_set(rule["all"]), rule["kind"]) for rule in data["kind_rules"]),
        early_kind_rules=tuple((_set(rule["all"]), rule["kind"]) for rule in data["early_kind_rules"]),
        methodical_abbreviation_endings=tuple(data["methodical_abbreviation_endings"]),
        school_types=_set(data["school_types"]),
        positions={
            str(word): Position(bool(spec.get("staff")), spec.get("governs", "gent"), bool(spec.get("requires_group")))
            for word, spec in (data["positions"] or {}).items()
        },
        group_kinds=_set(data["group_kinds"]),
        role_modifiers=_set(data["role_modifiers"]),
        role_abbreviations={str(k): str(v) for k, v in (data["role_abbreviations"] or {}).items()},
        qualifier_starts=_set(data["qualifier_starts"]),
        qualifier_words=_set(data["qualifier_words"]),
        prepositions={str(k): str(v) for k, v in data["prepositions"].items()},
        connectors=_set(data["connectors"]),
        header_words=_set(data["header_words"]),
        result_heads=_set(data["result_heads"]),
        body_nouns_like_actions=_set(data["body_nouns_like_actions"]),
        body_heads=_set(data["body_heads"]),
        action_endings=tuple(data["action_endings"]),
        deadline_openers=_set(data["deadline_openers"]),
    )
