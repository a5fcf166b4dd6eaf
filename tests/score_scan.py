"""Score a scan of one of the five corpus orders against the gold, for scans made outside the tests.

    .venv/bin/python tests/score_scan.py SCAN.pdf GOLD_STEM [--degrade SEED]

GOLD_STEM is a key of gold_compare.SEEDS (e.g. timashevsky_2023_order046). With --degrade, SCAN.pdf is
first made from the corpus text PDF of GOLD_STEM by tests/degrade.py with that seed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from conftest import corpus_file  # noqa: E402
from degrade import make_scan  # noqa: E402
from gold_compare import load_gold, measures_of  # noqa: E402
from ocr_score import score  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("scan", type=Path)
    parser.add_argument("stem")
    parser.add_argument("--degrade", type=int, default=None, metavar="SEED")
    args = parser.parse_args()
    from parsers import ocr
    from pipeline.structure import build_structure

    if args.degrade is not None:
        make_scan(corpus_file(args.stem, "pdf"), args.scan, seed=args.degrade)
    start = time.perf_counter()
    document = ocr.parse(args.scan)
    seconds = time.perf_counter() - start
    result = score(measures_of(build_structure(document)), load_gold(args.stem))
    print(f"{args.scan.name}: {document.pages} pages, {seconds / (document.pages or 1):.2f} s/page; {result}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
