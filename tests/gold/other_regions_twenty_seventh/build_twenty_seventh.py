"""Write deadlines.jsonl / executors.jsonl of the twenty-seventh other-regions set from hand_labels.py.
Run: python3 tests/gold/other_regions_twenty_seventh/build_twenty_seventh.py   (how: ../set_tools.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import set_tools  # noqa: E402

if __name__ == "__main__":
    set_tools.build_other_regions(__file__)
