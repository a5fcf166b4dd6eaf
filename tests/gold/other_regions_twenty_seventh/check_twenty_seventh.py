"""Validate the twenty-seventh other-regions set (written cells, the blind set of session 49): no address (or
document id) of an earlier set (../set_tools.py), at most 8 cells of a kind per source (the writer gave each imagined
plan 5 deadline and 7-8 executor cells). No excluded_urls.txt: the cells were written, no page was visited.
Run: python3 tests/gold/other_regions_twenty_seventh/check_twenty_seventh.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import set_tools  # noqa: E402

if __name__ == "__main__":
    sys.exit(set_tools.check_other_regions(__file__, most=8, excluded=False))
