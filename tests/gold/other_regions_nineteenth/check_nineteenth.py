"""Validate the nineteenth other-regions set: at most 7 cells of a kind per source (the blind set wrote 7 executor
cells for five of its written plans), no address (or document id) of an earlier set (../set_tools.py). No
excluded_urls.txt: the blind set was kept apart from tests/gold and the blind sets
before it when it was collected (sources.txt). A cell repeated in one source keeps its repeats (`repeats`): the blind
set copied consecutive cells as the page shows them, and was measured so.
Run: python3 tests/gold/other_regions_nineteenth/check_nineteenth.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import set_tools  # noqa: E402

if __name__ == "__main__":
    sys.exit(set_tools.check_other_regions(__file__, most=7, excluded=False, repeats=True))
