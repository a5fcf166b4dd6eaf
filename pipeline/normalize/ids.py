"""Measure ids: stable across runs, unique within a document even when two measures read the same."""

from __future__ import annotations

import hashlib
import re


def stable_id(*parts: str | None) -> str:
    digest = hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()
    return digest[:24]


def item_path(number: str | None) -> str | None:
    """"1.1." -> "1.1", "5" -> "5"; None stays None."""
    if not number:
        return None
    path = re.sub(r"\s+", "", number).strip(".)")
    return path or None


class MeasureIds:
    """Hands out ids for one document; the n-th repeat of an id gets the id hashed with n."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def next(self, municipality: str, plan_key: str, number: str | None, name: str) -> str:
        base = stable_id(municipality, plan_key, number, name.lower())
        repeat = self._seen.get(base, 0)
        self._seen[base] = repeat + 1
        return base if repeat == 0 else stable_id(base, str(repeat))
