"""Write deadlines.jsonl / executors.jsonl of the twenty-sixth other-regions set from hand_labels.py.
Run: python3 tests/gold/other_regions_twenty_sixth/build_twenty_sixth.py   (how: ../set_tools.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import set_tools  # noqa: E402

if __name__ == "__main__":
    set_tools.build_other_regions(__file__)
