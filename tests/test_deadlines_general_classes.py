"""Deadline classes that break on any region's plan (session 44, the misses of all dev sets read together), with
cells of our own:
- a repetition of a calendar unit after an event's words ("по итогам каждого месяца", "после окончания каждой
  четверти") is a repetition: it wins over the schedule words, which go to note (R29; the terms of R22);
- an event beside closed spans of months or days the cell writes ("май-июнь (в период половодья)") is dated by
  them: the kind of the span, the event in note; a phrase naming a document that sets the dates ("(по графику)")
  stays by_schedule over the span (R33), as do "по итогам …", "по результатам …" (the spec's schedule phrase),
  and so does an event that closes an open span (F18);
- period-wide words beside an on-demand trigger ("в течение года по запросу школ") are on_demand: the trigger is the
  more specific kind (the spec's combinations), the requester in note (R37); every day (O63) stays continuous."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

SCHOOL = PlanPeriod(date(2026, 9, 1), date(2027, 8, 31), True)
YEAR = PlanPeriod(date(2026, 1, 1), date(2026, 12, 31), False)


@pytest.mark.parametrize(("cell", "freq", "note"), [
    ("по результатам каждой четверти", "quarterly", "по результатам"),
    ("после окончания каждой четверти", "quarterly", "после окончания"),
    ("по завершении каждого полугодия", "half_yearly", "по завершении"),
    ("по итогам каждого месяца", "monthly", "по итогам"),
])
def test_a_repetition_after_an_events_words_wins(cell, freq, note):
    d = normalize(cell, SCHOOL)
    assert (d.deadline_kind, d.freq, d.note) == ("recurring", freq, note)


def test_each_quarter_of_a_school_year_is_a_school_term():
    assert normalize("по результатам каждой четверти", SCHOOL).occurrences[:2] == [
        (date(2026, 9, 1), date(2026, 10, 31)), (date(2026, 11, 1), date(2026, 12, 31))]


def test_each_of_a_unit_no_calendar_knows_stays_a_schedule():
    assert normalize("по окончании каждого заезда", SCHOOL).deadline_kind == "by_schedule"


@pytest.mark.parametrize(("cell", "kind", "months", "note"), [
    ("май-июнь (в период половодья)", "interval", [5, 6], "в период половодья"),
    ("июль 2026 г. (накануне Дня города)", "interval", [7], "накануне Дня города"),
    ("октябрь (в период проведения олимпиады)", "interval", [10], "в период проведения олимпиады"),
])
def test_an_event_beside_months_is_dated_by_them(cell, kind, months, note):
    d = normalize(cell, YEAR)
    assert (d.deadline_kind, d.months, d.note) == (kind, months, note)


@pytest.mark.parametrize("cell", [
    "май-июнь (по графику)",
    "октябрь (согласно плану работы)",
    "ноябрь 2026 г. (по результатам анкетирования)",
    "апрель (по итогам диагностики)",
    "С 10.03.2026 по окончании ледохода",
    "в период проведения олимпиады 2026",
])
def test_a_document_an_open_span_or_a_year_alone_stays_by_schedule(cell):
    assert normalize(cell, YEAR).deadline_kind == "by_schedule"


@pytest.mark.parametrize(("cell", "note"), [
    ("в течение года по запросу школ", "по запросу школ"),
    ("весь период (по мере поступления заявок)", "по мере поступления заявок"),
    ("постоянно, по мере необходимости", None),
])
def test_period_wide_words_beside_a_trigger_are_on_demand(cell, note):
    d = normalize(cell, YEAR)
    assert (d.deadline_kind, d.note, d.occurrences) == ("on_demand", note, [(YEAR.start, YEAR.end)])


def test_every_day_beside_a_trigger_stays_continuous():
    assert normalize("ежедневно, по мере необходимости", YEAR).deadline_kind == "continuous"
