"""A range whose end comes before its start ("с 20 по 4 мая") names no span: it must not become an interval
that ends before it begins. Hypothesis found "2 по 1 мая 2021" read as 2 May - 1 May."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

CALENDAR_2021 = PlanPeriod(date(2021, 1, 1), date(2021, 12, 31), False)


@pytest.mark.parametrize("raw", [
    "с 2 по 1 мая 2021",
    "20-4 мая 2021 г.",
    "с 20.05 по 4.05.2021",
    "20.12.2021 - 10.12.2021",
    "с 20 по 4 сентября",
])
def test_a_backward_range_is_unparsed_not_an_interval(raw):
    d = normalize(raw, CALENDAR_2021)
    assert d.deadline_kind == "unknown"
    assert "unparsed" in d.warnings
    assert d.start_date is None and not d.occurrences


@pytest.mark.parametrize("raw, start, end", [
    ("с 1 по 2 мая 2021", date(2021, 5, 1), date(2021, 5, 2)),
    ("с 01.12 по 15.01.2022", date(2021, 12, 1), date(2022, 1, 15)),  # runs over the new year: not backward
])
def test_a_forward_range_keeps_its_dates(raw, start, end):
    d = normalize(raw, None)
    assert (d.deadline_kind, d.start_date, d.end_date) == ("interval", start, end)
