"""A range whose end is marked twice, by a dash and by "по"/"до" ("с 2.03 – по 17.03"): one interval ending on
the second item, not an open "с" running to the plan end (issue 11, other regions' plans)."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

CAL = PlanPeriod(date(2019, 1, 1), date(2019, 12, 31), False)


@pytest.mark.parametrize(("raw", "start", "end"), [
    ("С 2.03. – по 17.03.", date(2019, 3, 2), date(2019, 3, 17)),
    ("с 05.02.2019 - по 11.02.2019", date(2019, 2, 5), date(2019, 2, 11)),
    ("с 12 апреля — по 3 мая", date(2019, 4, 12), date(2019, 5, 3)),
    ("с 1.10 - до 15.10", date(2019, 10, 1), date(2019, 10, 15)),
])
def test_a_dash_followed_by_po_closes_the_range(raw, start, end):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.start_date, d.end_date) == ("interval", start, end)
    assert [(a, b) for a, b in d.occurrences] == [(start, end)]


def test_an_open_start_without_an_end_still_runs_to_the_plan_end():
    d = normalize("с 2.03.", CAL)
    assert (d.start_date, d.end_date) == (date(2019, 3, 2), date(2019, 12, 31))
