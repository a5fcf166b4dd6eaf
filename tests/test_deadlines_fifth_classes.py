"""Deadline classes the fifth other-regions set (tests/gold/other_regions_fifth/) showed broken, with examples of
our own: a range over the new year whose dash was lost, a season of civil protection named by its adjective."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

CAL = PlanPeriod(date(2019, 1, 1), date(2019, 12, 31), False)


def _read(raw: str, period: PlanPeriod) -> tuple:
    d = normalize(raw, period)
    return d.deadline_kind, d.occurrences, d.months, d.note is None


# -- "20 декабря 10 января": a yearless day, then an earlier one, is a range over the new year (O36, clipped: F5) -----
@pytest.mark.parametrize(("raw", "kind", "start"), [
    ("20 декабря 10 января", "interval", date(2019, 12, 20)),
    ("1 ноября 28 февраля", "interval", date(2019, 11, 1)),
    ("25 декабря 8 января (по особому графику)", "by_schedule", date(2019, 12, 25)),
])
def test_a_lost_dash_over_the_new_year_makes_a_range(raw, kind, start):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.occurrences) == (kind, [(start, date(2019, 12, 31))])
    assert d.months[0] == start.month and d.months[-1] in (1, 2)


@pytest.mark.parametrize("raw", [
    "5 марта 20 марта",  # in calendar order: two dates (F7)
    "10 июня 3 марта",  # over nine months: no season, two dates as before
])
def test_days_in_order_or_far_apart_stay_two_dates(raw):
    assert normalize(raw, CAL).deadline_kind == "multi"


# -- a season of civil protection the plan gives no dates for: a schedule over the plan (O52) ------------------------
@pytest.mark.parametrize("raw", ["В паводковый период", "весь отопительный период", "в купальный сезон"])
def test_a_season_named_by_its_adjective_is_a_schedule(raw):
    assert _read(raw, CAL) == ("by_schedule", [(date(2019, 1, 1), date(2019, 12, 31))], [], False)


# -- a yearless day the context places wholly outside the plan: kept as placed, flagged (spec) -----------------------
MAY = PlanPeriod(date(2021, 5, 1), date(2021, 5, 31), False)


@pytest.mark.parametrize(("raw", "kind", "occurrences"), [
    ("28 апреля", "date", [(date(2021, 4, 28), date(2021, 4, 28))]),
    ("3 июня", "date", [(date(2021, 6, 3), date(2021, 6, 3))]),
    ("29 апреля, 12 мая", "multi", [(date(2021, 4, 29), date(2021, 4, 29)), (date(2021, 5, 12), date(2021, 5, 12))]),
])
def test_a_day_outside_the_plan_is_kept_with_a_warning(raw, kind, occurrences):
    d = normalize(raw, MAY)
    assert (d.deadline_kind, d.occurrences) == (kind, occurrences)
    assert [str(w) for w in d.warnings] == ["outside_period"]


def test_a_day_inside_the_plan_has_no_warning():
    d = normalize("12 мая", MAY)
    assert (d.deadline_kind, d.occurrences, d.warnings) == ("date", [(date(2021, 5, 12), date(2021, 5, 12))], [])


# -- "по решению <body>": the date is set by a decision elsewhere, a schedule (R33, as "по графику") ---------------
@pytest.mark.parametrize(("raw", "start", "end"), [
    ("по решению педагогического совета", date(2019, 1, 1), date(2019, 12, 31)),
    ("10-20 апреля 2019 по решению комиссии", date(2019, 4, 10), date(2019, 4, 20)),
])
def test_by_decision_is_a_schedule(raw, start, end):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.occurrences) == ("by_schedule", [(start, end)])
    assert d.note is not None and "по решению" in d.note


# -- a yearly span of days keeps its days in every year (as one day does: day_of_month) --------------------------------
TWO_YEARS = PlanPeriod(date(2020, 1, 1), date(2021, 12, 31), False)


@pytest.mark.parametrize(("raw", "first"), [
    ("ежегодно 10-14 июня", (date(2020, 6, 10), date(2020, 6, 14))),
    ("Ежегодно с 20 по 25 ноября", (date(2020, 11, 20), date(2020, 11, 25))),
    ("28 марта - 3 апреля ежегодно", (date(2020, 3, 28), date(2020, 4, 3))),
])
def test_a_yearly_span_of_days_keeps_its_days(raw, first):
    d = normalize(raw, TWO_YEARS)
    later = tuple(day.replace(year=2021) for day in first)
    assert (d.deadline_kind, d.freq, d.occurrences) == ("recurring", "yearly", [first, later])


def test_a_yearly_month_stays_the_whole_month():
    assert normalize("ежегодно в июне", TWO_YEARS).occurrences == [(date(2020, 6, 1), date(2020, 6, 30)),
                                                                 (date(2021, 6, 1), date(2021, 6, 30))]


# -- a word clipped with a hyphen reads as its abbreviation ("в теч-е года" as "в теч. года") --------------------------
@pytest.mark.parametrize(("raw", "spelt"), [("в теч-е всего года", "в течение всего года"),
                                            ("В теч-е уч. года", "В течение учебного года")])
def test_a_word_clipped_with_a_hyphen_reads_as_its_abbreviation(raw, spelt):
    assert normalize(raw, CAL).deadline_kind == normalize(spelt, CAL).deadline_kind == "continuous"


def test_a_range_of_days_is_no_clipped_word():
    assert normalize("5-9 мая", CAL).occurrences == [(date(2019, 5, 5), date(2019, 5, 9))]
