"""Deadline classes the sixth other-regions set (tests/gold/other_regions_sixth/) showed broken, with examples of
our own: "текущего года" after a day (the plan's own year, no note), and a dated deadline with an exception
after ", а" (the date is the deadline, the exception its note)."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

CAL = PlanPeriod(date(2021, 1, 1), date(2021, 12, 31), False)
SCHOOL = PlanPeriod(date(2021, 9, 1), date(2022, 8, 31), True)


# -- "текущего года": the year the plan is read in; no note, no other phrase ---
@pytest.mark.parametrize(("raw", "kind", "start", "end"), [
    ("до 15 марта текущего года", "date", date(2021, 3, 15), date(2021, 3, 15)),
    ("Ежегодно до 1 октября текущего года", "recurring", date(2021, 10, 1), date(2021, 12, 31)),
    ("не позднее 10 июня сего года", "date", date(2021, 6, 10), date(2021, 6, 10)),
    ("в течение текущего года", "continuous", date(2021, 1, 1), date(2021, 12, 31)),
])
def test_the_current_year_is_the_plans_year(raw, kind, start, end):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.start_date, d.end_date, d.note, d.warnings) == (kind, start, end, None, [])


def test_the_current_school_year_reads_as_the_school_year():
    d = normalize("в течение текущего учебного года", SCHOOL)
    assert (d.deadline_kind, d.start_date, d.end_date, d.note) == (
        "continuous", date(2021, 9, 1), date(2022, 8, 31), None)


@pytest.mark.parametrize("raw", [
    "до 5 числа текущего месяца",  # a month, not the year: the words stay in the note
    "до 20 января следующего года",  # another year: stays in the note
])
def test_other_current_words_stay_in_the_note(raw):
    assert normalize(raw, CAL).note is not None


# -- "<date>, а в исключительных случаях – <event>": the date is the deadline ---
@pytest.mark.parametrize(("raw", "day"), [
    ("Не позднее 2 апреля 2021 г., а в отдельных случаях - в течение трёх дней после подачи заявления",
     date(2021, 4, 2)),
    ("до 30.09.2021, а при переносе сроков - после утверждения нового графика", date(2021, 9, 30)),
])
def test_a_date_with_an_exception_is_a_date_with_a_note(raw, day):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.occurrences) == ("date", [(day, day)])
    assert d.note is not None and "после" in d.note


@pytest.mark.parametrize("raw", [
    "после подачи заявления",  # no date: the event is the schedule
    "до 1 марта 2021 г., а также после подачи заявления",  # "а также": a second occasion, not an exception
    "2021 г. (после получения результатов)",  # a year with its event in brackets: a schedule over it
])
def test_without_an_exception_the_event_is_a_schedule(raw):
    assert normalize(raw, CAL).deadline_kind == "by_schedule"
