"""Days listed before a full date share its month and year ("4, 11, 18.03.2019"): one occurrence per day
(O38 for a month word, here for a date written in figures); touching days still join (R15)."""

from __future__ import annotations

from datetime import date

from normalizers.deadlines import PlanPeriod, normalize

CAL = PlanPeriod(date(2019, 1, 1), date(2019, 12, 31), False)


def test_days_before_a_date_are_one_date_each():
    d = normalize("4, 11, 18.03.2019", CAL)
    assert d.deadline_kind == "multi"
    assert d.occurrences == [(date(2019, 3, day), date(2019, 3, day)) for day in (4, 11, 18)]


def test_a_two_digit_year_and_a_time_after_the_list():
    d = normalize("02,09,16. 04.19 18.00", CAL)
    assert [a for a, _ in d.occurrences] == [date(2019, 4, 2), date(2019, 4, 9), date(2019, 4, 16)]
    assert d.note is not None


def test_two_touching_days_join_into_one_span():
    d = normalize("6, 7.05.2019", CAL)
    assert (d.deadline_kind, d.start_date, d.end_date) == ("interval", date(2019, 5, 6), date(2019, 5, 7))
