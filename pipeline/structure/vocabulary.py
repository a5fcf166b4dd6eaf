"""Loading and matching the structure step's vocabulary (vocabulary.yaml)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from normalizers.language import fold

__all__ = ["fold", "starts_with_phrase", "vocabulary"]


@cache
def vocabulary() -> dict:
    raw = yaml.safe_load(Path(__file__).with_name("vocabulary.yaml").read_text(encoding="utf-8"))
    raw["header_roles"] = {role: sorted((fold(p) for p in phrases), key=len, reverse=True)
                           for role, phrases in raw["header_roles"].items()}
    raw["passport_keys"] = [fold(k) for k in raw["passport_keys"]]
    raw["plan_title_starts"] = [fold(k) for k in raw["plan_title_starts"]]
    return raw


def starts_with_phrase(folded: str, phrase: str) -> bool:
    return folded == phrase or folded.startswith(phrase + " ")
