"""Every deadline reading the project can make from its cells, dumped in full: a change that should not
change behaviour (a speed-up) must leave the dump byte-identical (compare the printed sha256).

Cells and periods:
- the labelled deadline sets (tests/gold/deadlines, deadlines_generated, other_regions,
  other_regions_fresh, _third, _fourth, _fifth, _sixth, _seventh, _eighth): each with its label's period, and once
  more without a period (as the structure step asks `is_deadline_cell`);
- the measures gold (tests/gold/measures): the deadline cell against its plan title's period, and every
  other text cell (names, executors, results) without a period, so that the "not a deadline" paths count;
- the deadline cells of data/raw's orders against their plan's period, as the ingest reads them (extracted
  once and kept in a cache file, since parsing takes a while).

Only equality is of interest: the cells are not printed.

Usage: .venv/bin/python tests/deadlines_snapshot.py [OUT]   (default /tmp/deadlines_snapshot.jsonl)
"""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import accuracy  # noqa: E402

RAW_CELLS = Path("/tmp/deadlines_snapshot_raw_cells.json")
LABELLED = (accuracy.GOLD / "deadlines" / "dev.jsonl", accuracy.GENERATED_DEADLINES,
            accuracy.OTHER_REGIONS / "deadlines.jsonl", accuracy.LABELLED_SETS["fresh"] / "deadlines.jsonl",
            accuracy.LABELLED_SETS["third"] / "deadlines.jsonl", accuracy.LABELLED_SETS["fourth"] / "deadlines.jsonl",
            accuracy.LABELLED_SETS["fifth"] / "deadlines.jsonl", accuracy.LABELLED_SETS["sixth"] / "deadlines.jsonl",
            accuracy.LABELLED_SETS["seventh"] / "deadlines.jsonl", accuracy.LABELLED_SETS["eighth"] / "deadlines.jsonl")
_TEXT_FIELDS = ("name", "executors", "result", "section", "plan_title")


def _period(start: str | None, end: str | None, school: bool) -> tuple | None:
    return (start, end, school) if start and end else None


def raw_document_cells() -> list[dict]:
    """(raw, period) of every measure's deadline in data/raw's orders, cached in RAW_CELLS."""
    if RAW_CELLS.is_file():
        return json.loads(RAW_CELLS.read_text(encoding="utf-8"))
    from normalizers.deadlines import plan_period

    cells = []
    for path, doc in accuracy.raw_documents():
        for plan in doc.plans:
            texts = [m.get("deadline") for m in plan.measures]
            p = plan_period(plan.title, None, [t or "" for t in texts])
            for raw in texts:
                cells.append({"file": str(path.relative_to(accuracy.RAW)), "raw": raw,
                              "period": _period(p and p.start.isoformat(), p and p.end.isoformat(),
                                                bool(p and p.school_year))})
    RAW_CELLS.write_text(json.dumps(cells, ensure_ascii=False), encoding="utf-8")
    return cells


def readings() -> list[tuple[str, str | None, tuple | None]]:
    """(set, raw, period as (start, end, school year) or None) for every reading."""
    from normalizers.deadlines import plan_period

    out = []
    for path in LABELLED:
        for row in accuracy.read_jsonl(path):
            if "deadline_kind" not in row:
                continue
            period = row.get("period") or (None, None)
            out.append((path.parent.name, row["raw"], _period(*period, bool(row.get("school_year")))))
            out.append((path.parent.name + " no period", row["raw"], None))
    for path in sorted((accuracy.GOLD / "measures").glob("*.jsonl")):
        for row in accuracy.read_jsonl(path):
            p = plan_period(row.get("plan_title") or "", None, [row.get("deadline")])
            period = _period(p.start.isoformat(), p.end.isoformat(), p.school_year) if p else None
            out.append(("measures", row.get("deadline"), period))
            out.extend(("measures other text", row.get(f), None) for f in _TEXT_FIELDS if row.get(f))
    for cell in raw_document_cells():
        out.append(("data/raw " + cell["file"], cell["raw"], tuple(cell["period"]) if cell["period"] else None))
    return out


def main() -> None:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/deadlines_snapshot.jsonl")
    cells = readings()
    from normalizers.deadlines import PlanPeriod, normalize

    lines = []
    for name, raw, period in cells:
        plan = PlanPeriod(date.fromisoformat(period[0]), date.fromisoformat(period[1]), period[2]) \
            if period else None
        lines.append(json.dumps({"set": name, "raw": raw, "period": period,
                                 "reading": accuracy.encode_deadline(normalize(raw, plan))}, ensure_ascii=False))
    text = "\n".join(lines) + "\n"
    target.write_text(text, encoding="utf-8")
    print(f"{len(lines)} readings -> {target} sha256 {hashlib.sha256(text.encode()).hexdigest()}")


if __name__ == "__main__":
    main()
