"""Validate the fifteenth other-regions set: at most 6 cells of a kind per source, no address of an earlier set or
excluded_urls.txt (../set_tools.py). Run: python3 tests/gold/other_regions_fifteenth/check_fifteenth.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import set_tools  # noqa: E402

if __name__ == "__main__":
    sys.exit(set_tools.check_other_regions(__file__))
