"""Which municipality a file belongs to: the folder it sits in, named by the registry data file."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

REGISTRY_FILE = Path(__file__).with_name("municipalities.yaml")


@dataclass(frozen=True)
class Municipality:
    slug: str
    name: str
    region: str | None
    known: bool


@cache
def _registry() -> dict[str, dict]:
    return yaml.safe_load(REGISTRY_FILE.read_text(encoding="utf-8")) or {}


def municipality_of(path: Path, raw_root: Path) -> Municipality:
    """The slug is the first folder below the raw root (`raw/<slug>/file`); a file at the root has none."""
    try:
        parts = path.resolve().relative_to(raw_root.resolve()).parts
    except ValueError:
        parts = (path.parent.name, path.name)
    slug = parts[0] if len(parts) > 1 else "unknown"
    entry = _registry().get(slug)
    if entry:
        return Municipality(slug, entry["name"], entry.get("region"), True)
    return Municipality(slug, slug, None, False)
