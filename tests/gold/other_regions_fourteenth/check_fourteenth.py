"""Validate the fourteenth other-regions set: at most 6 cells of a kind per source, no address (or document id) of an
earlier set (../set_tools.py). No excluded_urls.txt: each blind set was kept apart from tests/gold and the blind sets
before it when it was collected (sources.txt). Run: python3 tests/gold/other_regions_fourteenth/check_fourteenth.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import set_tools  # noqa: E402

if __name__ == "__main__":
    sys.exit(set_tools.check_other_regions(__file__, excluded=False))
