"""Deadline classes the twelfth other-regions set (tests/gold/other_regions_twelfth/) showed broken, with examples
of our own: holidays of two seasons joined by "и" are continuous yearly over the months of both (R32, as one season's
are); "к <day> числу" (the dative after "к") is a day of the month like "до <day> числа"."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

CAL = PlanPeriod(date(2019, 1, 1), date(2019, 12, 31), False)
SCHOOL = PlanPeriod(date(2019, 9, 1), date(2020, 8, 31), True)


def test_two_seasons_of_holidays_take_the_months_of_both():
    d = normalize("во время осенних и весенних каникул", SCHOOL)
    assert (d.deadline_kind, d.freq, d.months) == ("continuous", "yearly", [10, 11, 3])
    assert d.occurrences == [(date(2019, 10, 1), date(2019, 11, 30)), (date(2020, 3, 1), date(2020, 3, 31))]


def test_winter_and_summer_holidays_over_a_calendar_year():
    d = normalize("Летние и зимние каникулы", CAL)
    assert (d.deadline_kind, d.months) == ("continuous", [6, 7, 8, 12, 1])
    assert d.occurrences == [(date(2019, 1, 1), date(2019, 1, 31)), (date(2019, 6, 1), date(2019, 8, 31)),
                             (date(2019, 12, 1), date(2019, 12, 31))]


def test_one_season_reads_as_before():
    d = normalize("в период зимних каникул", SCHOOL)
    assert (d.months, d.occurrences) == ([12, 1], [(date(2019, 12, 1), date(2020, 1, 31))])


@pytest.mark.parametrize("raw, day", [("к 20 числу каждого месяца", 20), ("ежемесячно к 5 числу", 5)])
def test_the_dative_day_of_the_month_repeats_monthly(raw, day):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.freq, d.day_of_month, len(d.occurrences)) == ("recurring", "monthly", day, 12)
    assert d.note is None
