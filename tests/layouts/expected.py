"""The measures a layout must give back: its plans' gold measures, unchanged, plans renumbered from 1."""

from __future__ import annotations

import json
from pathlib import Path

from layouts.spec import Layout

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold" / "measures"


def gold_plans(layout: Layout) -> list[list[dict]]:
    """The layout's plans in order, each a list of gold measures (with their index in the layout)."""
    rows = [json.loads(line) for line in (GOLD_DIR / f"{layout.order}.jsonl").read_text(encoding="utf-8")
            .splitlines() if line.strip()]
    plans: list[list[dict]] = []
    index = 0
    for new_seq, seq in enumerate(layout.plans, start=1):
        plan = []
        for row in rows:
            if row["plan_seq"] == seq:
                plan.append({**row, "plan_seq": new_seq, "_index": index})
                index += 1
        plans.append(plan)
    return plans


def expected_measures(layout: Layout) -> list[dict]:
    return [m for plan in gold_plans(layout) for m in plan]
