"""Deadline classes the eighth other-regions set (tests/gold/other_regions_eighth/) showed broken, with examples of
our own: a day without its year, then a later full date with only a space between them, is a range whose dash was
lost and whose year is written once at the end (O36, O48); two full dates stay two dates (F7)."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

CAL = PlanPeriod(date(2019, 1, 1), date(2019, 12, 31), False)


@pytest.mark.parametrize(("raw", "start", "end", "months"), [
    ("01.04. 20.05.2019", date(2019, 4, 1), date(2019, 5, 20), [4, 5]),
    ("10.09 30.09.2019", date(2019, 9, 10), date(2019, 9, 30), [9]),
    ("с 03.02. 14.03.2019", date(2019, 2, 3), date(2019, 3, 14), [2, 3]),
])
def test_a_yearless_day_then_a_later_full_date_is_a_range(raw, start, end, months):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.occurrences, d.months, d.warnings) == ("interval", [(start, end)], months, [])


@pytest.mark.parametrize(("raw", "days"), [
    ("01.04.2019 20.05.2019", [date(2019, 4, 1), date(2019, 5, 20)]),  # two full dates (F7)
    ("01.04., 20.05.2019", [date(2019, 4, 1), date(2019, 5, 20)]),  # a comma lists them
])
def test_two_dates_listed_stay_two_dates(raw, days):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.occurrences) == ("multi", [(day, day) for day in days])


def test_a_later_day_first_is_no_range():
    assert normalize("20.05. 01.04.2019", CAL).deadline_kind != "interval"
