"""Score measures read by OCR against the gold: found, character similarity of fields, item numbers.

OCR may lose or split a measure, so measures are not paired by position as in gold_compare: each
gold measure is matched to the most similar unmatched measure of the same plan, in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from gold_compare import FIELDS, norm

MATCH = 0.8  # names at least this similar are the same measure
WINDOW = 5  # how far ahead of the last match a measure is looked for


@dataclass
class Score:
    gold: int
    found: int
    similarity: float  # mean over found measures and fields
    numbers_exact: int

    @property
    def found_share(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def numbers_share(self) -> float:
        return self.numbers_exact / self.found if self.found else 0.0

    def __str__(self) -> str:
        return (f"found {self.found}/{self.gold} ({self.found_share:.1%}), field similarity "
                f"{self.similarity:.2%}, numbers exact {self.numbers_exact}/{self.found} ({self.numbers_share:.1%})")


def similarity(a: str | None, b: str | None) -> float:
    a, b = norm(a, "pdf") or "", norm(b, "pdf") or ""
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def score(got: list[dict], gold: list[dict]) -> Score:
    found = exact = 0
    total_sim = 0.0
    for seq in sorted({g["plan_seq"] for g in gold}):
        rows = [r for r in got if r["plan_seq"] == seq]
        start = 0
        for g in (g for g in gold if g["plan_seq"] == seq):
            candidates = range(start, min(start + WINDOW, len(rows)))
            best = max(candidates, key=lambda i: similarity(rows[i]["name"], g["name"]), default=None)
            if best is None or similarity(rows[best]["name"], g["name"]) < MATCH:
                continue
            r = rows[best]
            start = best + 1
            found += 1
            exact += norm(r["number"], "pdf") == norm(g["number"], "pdf")
            total_sim += sum(similarity(r.get(f), g.get(f)) for f in FIELDS) / len(FIELDS)
    return Score(len(gold), found, total_sim / found if found else 0.0, exact)
