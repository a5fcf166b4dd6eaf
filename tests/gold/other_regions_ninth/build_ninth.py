"""Write deadlines.jsonl / executors.jsonl of the ninth other-regions set from hand_labels.py.

Uses the helpers and record builders of ../other_regions/build.py; nothing here reads a cell's text or
imports the normalisers (the same as `python3 tests/gold/other_regions/build.py tests/gold/other_regions_ninth`).
Run: python3 tests/gold/other_regions_ninth/build_ninth.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "other_regions")]

import build  # noqa: E402  (the other-regions builder)

if __name__ == "__main__":
    build.main(HERE)
