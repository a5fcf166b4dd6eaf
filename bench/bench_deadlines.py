"""Deadline normalisations per second, cold (no cache), on one core.

Cells: the raw texts of the gold labels (tests/gold/deadlines/dev.jsonl) with their plan periods,
plus the deadline_raw column of data/parquet/measures when an ingest has written it (read against
each plan's period from data/parquet/plans when that table is there). Target: >= 20,000 per second.
The rate is per CPU-second of this process (time.process_time), so other jobs on the machine do not
skew it; the wall-clock rate is printed beside it.

Run: .venv/bin/python bench/bench_deadlines.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from normalizers.deadlines import PlanPeriod, normalize  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "deadlines" / "dev.jsonl"
MEASURES = ROOT / "data" / "parquet" / "measures"
PLANS = ROOT / "data" / "parquet" / "plans"
TARGET = 20_000
ROUNDS = 20


def gold_cells() -> list[tuple[str, PlanPeriod]]:
    cells = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        start, end = label["period"]
        cells.append((label["raw"], PlanPeriod(date.fromisoformat(start), date.fromisoformat(end),
                                              label["school_year"])))
    return cells


def corpus_cells() -> list[tuple[str | None, PlanPeriod | None]]:
    if not MEASURES.exists():
        return []
    import pyarrow.dataset as ds

    measures = ds.dataset(MEASURES, format="parquet").to_table(columns=["deadline_raw", "plan_key"]).to_pylist()
    periods: dict[str, PlanPeriod | None] = {}
    if PLANS.exists():
        cols = ["plan_key", "period_start", "period_end", "school_year"]
        for p in ds.dataset(PLANS, format="parquet").to_table(columns=cols).to_pylist():
            ok = p["period_start"] and p["period_end"]
            periods[p["plan_key"]] = PlanPeriod(p["period_start"], p["period_end"], bool(p["school_year"])) \
                if ok else None
    return [(m["deadline_raw"], periods.get(m["plan_key"])) for m in measures]


def main() -> None:
    cells = gold_cells() + corpus_cells()
    normalize("прогрев", None)  # load the lexicon once; the normalisations themselves stay uncached
    cpu_rates, wall_rates = [], []
    for _ in range(ROUNDS):
        w0, c0 = time.perf_counter(), time.process_time()
        for raw, period in cells:
            normalize(raw, period)
        cpu_rates.append(len(cells) / max(time.process_time() - c0, 1e-9))
        wall_rates.append(len(cells) / (time.perf_counter() - w0))
    cpu = statistics.median(cpu_rates)
    print(f"deadlines: {len(cells)} cells x {ROUNDS} rounds, single thread, no cache")
    print(f"deadlines: median {cpu:,.0f} normalisations per CPU-second (target {TARGET:,})"
          f" -> {'OK' if cpu >= TARGET else 'BELOW TARGET'}")
    print(f"deadlines: wall clock median {statistics.median(wall_rates):,.0f}/s, best {max(wall_rates):,.0f}/s"
          " (lower than CPU time when other processes share the cores)")


if __name__ == "__main__":
    main()
