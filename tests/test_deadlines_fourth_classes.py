"""Deadline classes the fourth other-regions set (tests/gold/other_regions_fourth/) showed broken, with examples
of our own: the start of a season or an event the plan gives no date for ("до начала …", "до наступления …"),
"в течение квартала"."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

CAL = PlanPeriod(date(2019, 1, 1), date(2019, 12, 31), False)
QUARTER = PlanPeriod(date(2020, 4, 1), date(2020, 6, 30), False)


def _read(raw: str, period: PlanPeriod) -> tuple:
    d = normalize(raw, period)
    return d.deadline_kind, d.start_date, d.end_date, d.note, list(d.warnings)


# -- "до начала / до наступления" an event with no date: a schedule over the plan (O52) ------------------------------
@pytest.mark.parametrize(("raw", "note"), [
    ("До наступления отопительного сезона", "до наступления отопительного сезона"),
    ("до начала летней оздоровительной кампании", "до начала летней оздоровительной кампании"),
    ("До начала навигации", "до начала навигации"),
])
def test_the_start_of_an_event_with_no_date_is_a_schedule(raw, note):
    assert _read(raw, CAL) == ("by_schedule", date(2019, 1, 1), date(2019, 12, 31), note, [])


@pytest.mark.parametrize(("raw", "kind"), [("до начала мая", "interval"), ("до начала 2019 года", "interval"),
                                           ("до 1 июня", "date")])
def test_a_date_after_do_is_still_a_date(raw, kind):
    assert _read(raw, CAL)[0] == kind


# -- "в течение квартала" reads as "в течение месяца": the plan's span ---------------------------------------------
@pytest.mark.parametrize("raw", ["в течение квартала", "В течение полугодия"])
def test_during_a_quarter_is_continuous_over_the_plan(raw):
    assert _read(raw, QUARTER) == ("continuous", date(2020, 4, 1), date(2020, 6, 30), None, [])
