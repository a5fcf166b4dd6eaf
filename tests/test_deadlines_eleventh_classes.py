"""Deadline classes the eleventh other-regions set (tests/gold/other_regions_eleventh/) showed broken, with examples
of our own: "на период <event>", "на время <event>" is a span of an event the plan gives no date for, a schedule
phrase (O52); dates and seasons after the same words read as before."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

CAL = PlanPeriod(date(2019, 1, 1), date(2019, 12, 31), False)


@pytest.mark.parametrize("raw", ["на период ледохода", "на время ремонта моста", "На период проведения ярмарки"])
def test_for_the_duration_of_an_undated_event_is_a_schedule(raw):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.note, d.occurrences) == ("by_schedule", raw[:1].lower() + raw[1:],
                                                        [(CAL.start, CAL.end)])


def test_dates_after_the_same_words_keep_their_span():
    d = normalize("на период с 3 марта по 15 апреля", CAL)
    assert (d.deadline_kind, d.start_date, d.end_date) == ("interval", date(2019, 3, 3), date(2019, 4, 15))


@pytest.mark.parametrize("raw", ["на время летних каникул", "на период каникул"])
def test_holidays_after_the_same_words_stay_holidays(raw):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.months) == ("continuous", [6, 7, 8])


def test_an_event_with_its_date_keeps_the_date():
    d = normalize("на время выставки 12.05.2019", CAL)
    assert (d.deadline_kind, d.start_date) == ("date", date(2019, 5, 12))
