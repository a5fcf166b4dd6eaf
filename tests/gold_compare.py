"""Compare the structure step's measures with the hand-checked gold (tests/gold/measures)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

GOLD_DIR = Path(__file__).parent / "gold" / "measures"
FIELDS = ("plan_title", "section", "number", "name", "deadline", "executors", "result", "form", "mark")

# Which gold seed each corpus order came from (tests/gold/measures/README.md).
SEEDS = {
    "sarov_2021_order158": "000_d4da3aabaa4aa2f2",
    "smirnykhovsky_2020_2025_program": "001_1defdc3a452dae1d",
    "bashmakovsky_msoko_roadmap": "002_a3cab49bccddcc62",
    "sarov_2021_roadmap_2_3": "003_a1e155e70aa7bfd4",
    "timashevsky_2023_order046": "004_1ed46880d25855cc",
}


def load_gold(stem: str) -> list[dict]:
    path = GOLD_DIR / f"{SEEDS[stem]}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def norm(value: str | None, fmt: str) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    if fmt == "pdf":
        text = re.sub(r"-\s+", "-", text)
    return text or None


def measures_of(structured) -> list[dict]:
    rows = []
    for plan in structured.plans:
        for m in plan.measures:
            rows.append({
                "plan_seq": plan.seq, "plan_title": plan.title, "section": m.section, "number": m.number,
                "name": m.name, "deadline": m.get("deadline"),
                "executors": m.get("executors") or m.get("exec_result"),
                "result": m.get("result"), "form": m.get("form"), "mark": m.get("mark"),
            })
    return rows


@dataclass
class Comparison:
    total: int = 0
    equal: int = 0
    in_order: int = 0  # equal and in their plan's order, paired by longest common subsequence
    plan_counts_equal: bool = True
    plan_counts: list[tuple[int, int]] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.equal / self.total if self.total else 0.0


def compare(got: list[dict], gold: list[dict], fmt: str) -> Comparison:
    """Pair measures plan by plan in order; a measure is equal when every field is equal."""
    out = Comparison(total=len(gold))
    by_plan_gold: dict[int, list[dict]] = {}
    by_plan_got: dict[int, list[dict]] = {}
    for g in gold:
        by_plan_gold.setdefault(g["plan_seq"], []).append(g)
    for g in got:
        by_plan_got.setdefault(g["plan_seq"], []).append(g)
    if len(by_plan_gold) != len(by_plan_got):
        out.plan_counts_equal = False
        out.differences.append(f"plans: got {len(by_plan_got)}, gold {len(by_plan_gold)}")
    for seq, gold_rows in by_plan_gold.items():
        got_rows = by_plan_got.get(seq, [])
        out.plan_counts.append((len(got_rows), len(gold_rows)))
        if len(got_rows) != len(gold_rows):
            out.plan_counts_equal = False
            out.differences.append(f"plan {seq}: got {len(got_rows)} measures, gold {len(gold_rows)}")
        out.in_order += _common_run([_key(r, fmt) for r in got_rows], [_key(g, fmt) for g in gold_rows])
        for k, g in enumerate(gold_rows):
            r = got_rows[k] if k < len(got_rows) else {}
            diffs = [f for f in FIELDS if norm(r.get(f), fmt) != norm(g.get(f), fmt)]
            if not diffs:
                out.equal += 1
            else:
                for f in diffs:
                    out.differences.append(
                        f"plan {seq} #{k + 1} ({g['number']}) {f}: got {norm(r.get(f), fmt)!r:.200} "
                        f"gold {norm(g.get(f), fmt)!r:.200}")
    return out


def _key(measure: dict, fmt: str) -> tuple:
    return tuple(norm(measure.get(f), fmt) for f in FIELDS)


def _common_run(got: list[tuple], gold: list[tuple]) -> int:
    """Length of the longest common subsequence: pairing by position counts every measure after one
    split too many (or one lost) as wrong; this counts the split alone."""
    previous = [0] * (len(gold) + 1)
    for item in got:
        current = [0]
        for j, wanted in enumerate(gold):
            current.append(previous[j] + 1 if item == wanted else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]
