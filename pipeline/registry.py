"""Which municipality a file belongs to: the folder it sits in, named by the registry data file."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from pipeline.filenames import display_name

REGISTRY_FILE = Path(__file__).with_name("municipalities.yaml")
_UNSAFE = re.compile(r"[=/\\%\x00-\x1f\x7f\s]+")


@dataclass(frozen=True)
class Municipality:
    slug: str
    name: str
    region: str | None
    known: bool


@cache
def _registry() -> dict[str, dict]:
    return yaml.safe_load(REGISTRY_FILE.read_text(encoding="utf-8")) or {}


def known_slugs() -> list[str]:
    return sorted(_registry())


def municipality_of(path: Path, raw_root: Path) -> Municipality:
    """The slug is the first folder below the raw root (`raw/<slug>/file`); a file at the root has none."""
    try:
        parts = Path(os.path.abspath(path)).relative_to(os.path.abspath(raw_root)).parts
    except ValueError:
        parts = (path.parent.name, path.name)
    folder = parts[0] if len(parts) > 1 else "unknown"
    entry = _registry().get(folder)
    if entry:
        return Municipality(folder, entry["name"], entry.get("region"), True)
    name = display_name(folder)
    return Municipality(safe_slug(name), name, None, False)


def safe_slug(name: str) -> str:
    """A folder name usable as a hive partition value: no `=`, no path separators, no control characters."""
    slug = _UNSAFE.sub("_", name.strip()).strip("_. ")
    return slug or "unknown"
