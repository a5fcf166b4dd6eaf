"""How well a cell's text fits a column role, judged by the normalisers themselves.

Used to realign table pieces whose cells are shifted against the header: a deadline column must
read as a deadline, an executor column must name executors (the executor normaliser's
`not_executors` signal), a number column must hold a number.
"""

from __future__ import annotations

from functools import lru_cache

from normalizers import deadlines, executors
from pipeline.structure.rows import is_number

STRONG = 2.0


@lru_cache(maxsize=4096)
def cell_fit(role: str, text: str) -> float:
    text = text.strip()
    if not text or text == "\u2195":  # empty, or under a merged cell (align.MERGED)
        return 0.0
    if role == "number":
        return STRONG if is_number(text) else -STRONG
    if role == "name":
        return -STRONG if is_number(text) else 0.0
    if role == "deadline":
        return STRONG if deadlines.is_deadline_cell(text) else -STRONG
    if role == "executors":
        return STRONG if is_executors(text) else -STRONG
    if role == "exec_result":  # executors or a result: only a deadline is out of place
        return -1.0 if deadlines.is_deadline_cell(text) else 0.0
    if role in ("result", "form", "mark"):
        # A deadline or an executor list in a free-text column is a sign of a shift.
        return -1.0 if deadlines.is_deadline_cell(text) or (len(text) < 60 and is_executors(text)) else 0.0
    return 0.0


def is_executors(text: str) -> bool:
    """Names executors: asked without resolving them, which the normalise stage does once."""
    return executors.names_executors(text)
