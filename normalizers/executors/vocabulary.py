"""The word lists of the executor normaliser (glossaries/executor_cues.yaml), loaded once as sets."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from normalizers.language import fold_case

_PATH = Path(__file__).with_name("glossaries") / "executor_cues.yaml"
# libyaml's parser where PyYAML was built with it: the same safe constructor, several times faster
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=64)
def read_yaml(path: Path):
    """A YAML file of the executor normaliser, parsed once (the common glossary serves every municipality, the
    cues file both cues() and more_cues()); callers only read what it holds."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)


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
    development_institute_words: tuple[frozenset[str], ...]
    level_heads: frozenset[str]
    external_heads: frozenset[str]
    additional_education_heads: frozenset[str]
    culture_forms: frozenset[str]
    group_heads: frozenset[str]
    determiners: frozenset[str]
    kind_rules: tuple[tuple[frozenset[str], str], ...]
    early_kind_rules: tuple[tuple[frozenset[str], str], ...]
    methodical_abbreviation_endings: tuple[str, ...]
    university_abbreviation_endings: tuple[str, ...]
    school_types: frozenset[str]
    positions: dict[str, Position]
    group_kinds: frozenset[str]
    role_modifiers: frozenset[str]
    role_abbreviations: dict[str, str]
    council_heads: frozenset[str]
    community_markers: frozenset[str]
    written_forms: dict[str, str]
    abbreviated_bodies: dict[str, dict[str, str]]
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
    extra_phrase_heads: frozenset[str] = frozenset()
    comma_body_heads: frozenset[str] = frozenset()
    body_phrases: tuple[frozenset[str], ...] = ()
    apposition_heads: frozenset[str] = frozenset()
    enterprise_forms: frozenset[str] = frozenset()

    @cached_property
    def legal_forms(self) -> frozenset[str]:
        return self.municipal_forms | self.state_forms | self.grade_forms

    body_kinds: frozenset[str] = frozenset({"authority", "methodical_service", "external", "other"})

    def is_federal(self, words: set[str] | frozenset[str]) -> bool:
        """A federal body by one of its names or by the words that name it."""
        return bool(words & self.federal_bodies) or any(phrase <= words for phrase in self.federal_phrases)

    # Unions the rules ask for word by word, built once.
    @cached_property
    def public_forms(self) -> frozenset[str]:
        """Legal forms of municipal and state organisations."""
        return self.municipal_forms | self.state_forms

    @cached_property
    def outer_level_markers(self) -> frozenset[str]:
        """Words of a higher-level or federal qualifier ("… Нижегородской области", "… Российской Федерации")."""
        return self.higher_level_markers | self.federal_markers

    @cached_property
    def community_body_heads(self) -> frozenset[str]:
        return self.authority_heads | self.council_heads

    @cached_property
    def levelled_heads(self) -> frozenset[str]:
        """Head words of bodies whose kind depends on the level of the plan."""
        return self.authority_heads | self.federal_bodies | self.level_heads

    @cached_property
    def body_and_group_kinds(self) -> frozenset[str]:
        return self.body_kinds | self.group_kinds

    @cached_property
    def name_heads(self) -> frozenset[str]:
        """Nouns that head the name of a body or a group of executors."""
        return (self.body_heads | self.authority_heads | self.external_heads | self.school_types
                | self.additional_education_heads | self.federal_bodies)


def _set(values) -> frozenset[str]:
    return frozenset(fold_case(str(v)) for v in values or [])


def _rules(values) -> tuple[tuple[frozenset[str], str], ...]:
    return tuple((_set(rule["all"]), rule["kind"]) for rule in values)


def _positions(values) -> dict[str, Position]:
    return {str(word): Position(bool(spec.get("staff")), spec.get("governs", "gent"), bool(spec.get("requires_group")))
            for word, spec in (values or {}).items()}


# How a YAML value becomes a field, by the field's declared type; fields not read this way are listed apart.
_READERS = {
    "frozenset[str]": _set,
    "tuple[str, ...]": lambda values: tuple(str(v) for v in values or []),
    "dict[str, str]": lambda values: {str(k): str(v) for k, v in (values or {}).items()},
    "tuple[frozenset[str], ...]": lambda values: tuple(_set(words) for words in values or []),
    "tuple[tuple[frozenset[str], str], ...]": _rules,
    "dict[str, Position]": _positions,
    "dict[str, dict[str, str]]": lambda values: {str(k): {str(a).lower(): str(b) for a, b in v.items()}
                                                 for k, v in (values or {}).items()},
}
_LEGAL_FORMS = {"municipal_forms": "municipal", "state_forms": "state", "grade_forms": "grade"}


@lru_cache(maxsize=1)
def more_cues() -> dict:
    """executor_cues.yaml as parsed, for the entries Vocabulary does not load (member_bodies, deputy_acronym,
    cell_labels, abbreviation_shapes, legal_form_groups …): the one accessor of the file besides cues(), here
    so that every module may read it without importing the rules of another."""
    return read_yaml(_PATH)


@lru_cache(maxsize=1)
def cues() -> Vocabulary:
    data = read_yaml(_PATH)
    values = {}
    for spec in fields(Vocabulary):
        if spec.name in _LEGAL_FORMS:
            values[spec.name] = _set(data["legal_forms"][_LEGAL_FORMS[spec.name]])
        elif spec.name in data:
            values[spec.name] = _READERS[spec.type](data[spec.name])
    return Vocabulary(**values)
