"""Deadline classes that broke on other regions' plans (issue 11), with examples of our own."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize
from normalizers.deadlines.lexicon import load_lexicon
from normalizers.deadlines.tokens import tokenize

CAL = PlanPeriod(date(2018, 1, 1), date(2020, 12, 31), False)
SCHOOL = PlanPeriod(date(2022, 9, 1), date(2023, 8, 31), True)


def _span(raw: str, period: PlanPeriod = CAL) -> tuple:
    d = normalize(raw, period)
    return d.deadline_kind, d.start_date, d.end_date


# -- tokens --------------------------------------------------------------------------------------------------
def test_a_day_and_month_without_a_year_is_one_date_token():
    tokens = tokenize("с 03.11. по 28.11.", load_lexicon())
    assert [(t.tag, t.value) for t in tokens if t.tag == "DATE"] == [("DATE", (3, 11, None)), ("DATE", (28, 11, None))]


def test_a_decimal_is_not_a_date():
    assert [t.tag for t in tokenize("12.3", load_lexicon())] == ["NUM", "DOT", "NUM"]


def test_month_dot_year_is_a_month_and_a_year():
    tokens = tokenize("04.2019", load_lexicon())
    assert [(t.tag, t.value) for t in tokens] == [("MON", 4, ), ("YEAR", 2019)]


def test_an_abbreviation_reads_as_its_word_and_loses_its_dot():
    assert [t.text for t in tokenize("в теч. уч. г.", load_lexicon())] == ["в", "течение", "учебного", "г", "."]


# -- a day.month range with one year at the end --------------------------------------------------------------
@pytest.mark.parametrize(("raw", "start", "end"), [
    ("12.02 – 28.03.2019", date(2019, 2, 12), date(2019, 3, 28)),
    ("3.05-7.05.2018", date(2018, 5, 3), date(2018, 5, 7)),
    ("с 14.10 по 18.11.2020 г.", date(2020, 10, 14), date(2020, 11, 18)),
    ("20.12 - 15.01.2020", date(2019, 12, 20), date(2020, 1, 15)),
])
def test_the_year_at_the_end_of_a_day_range_dates_both_ends(raw, start, end):
    assert _span(raw) == ("interval", start, end)


# -- dates without a year ------------------------------------------------------------------------------------------
def test_a_yearless_date_is_placed_in_the_period():
    assert _span("до 20.10.", SCHOOL) == ("date", date(2022, 10, 20), date(2022, 10, 20))
    assert _span("к 05.04", SCHOOL) [1:] == (date(2023, 4, 5), date(2023, 4, 5))
    d = normalize("до 20.10.", CAL)
    assert (d.start_date, d.warnings) == (date(2018, 10, 20), ["year_assumed"])


def test_a_yearless_day_range():
    assert _span("с 02.10. по 25.11.", SCHOOL) == ("interval", date(2022, 10, 2), date(2022, 11, 25))


def test_month_dot_year_ranges():
    assert _span("10.2018 - 02.2019") == ("interval", date(2018, 10, 1), date(2019, 2, 28))


# -- abbreviations ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "kind", "freq"), [
    ("в теч. уч. г.", "continuous", None),
    ("В теч. года", "continuous", None),
    ("ежекв.", "recurring", "quarterly"),
    ("Ежемес.", "recurring", "monthly"),
])
def test_abbreviated_words(raw, kind, freq):
    d = normalize(raw, SCHOOL)
    assert (d.deadline_kind, d.freq) == (kind, freq)
    assert d.warnings == []


def test_abbreviated_units_with_ordinals():
    assert _span("2 полуг.", SCHOOL) == ("interval", date(2023, 1, 1), date(2023, 5, 31))
    assert _span("III кв. 2019 г.") == ("interval", date(2019, 7, 1), date(2019, 9, 30))


# -- other regions' ways of writing ----------------------------------------------------------------------------
def test_a_year_written_before_its_unit():
    assert _span("2019 г. 3 квартал") == ("interval", date(2019, 7, 1), date(2019, 9, 30))
    d = normalize("2018 г. II квартал, 2019 г. IV квартал", CAL)
    assert d.occurrences == [(date(2018, 4, 1), date(2018, 6, 30)), (date(2019, 10, 1), date(2019, 12, 31))]


def test_years_then_a_period_wide_word_are_continuous_over_those_years():
    d = normalize("2018 - 2019 гг. постоянно", CAL)
    assert (d.deadline_kind, d.start_date, d.end_date, d.note) == ("continuous", date(2018, 1, 1), date(2019, 12, 31),
                                                                  None)


def test_a_day_that_opens_a_range_of_years_names_its_month():
    assert normalize("с 1 апреля 2018 - 2019 годы", CAL).months == [4]


def test_a_footnote_mark_stays_in_the_note():
    assert normalize("15 мая 2019 г.*", CAL).note == "*"


# -- spans named by an event or a season ------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "months", "first"), [
    ("в период летней оздоровительной кампании", [6, 7, 8], (date(2023, 6, 1), date(2023, 8, 31))),
    ("во время весенних каникул", [3], (date(2023, 3, 1), date(2023, 3, 31))),
    ("в дни осенних каникул", [10, 11], (date(2022, 10, 1), date(2022, 11, 30))),
    ("в период зимних каникул", [12, 1], (date(2022, 12, 1), date(2023, 1, 31))),
])
def test_a_season_of_work_is_a_yearly_span_of_its_months(raw, months, first):
    d = normalize(raw, SCHOOL)
    assert (d.deadline_kind, d.freq, d.months, d.note, d.warnings) == ("continuous", "yearly", months, None, [])
    assert d.occurrences[0] == first


def test_a_lost_dash_between_months_or_days_still_makes_a_range():
    assert _span("Май июль 2019 г.") == ("interval", date(2019, 5, 1), date(2019, 7, 31))
    assert _span("12 14 марта 2019 г.") == ("interval", date(2019, 3, 12), date(2019, 3, 14))


def test_a_day_range_written_with_the_month_once():
    assert _span("03.- 09.06.19г.") == ("interval", date(2019, 6, 3), date(2019, 6, 9))
    assert _span("11-15.03.2019") == ("interval", date(2019, 3, 11), date(2019, 3, 15))


def test_a_month_named_twice_is_listed_once():
    assert normalize("10.03.2019 – 12.03.2019; 20.03.2019 – 22.03.2019", CAL).months == [3]


def test_meetings_are_schedules():
    d = normalize("На очередном заседании", CAL)
    assert (d.deadline_kind, d.note) == ("by_schedule", "на очередном заседании")


# -- the day inside a recurring rule --------------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["ежегодно до 20 февраля", "20 февраля ежегодно", "Ежегодно, к 20 февраля"])
def test_a_yearly_rule_keeps_the_day_it_names(raw):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.freq, d.months, d.day_of_month) == ("recurring", "yearly", [2], 20)
    assert d.occurrences == [(date(y, 2, 20), date(y, 2, 20)) for y in (2018, 2019, 2020)]
    assert (d.start_date, d.end_date) == (date(2018, 2, 20), date(2020, 12, 31))


def test_a_yearly_day_in_a_school_year_falls_in_its_school_year():
    d = normalize("ежегодно до 10 января", SCHOOL)
    assert d.occurrences == [(date(2023, 1, 10), date(2023, 1, 10))]
    assert d.day_of_month == 10


def test_a_yearly_month_without_a_day_keeps_the_whole_month():
    d = normalize("ежегодно, февраль", CAL)
    assert d.day_of_month is None
    assert d.occurrences[0] == (date(2018, 2, 1), date(2018, 2, 28))


@pytest.mark.parametrize(("raw", "freq", "day"), [
    ("ежемесячно до 7 числа", "monthly", 7),
    ("ежеквартально до 12 числа месяца, следующего за отчетным", "quarterly", 12),
])
def test_a_day_of_month_rule_keeps_its_day_and_frequency(raw, freq, day):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.freq, d.day_of_month) == ("recurring", freq, day)


def test_the_day_of_a_yearly_series_that_starts_with_a_dated_year_stays_in_the_dates():
    d = normalize("1 марта 2018 г., далее ежегодно", CAL)
    assert d.day_of_month is None
    assert d.occurrences[:2] == [(date(2018, 3, 1), date(2018, 3, 1)), (date(2019, 3, 1), date(2019, 3, 1))]

