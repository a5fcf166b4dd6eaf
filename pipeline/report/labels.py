"""Words for the dataset's codes in the interface language: executor kinds (labels.yaml), warnings and
statuses (the one registry of outcomes)."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from normalizers import outcomes
from pipeline.messages import language

_REGISTRY_GROUPS = {"warnings": outcomes.warnings, "document_status": outcomes.statuses}


@cache
def _labels() -> dict:
    text = resources.files("pipeline.report").joinpath("labels.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def say(group: str, code) -> str:
    """The label of a code in the interface language, or the code itself when the vocabulary does not know it.

    Warnings and document statuses are labelled by the one registry of outcomes (normalizers/outcomes.yaml).
    """
    if group in _REGISTRY_GROUPS:
        return outcomes.label(code, language())
    found = _labels()[group].get(code)
    return str(code) if found is None else found.get(language(), found["ru"])


def known(group: str) -> list[str]:
    """The codes of a group in the order the vocabulary lists them (the order charts use)."""
    if group in _REGISTRY_GROUPS:
        return [e.code for e in _REGISTRY_GROUPS[group]()]
    return list(_labels()[group])
