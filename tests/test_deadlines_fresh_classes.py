"""Deadline classes the fresh other-regions set (tests/gold/other_regions_fresh/) showed broken, one rule
each, with examples of our own: day numbers of a one-month plan, "<month>, в течение года", a space before a
date's first dot."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

MARCH = PlanPeriod(date(2021, 3, 1), date(2021, 3, 31), False)
SCHOOL = PlanPeriod(date(2022, 9, 1), date(2023, 8, 31), True)
CAL = PlanPeriod(date(2019, 1, 1), date(2019, 12, 31), False)


def _read(raw: str, period: PlanPeriod) -> tuple:
    d = normalize(raw, period)
    return d.deadline_kind, d.start_date, d.end_date, list(d.months), d.note, list(d.warnings)


# -- a monthly plan gives the day alone; its weekday goes to the note (F4) ----------------------------------------
@pytest.mark.parametrize(("raw", "kind", "start", "end", "note"), [
    ("12 (пятница)", "date", date(2021, 3, 12), date(2021, 3, 12), "пятница"),
    ("2, вторник", "date", date(2021, 3, 2), date(2021, 3, 2), "вторник"),
    ("20 суббота", "date", date(2021, 3, 20), date(2021, 3, 20), "суббота"),
    ("7", "date", date(2021, 3, 7), date(2021, 3, 7), None),
    ("22-26", "interval", date(2021, 3, 22), date(2021, 3, 26), None),
    ("15 – 17 (понедельник – среда)", "interval", date(2021, 3, 15), date(2021, 3, 17), "понедельник – среда"),
])
def test_a_day_alone_in_a_one_month_plan_is_that_months_day(raw, kind, start, end, note):
    assert _read(raw, MARCH) == (kind, start, end, [3], note, [])


@pytest.mark.parametrize("raw", ["12 (пятница)", "22-26", "7"])
def test_a_day_alone_in_a_longer_plan_stays_unread(raw):
    """Which month a bare day belongs to is known only when the plan spans one month."""
    assert _read(raw, CAL)[0] == "unknown"


@pytest.mark.parametrize("raw", ["5 раз", "2 занятия", "32", "12.00"])
def test_counts_and_times_in_a_one_month_plan_are_no_day(raw):
    assert _read(raw, MARCH)[1] is None


# -- "<month>, в течение года": the work starts that month and runs through the year (F8) --------------------------
@pytest.mark.parametrize(("raw", "month"), [
    ("ноябрь, в течение года", 11),
    ("Январь - в течение учебного года", 1),
    ("март; в течение года", 3),
])
def test_a_month_then_the_whole_year_is_continuous(raw, month):
    assert _read(raw, SCHOOL) == ("continuous", date(2022, 9, 1), date(2023, 8, 31), [month], None, [])


@pytest.mark.parametrize(("raw", "kind"), [
    ("ноябрь, в течение месяца", "interval"),  # a month-long phrase keeps the month
    ("ноябрь-декабрь, в течение года", "interval"),  # a range names its own span
])
def test_a_month_with_a_shorter_or_ranged_span_stays_dated(raw, kind):
    assert _read(raw, SCHOOL)[0] == kind


# -- a stray space before a date's first dot (F13) -----------------------------------------------------------------
@pytest.mark.parametrize(("raw", "day"), [
    ("до 7 .06. 2019г", date(2019, 6, 7)),
    ("14 .10.2019", date(2019, 10, 14)),
    ("к 1 .09.19", date(2019, 9, 1)),
])
def test_a_space_before_the_first_dot_keeps_the_date(raw, day):
    assert _read(raw, CAL)[:3] == ("date", day, day)
