"""Score measures read by OCR against the gold: found, character similarity of fields, item numbers.

OCR may lose or split a measure, so measures are not paired by position as in gold_compare: the gold
measures of a plan and the measures read are aligned in order, as many pairs of similar names as can
be made, the most similar such alignment. Taking for each gold measure the most similar one a few ahead
would pair a measure whose name the plan repeats ("Участие в мониторинге ..." in two sections) with
the later copy when OCR garbled the earlier, and count every measure in between as lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from gold_compare import FIELDS, norm

MATCH = 0.8  # names at least this similar are the same measure


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


def _pairs(rows: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """(gold index, row index) pairs of names at least MATCH similar, in order on both sides: the most
    pairs, and of those the most similar in sum (an alignment, as of two texts)."""
    n, m = len(gold), len(rows)
    sim = [[0.0] * m for _ in range(n)]
    for i, g in enumerate(gold):
        a = norm(g["name"], "pdf") or ""
        for j, r in enumerate(rows):
            b = norm(r["name"], "pdf") or ""
            matcher = SequenceMatcher(None, a, b, autojunk=False)
            if matcher.real_quick_ratio() >= MATCH and matcher.quick_ratio() >= MATCH:
                sim[i][j] = similarity(r["name"], g["name"])
    best = [[(0, 0.0)] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            options = [best[i - 1][j], best[i][j - 1]]
            if sim[i - 1][j - 1] >= MATCH:
                count, total = best[i - 1][j - 1]
                options.append((count + 1, total + sim[i - 1][j - 1]))
            best[i][j] = max(options)
    pairs, i, j = [], n, m
    while i and j:
        if sim[i - 1][j - 1] >= MATCH and best[i][j] == (best[i - 1][j - 1][0] + 1,
                                                         best[i - 1][j - 1][1] + sim[i - 1][j - 1]):
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def score(got: list[dict], gold: list[dict]) -> Score:
    found = exact = 0
    total_sim = 0.0
    for seq in sorted({g["plan_seq"] for g in gold}):
        rows = [r for r in got if r["plan_seq"] == seq]
        golds = [g for g in gold if g["plan_seq"] == seq]
        for i, j in _pairs(rows, golds):
            g, r = golds[i], rows[j]
            found += 1
            exact += norm(r["number"], "pdf") == norm(g["number"], "pdf")
            total_sim += sum(similarity(r.get(f), g.get(f)) for f in FIELDS) / len(FIELDS)
    return Score(len(gold), found, total_sim / found if found else 0.0, exact)
