"""Deadline class the twentieth other-regions set (tests/gold/other_regions_twentieth/, cells written in session 43)
showed broken, with examples of our own: seasons of holidays listed with commas ("осенних, зимних, весенних
каникул") are read as the twelfth set's seasons joined by "и": continuous, yearly, the months of every season (R32),
not those of the last season alone."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

SCHOOL = PlanPeriod(date(2026, 9, 1), date(2027, 8, 31), True)


@pytest.mark.parametrize(("cell", "months"), [
    ("во время зимних, весенних каникул", [12, 1, 3]),
    ("в период осенних, зимних и весенних каникул", [10, 11, 12, 1, 3]),
    ("Летние, осенние каникулы", [6, 7, 8, 10, 11]),
])
def test_seasons_listed_with_commas_take_the_months_of_each(cell, months):
    d = normalize(cell, SCHOOL)
    assert (d.deadline_kind, d.freq, d.months, d.note) == ("continuous", "yearly", months, None)


def test_touching_seasons_make_one_span():
    d = normalize("в дни осенних, зимних каникул", SCHOOL)
    assert d.occurrences == [(date(2026, 10, 1), date(2027, 1, 31))]
