"""Russian words for the dataset's codes: executor kinds (labels.yaml), warnings and statuses (outcomes)."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from normalizers import outcomes

_REGISTRY_GROUPS = {"warnings": outcomes.warnings, "document_status": outcomes.statuses}


@cache
def _labels() -> dict:
    text = resources.files("pipeline.report").joinpath("labels.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def say(group: str, code) -> str:
    """The Russian label of a code, or the code itself when the vocabulary does not know it yet.

    Warnings and document statuses are labelled by the one registry of outcomes (normalizers/outcomes.yaml).
    """
    if group in _REGISTRY_GROUPS:
        try:
            return outcomes.describe(code).label
        except ValueError:
            return str(code)
    return str(_labels()[group].get(code, code))


def known(group: str) -> list[str]:
    """The codes of a group in the order the vocabulary lists them (the order charts use)."""
    if group in _REGISTRY_GROUPS:
        return [e.code for e in _REGISTRY_GROUPS[group]()]
    return list(_labels()[group])
