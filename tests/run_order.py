"""The order the suite runs in, so that two xdist workers (`--dist worksteal`) end together.

xdist hands each worker a contiguous half of the collection by count; a worker that runs dry takes the
tail half of the other's queue. So each half is ordered longest first, the long tests are dealt between
the halves by their measured time (tests/durations.json, from `--durations`), and each queue's tail,
what may be taken from it, is short tests only: no worker is left alone with a long test at the end.
"""

from __future__ import annotations

import json
from pathlib import Path

DURATIONS = Path(__file__).resolve().parent / "durations.json"


def measured() -> dict[str, float]:
    """Seconds per test id from a past run; a test not listed (new, or fast) counts as nothing."""
    try:
        return json.loads(DURATIONS.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def order(items: list) -> list:
    """The halves, each longest first: the measured tests dealt by time to the half with less so far,
    the others after them in file order, a test marked `gathers` (a floor over readings the tests of its
    file keep for the run, conftest.shared) at the very end, after the readings it gathers."""
    seconds = measured()
    gathering = [item for item in items if item.get_closest_marker("gathers")]
    rest = [item for item in items if not item.get_closest_marker("gathers")]
    timed = sorted((item for item in rest if seconds.get(item.nodeid, 0) > 0),
                   key=lambda item: -seconds[item.nodeid])
    untimed = [item for item in rest if seconds.get(item.nodeid, 0) <= 0]
    # slow tests nobody timed yet go before the fast ones, each file kept together
    untimed.sort(key=lambda item: item.get_closest_marker("slow") is None)
    first_size = len(items) // 2
    halves: tuple[list, list] = ([], [])
    totals = [0.0, 0.0]
    for item in timed:
        side = 0 if totals[0] <= totals[1] and len(halves[0]) < first_size else 1
        halves[side].append(item)
        totals[side] += seconds[item.nodeid]
    free = first_size - len(halves[0])
    halves[0].extend(untimed[:free])
    halves[1].extend(untimed[free:])
    halves[1].extend(gathering)
    return [*halves[0], *halves[1]]
