"""Instructions per cell of a normaliser, counted by callgrind: a figure the load of a shared machine does not
move, to compare a speed-up with the code before it (CPU-second rates move by a third between runs there).

The process reads the bench's cells (bench_deadlines.py, bench_executors.py), warms up, then normalises them
ROUNDS times; it runs under callgrind twice, with ROUNDS and with none, and the difference per cell is the
cost of a normalisation alone (no start-up, no imports, no YAML). Needs valgrind (apt-get install valgrind).

Usage: .venv/bin/python bench/instructions.py deadlines|executors [--rounds N]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def _work(normaliser: str, rounds: int) -> int:
    """Normalise the bench's cells `rounds` times after a warm-up; return the number of cells."""
    if normaliser == "deadlines":
        from bench_deadlines import gold_cells

        from normalizers.deadlines import normalize

        cells = gold_cells()
        for raw, period in cells:
            normalize(raw, period)
        for _ in range(rounds):
            for raw, period in cells:
                normalize(raw, period)
        return len(cells)
    from bench_executors import corpus_cells, run

    from normalizers.executors import normalize

    cells = corpus_cells()
    run(cells, normalize)
    for _ in range(rounds):
        run(cells, normalize)  # a steady pass: the cell memo cleared, the word caches warm
    return len(cells)


def _count(normaliser: str, rounds: int) -> tuple[int, int]:
    """(instructions, cells) of one process doing `rounds` rounds, under callgrind."""
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                           __file__, normaliser, "--work", str(rounds)], capture_output=True, text=True, check=True)
    instructions = int(re.search(r"Collected : (\d+)", done.stderr).group(1))
    return instructions, int(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("normaliser", choices=("deadlines", "executors"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--work", type=int, help=argparse.SUPPRESS)  # the counted process itself
    args = parser.parse_args()
    if args.work is not None:
        print(_work(args.normaliser, args.work))
        return
    base, _ = _count(args.normaliser, 0)
    total, cells = _count(args.normaliser, args.rounds)
    print(f"{args.normaliser}: {(total - base) / (args.rounds * cells):,.0f} instructions per cell "
          f"({cells} cells x {args.rounds} rounds, callgrind)")


if __name__ == "__main__":
    main()
