"""People outside the education system named as a group ("родители", "родители воспитанников"): the plan
names them as executors, but they are no staff of any body in it, so their kind is `external` (F14), as for
"заинтересованные партнеры"; the lemmas are shared vocabulary (executor_cues.yaml, outside_people)."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.morphology import lemma
from normalizers.executors.vocabulary import more_cues

_FIRST_WORD_RE = re.compile(r"[А-Яа-яЁё]+")


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    return frozenset(str(word) for word in more_cues().get("outside_people") or ())


def kind_of_people(name: str, kind: str) -> str:
    """`external` for a role whose first word names people outside the system, `kind` otherwise."""
    if kind != "role":
        return kind
    first = _FIRST_WORD_RE.match(name)
    return "external" if first is not None and lemma(first.group()) in _lemmas() else kind
