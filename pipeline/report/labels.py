"""Russian words for the dataset's codes (labels.yaml): executor kinds, warnings, document statuses."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


@cache
def _labels() -> dict:
    text = resources.files("pipeline.report").joinpath("labels.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def say(group: str, code) -> str:
    """The Russian label of a code, or the code itself when the vocabulary does not know it yet."""
    return str(_labels()[group].get(code, code))


def known(group: str) -> list[str]:
    """The codes of a group in the order the vocabulary lists them (the order charts use)."""
    return list(_labels()[group])
