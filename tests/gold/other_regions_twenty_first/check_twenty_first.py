"""Validate the twenty-first other-regions set (written cells): no address (or document id) of an earlier set
(../set_tools.py), at most 11 cells of a kind per source (the writer gave each imagined plan 5 deadline and 9-10
executor cells). No excluded_urls.txt: the cells were written, no page was visited.
Run: python3 tests/gold/other_regions_twenty_first/check_twenty_first.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import set_tools  # noqa: E402

if __name__ == "__main__":
    sys.exit(set_tools.check_other_regions(__file__, most=11, excluded=False))
