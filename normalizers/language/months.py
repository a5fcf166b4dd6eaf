"""Month names (months.yaml): the deadline lexicon reads every form, order dates the genitive."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

# libyaml's parser where PyYAML was built with it: the same safe constructor, faster on a cold start
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _table() -> dict[int, dict]:
    raw = yaml.load(Path(__file__).with_name("months.yaml").read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    return {int(month): entry for month, entry in raw.items()}


def month_forms(month: int) -> list[str]:
    """Every written form of a month: genitive, the other cases, the abbreviations."""
    entry = _table()[month]
    return [entry["genitive"], *entry["forms"], *entry["abbreviations"]]


def month_of_genitive() -> dict[str, int]:
    """"марта" -> 3: the form a date is written in."""
    return {entry["genitive"]: month for month, entry in _table().items()}

