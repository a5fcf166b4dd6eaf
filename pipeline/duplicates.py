"""Mark measures that repeat a plan already published in another document of the same municipality.

The copy in the document with the earlier order date is the original; a dated document comes
before an undated one; between undated ones, the path that sorts first. Plans are matched by their
normalised title; measures within matched plans by item number and name, then by position.
"""

from __future__ import annotations

import difflib
from datetime import date
from functools import lru_cache

from normalizers.language import fold as _fold

# What mark_duplicates reads of a measure: the reduce step loads these columns only.
COLUMNS = ("document_id", "measure_id", "plan_key", "plan_title", "item_path", "section", "name", "duplicate_of")


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Copies repeat the same titles, sections and names: each is folded once per run, not once per pair."""
    return _fold(text)


def document_order_key(doc: dict) -> tuple:
    order_date = doc.get("order_date")
    return (order_date is None, order_date or date.min, doc.get("source_file") or "")


def mark_duplicates(measures_by_doc: dict[str, list[dict]], docs: dict[str, dict]) -> None:
    """Set `duplicate_of` in place on the measures of every later copy of a plan."""
    for rows in measures_by_doc.values():
        for r in rows:
            r["duplicate_of"] = None
    ordered = sorted(measures_by_doc, key=lambda d: document_order_key(docs.get(d, {})))
    originals: dict[str, list[dict]] = {}  # plan title -> measures of the first copy
    for doc_id in ordered:
        plans: dict[str, list[dict]] = {}
        for r in measures_by_doc[doc_id]:
            plans.setdefault(r["plan_key"], []).append(r)
        for rows in plans.values():
            title = fold(rows[0]["plan_title"])
            if title in originals and originals[title][0]["document_id"] != doc_id:
                _pair(rows, originals[title])
            else:
                originals.setdefault(title, rows)


def _position_key(r: dict) -> str:
    return f"{r.get('item_path')}|{fold(r.get('section'))[:20]}"


def _pair(copy: list[dict], original: list[dict]) -> None:
    """Align the copy to the original by item numbers and names (tolerates small text variants)."""
    a = [_position_key(r) for r in original]
    b = [_position_key(r) for r in copy]
    if a == b:  # an exact copy, the common case: the one matching block difflib would find, without its quadratic cost
        blocks = [(0, 0, len(a))]
    else:
        blocks = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_matching_blocks()
    for start_a, start_b, size in blocks:
        for k in range(size):
            o, c = original[start_a + k], copy[start_b + k]
            if _similar(fold(o["name"]), fold(c["name"])):
                c["duplicate_of"] = o["measure_id"]


@lru_cache(maxsize=65536)
def _similar(a: str, b: str) -> bool:
    """The same pair of names comes back with every copy of a plan: compared once. The quick ratios
    are upper bounds of ratio(): a pair they already put below the threshold needs no full match."""
    if a == b:
        return True
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return matcher.real_quick_ratio() >= 0.8 and matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8
