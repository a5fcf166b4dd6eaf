"""Is this cell a deadline? The one answer the structure step and the executor normaliser share.

A cell is a deadline when the deadline normaliser reads a kind from it and does not call it
`not_a_deadline`. Memoised: realigning a table asks about the same cells many times.
"""

from __future__ import annotations

from functools import lru_cache

from normalizers.deadlines.normalizer import normalize
from normalizers.outcomes import Code


@lru_cache(maxsize=16384)
def is_deadline_cell(text: str) -> bool:
    reading = normalize(text, None)
    return reading.deadline_kind != "unknown" and Code.NOT_A_DEADLINE not in reading.warnings
