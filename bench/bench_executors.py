"""Cells per second of normalizers.executors.normalize over the corpus's executor cells.

Cells: the raw texts of tests/gold/executors/dev.jsonl, plus the executors_raw column of
data/parquet/measures when an ingest has produced it. The first pass is cold (empty word caches in
a fresh process, glossaries loaded on first use); later passes show the steady rate of a long
ingest: every answer kept per cell is forgotten before each pass, the word caches stay warm.
Target: 20,000 cells per second on one core. The work is single-threaded, so the rate is per core;
each pass is timed on the wall clock and on this process's CPU time (wall time suffers when the
machine is busy). For a figure no load moves, count instructions: bench/instructions.py executors.

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


def run(cells, normalize) -> tuple[float, float]:
    """One pass over the corpus as an ingest makes it, in (wall, CPU) seconds. Every answer kept per cell,
    segment or opening is forgotten first (clear_memo), so a cell seen in an earlier pass costs what a new
    cell costs, and one repeated within the pass is answered from the memo, as in a document; word-level
    morphology caches stay warm, as in a long ingest."""
    from normalizers.executors import clear_memo

    clear_memo()
    wall, cpu = time.perf_counter(), time.process_time()
    for raw, municipality, glossary in cells:
        normalize(raw, municipality, glossary)
    return time.perf_counter() - wall, time.process_time() - cpu


def _line(label: str, cells: int, wall: float, cpu: float) -> str:
    return f"  {label:<24}: {cells / wall:10,.0f} cells/s wall, {cells / cpu:10,.0f} cells/s CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    cells = corpus_cells()
    started = time.perf_counter()
    from normalizers.executors import normalize

    import_seconds = time.perf_counter() - started
    cold = run(cells, normalize)
    passes = sorted((run(cells, normalize) for _ in range(args.rounds)), key=lambda times: times[1])
    median = passes[len(passes) // 2]
    best_cpu = passes[0][1]
    n = len(cells)
    print(f"executors: {n} cells (import {import_seconds * 1000:.0f} ms); CPU time is this process's own, "
          "less sensitive to other load on the machine")
    print(_line("cold first pass", n, *cold))
    print(_line(f"steady, median of {args.rounds}", n, *median))
    print(f"  steady, best CPU of {args.rounds:<4}: {n / best_cpu:10,.0f} cells/s CPU  target {TARGET:,} per core -> "
          f"{'OK' if n / median[1] >= TARGET else 'BELOW TARGET'} (judged on the median's CPU rate)")


if __name__ == "__main__":
    main()
