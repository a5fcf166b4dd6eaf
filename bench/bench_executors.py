"""Cells per second of normalizers.executors.normalize over the corpus's executor cells.

Cells: the raw texts of tests/gold/executors/dev.jsonl, plus the executors_raw column of
data/parquet/measures when an ingest has produced it. The first pass is cold (empty word caches in
a fresh process, glossaries loaded on first use); later passes show the steady rate of a long
ingest. Target: 20,000 cells per second on one core. The work is single-threaded, so the rate is
per core; the CPU-time figure is printed too because wall time suffers when the machine is busy.

Usage: .venv/bin/python bench/bench_executors.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "executors" / "dev.jsonl"
MEASURES = ROOT / "data" / "parquet" / "measures"
TARGET = 20_000


def corpus_cells() -> list[tuple[str, str, dict[str, str] | None]]:
    """(raw, municipality, document glossary) for every executor cell the corpus offers."""
    cells = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            cells.append((row["raw"], row["municipality"], None))
    if MEASURES.exists():
        import pyarrow.dataset as ds

        table = ds.dataset(str(MEASURES), format="parquet").to_table()
        columns = set(table.column_names)
        if "executors_raw" in columns:
            municipalities = table.column("municipality").to_pylist() if "municipality" in columns else None
            for i, raw in enumerate(table.column("executors_raw").to_pylist()):
                if raw:
                    cells.append((raw, municipalities[i] if municipalities else "", None))
    return cells


def run(cells, normalize, clock=time.perf_counter) -> float:
    """One pass over the corpus as an ingest makes it: the cell memo starts empty, so a cell seen
    earlier in the same pass is answered from it; word-level morphology caches stay warm."""
    from normalizers.executors import clear_memo

    clear_memo()
    started = clock()
    for raw, municipality, glossary in cells:
        normalize(raw, municipality, glossary)
    return clock() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    cells = corpus_cells()
    started = time.perf_counter()
    from normalizers.executors import normalize

    import_seconds = time.perf_counter() - started
    cold = run(cells, normalize)
    warm = min(run(cells, normalize) for _ in range(args.rounds))
    warm_cpu = min(run(cells, normalize, time.process_time) for _ in range(args.rounds))
    cold_rate, warm_rate = len(cells) / cold, len(cells) / warm
    print(f"executors: {len(cells)} cells (import {import_seconds * 1000:.0f} ms)")
    print(f"  cold first pass : {cold_rate:10,.0f} cells/s  ({cold * 1000:.1f} ms)")
    print(f"  steady (best of {args.rounds}): {warm_rate:10,.0f} cells/s  target {TARGET:,} -> "
          f"{'OK' if warm_rate >= TARGET else 'BELOW TARGET'}")
    print(f"  steady, CPU time of this process: {len(cells) / warm_cpu:10,.0f} cells/s "
          "(less sensitive to other load on the machine)")


if __name__ == "__main__":
    main()
