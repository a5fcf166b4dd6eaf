"""Generated layouts (tests/layouts) read back to their gold measures, per format.

Each format's test reads every committed layout, records each layout's share of exact measures
(the terminal summary prints them with the worst five) and holds the tuned layouts to the bar;
the held-out layouts, never looked at while tuning, are reported apart against the outside bar.
"""

from __future__ import annotations

import pytest
from layouts.measure import features, score
from layouts.spec import load_catalog

BAR = 0.99  # tuned layouts, measures exact per format
HELD_OUT_BAR = 0.97  # layouts the readers were not tuned on
# PDF has not reached the bar yet (issue 10 open): below it the test is an expected failure, but
# it must never fall under what the readers already do.
PDF_FLOOR = 0.45  # measured 50.4 % tuned at the end of the first turn


def _share(scores) -> float:
    total = sum(s.comparison.total for s in scores)
    return sum(s.comparison.equal for s in scores) / total if total else 1.0


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_generated_layouts_read_back(fmt, record_property):
    scores = [score(layout, fmt) for layout in load_catalog()]
    for s in scores:
        record_property("layout_score", (fmt, s.layout.name, s.layout.held_out, s.comparison.equal,
                                         s.comparison.total, features(s.layout)))
        for line in s.comparison.differences[:5]:
            print(f"{fmt} {s.layout.name}: {line}")
    tuned = [s for s in scores if not s.layout.held_out]
    held_out = [s for s in scores if s.layout.held_out]
    print(f"{fmt}: tuned {_share(tuned):.2%}, held out {_share(held_out):.2%}")
    assert len(scores) >= 30
    if fmt == "pdf" and (_share(tuned) < BAR or _share(held_out) < HELD_OUT_BAR):
        assert _share(tuned) >= PDF_FLOOR
        pytest.xfail(f"PDF layouts: tuned {_share(tuned):.1%}, held out {_share(held_out):.1%}; "
                     f"bar {BAR:.0%} not reached")
    assert _share(tuned) >= BAR
    assert _share(held_out) >= HELD_OUT_BAR
