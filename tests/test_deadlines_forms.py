"""Deadline forms the generated set (tests/gold/deadlines_generated/) showed broken, one rule each, with
examples of our own; and the floor that holds the generated set."""

from __future__ import annotations

from datetime import date

import pytest
from accuracy import score_generated_deadlines

from normalizers.deadlines import PlanPeriod, is_deadline_cell, normalize
from normalizers.deadlines.lexicon import load_lexicon
from normalizers.deadlines.tokens import tokenize

CAL = PlanPeriod(date(2019, 1, 1), date(2019, 12, 31), False)
SCHOOL = PlanPeriod(date(2022, 9, 1), date(2023, 8, 31), True)


def _read(raw: str, period: PlanPeriod = CAL) -> tuple:
    d = normalize(raw, period)
    return d.deadline_kind, d.start_date, d.end_date, d.note


# -- "к" is a due-day word like "до"; a "срок" label or "начиная" lead-in is no note -----------------------------
@pytest.mark.parametrize(("raw", "day"), [
    ("к 12 марта 2019 г.", date(2019, 3, 12)),
    ("к 05.06", date(2019, 6, 5)),
    ("Срок – до 14.02.2019", date(2019, 2, 14)),
    ("в срок до 3 мая 2019 года", date(2019, 5, 3)),
])
def test_due_day_words_and_labels(raw, day):
    assert _read(raw) == ("date", day, day, None)


def test_starting_from_reads_as_from():
    assert _read("начиная с 16.04.2019 г.") == ("interval", date(2019, 4, 16), date(2019, 12, 31), None)


# -- a number with a hyphenated ending --------------------------------------------------------------------------
def test_a_hyphenated_ending_reads_as_the_number():
    tokens = tokenize("до 5-го числа", load_lexicon())
    assert [(t.tag, t.value) for t in tokens] == [("W", None), ("NUM", 5), ("DAYW", None)]


@pytest.mark.parametrize(("raw", "start", "end"), [
    ("до 7-го октября 2019 года", date(2019, 10, 7), date(2019, 10, 7)),
    ("3-й квартал", date(2019, 7, 1), date(2019, 9, 30)),
    ("2-е полугодие 2019 г.", date(2019, 7, 1), date(2019, 12, 31)),
])
def test_ordinal_endings(raw, start, end):
    assert _read(raw)[1:3] == (start, end)


def test_a_hyphen_between_numbers_is_still_a_range():
    assert _read("3-5 июня 2019 г.")[:3] == ("interval", date(2019, 6, 3), date(2019, 6, 5))


# -- days listed before one month (O38) --------------------------------------------------------------------------
def test_days_listed_before_a_month_share_it():
    d = normalize("3, 17 и 29 октября 2019 г.", CAL)
    assert d.deadline_kind == "multi"
    assert d.occurrences == [(date(2019, 10, k), date(2019, 10, k)) for k in (3, 17, 29)]
    assert d.months == [10]


def test_numbered_quarters_in_a_list_are_not_days():
    d = normalize("1, 3 квартал 2019 г.", CAL)
    assert d.occurrences == [(date(2019, 1, 1), date(2019, 3, 31)), (date(2019, 7, 1), date(2019, 9, 30))]


# -- decades of a month -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "start", "end"), [
    ("первая декада марта 2019 г.", date(2019, 3, 1), date(2019, 3, 10)),
    ("во второй декаде мая", date(2019, 5, 11), date(2019, 5, 20)),
    ("III декада февраля 2019", date(2019, 2, 21), date(2019, 2, 28)),
])
def test_a_decade_is_ten_days_of_its_month(raw, start, end):
    assert _read(raw) == ("interval", start, end, None)


# -- halves and terms of a named school year ------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "start", "end"), [
    ("II полугодие 2022-2023 учебного года", date(2023, 1, 1), date(2023, 5, 31)),
    ("в первом полугодии 2022/2023 уч. года", date(2022, 9, 1), date(2022, 12, 31)),
    ("3 четверть 2022-2023 учебного года", date(2023, 1, 1), date(2023, 3, 31)),
    ("I-II полугодие 2022-2023 уч. года", date(2022, 9, 1), date(2023, 5, 31)),
])
def test_a_half_of_a_named_school_year_is_a_school_half(raw, start, end):
    d = normalize(raw, SCHOOL)
    assert (d.deadline_kind, d.start_date, d.end_date, d.months, d.warnings) == ("interval", start, end, [], [])


def test_a_half_of_a_calendar_year_stays_calendar():
    assert _read("2 полугодие 2019 г.", SCHOOL)[1:3] == (date(2019, 7, 1), date(2019, 12, 31))


# -- event-bound clauses and season phrases ----------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["после подведения итогов конкурса", "накануне учебного года",
                                 "перед началом летней кампании"])
def test_an_event_without_a_date_is_a_schedule(raw):
    assert _read(raw, SCHOOL) == ("by_schedule", SCHOOL.start, SCHOOL.end, raw)


@pytest.mark.parametrize("raw", ["в период подготовки к ГИА", "в течение работы летнего лагеря"])
def test_a_period_spent_on_an_undated_activity_is_a_schedule(raw):
    assert _read(raw, SCHOOL) == ("by_schedule", SCHOOL.start, SCHOOL.end, raw)


def test_after_a_date_is_not_a_schedule():
    assert _read("после 15 сентября", SCHOOL)[0] == "date"


def test_a_season_phrase_takes_its_period_word():
    d = normalize("в летний каникулярный период", SCHOOL)
    assert (d.deadline_kind, d.months, d.note) == ("continuous", [6, 7, 8], None)


@pytest.mark.parametrize("raw", ["По мере необходимости,", "по требованию;"])
def test_punctuation_closing_an_on_demand_phrase_is_no_requester(raw):
    assert _read(raw, SCHOOL) == ("on_demand", SCHOOL.start, SCHOOL.end, None)


# -- spaced dates ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["07. 11. 2019", "07.11. 2019 г.", "07.  11.\n2019"])
def test_a_date_spaced_after_its_dots_is_one_date(raw):
    assert _read(raw) == ("date", date(2019, 11, 7), date(2019, 11, 7), None)


def test_a_numbered_item_before_a_year_is_not_a_date():
    assert [t.tag for t in tokenize("п. 3. 2019", load_lexicon())] == ["W", "DOT", "NUM", "DOT", "YEAR"]


# -- the reporting unit of a day of month ---------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "freq", "day"), [
    ("до 15 числа месяца, следующего за отчетным кварталом", "quarterly", 15),
    ("не позднее 5 числа месяца, следующего за отчётным полугодием", "half_yearly", 5),
    ("до 15 числа месяца, следующего за отчетным периодом", "monthly", 15),
    ("ежемесячно до 3 числа месяца, следующего за отчетным кварталом", "monthly", 3),  # the word decides
])
def test_the_reporting_unit_sets_the_frequency_of_a_day(raw, freq, day):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.freq, d.day_of_month) == ("recurring", freq, day)
    assert d.note is not None


# -- days of the week ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "note"), [("каждую среду", "каждую среду"), ("по пятницам", "по пятницам"),
                                           ("еженедельно, по вторникам", "по вторникам")])
def test_a_day_of_the_week_repeats_weekly_and_stays_in_note(raw, note):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.freq, d.note) == ("recurring", "weekly", note)
    assert d.occurrences[0] == (date(2019, 1, 1), date(2019, 1, 6))


def test_a_day_of_the_week_beside_a_frequency_says_which_day():
    d = normalize("ежемесячно, по пятницам", CAL)
    assert (d.freq, d.note) == ("monthly", "по пятницам")


# -- listed years after a dated month ----------------------------------------------------------------------------
def test_years_listed_after_a_month_repeat_it():
    d = normalize("апрель 2018 г., 2019 г., 2020 г.", PlanPeriod(date(2018, 1, 1), date(2020, 12, 31), False))
    assert d.deadline_kind == "multi" and d.months == [4]
    assert d.occurrences == [(date(y, 4, 1), date(y, 4, 30)) for y in (2018, 2019, 2020)]


def test_listed_years_alone_stay_one_span():
    assert _read("2018, 2019 гг.")[:3] == ("interval", date(2018, 1, 1), date(2019, 12, 31))


# -- a letter for the year (O28) ---------------------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["1 сентября X года", "до 15 мая Х-1 года", "Х год"])
def test_a_placeholder_year_cannot_be_placed(raw):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.warnings, d.occurrences) == ("unknown", ["unparsed"], [])


def test_a_placeholder_year_keeps_its_repetition():
    period = PlanPeriod(date(2018, 1, 1), date(2020, 12, 31), False)
    d = normalize("1 марта X - 1 года, далее ежегодно", period)
    assert (d.deadline_kind, d.freq, d.months, d.warnings) == ("recurring", "yearly", [3], [])
    assert d.occurrences == [(date(y, 3, 1), date(y, 3, 1)) for y in (2018, 2019, 2020)]
    assert d.note is not None


def test_a_letter_without_a_year_word_is_no_placeholder():
    assert _read("Корпус Х, 12 мая")[0] == "date"


# -- dates left to agreement or announcement; invitations; a day of the week within the month --------------------
@pytest.mark.parametrize("raw", ["сроки уточняются", "дата уточняется", "в день проведения олимпиады"])
def test_a_date_set_elsewhere_is_a_schedule(raw):
    assert _read(raw, SCHOOL) == ("by_schedule", SCHOOL.start, SCHOOL.end, raw)


def test_by_agreement_is_no_deadline_word():
    """"(по согласованию)" marks an executor acting by agreement: it must not make an executor cell a deadline."""
    assert not is_deadline_cell("Глава администрации (по согласованию)")


def test_an_invitation_is_on_demand():
    assert _read("по приглашению", SCHOOL) == ("on_demand", SCHOOL.start, SCHOOL.end, None)


@pytest.mark.parametrize(("raw", "note"), [("вторая среда месяца", "вторая среда месяца"),
                                           ("ежемесячно, последняя пятница месяца", "последняя пятница месяца")])
def test_a_day_of_the_week_within_the_month_recurs_monthly(raw, note):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.freq, d.note, len(d.occurrences)) == ("recurring", "monthly", note, 12)


# -- the period reported on ----------------------------------------------------------------------------------
def test_a_reported_period_beside_a_date_goes_to_note():
    d = normalize("до 1 марта (за 2018 год)", CAL)
    assert (d.deadline_kind, d.start_date, d.warnings) == ("date", date(2019, 3, 1), [])
    assert d.note is not None and "2018" in d.note


def test_a_reported_period_alone_is_the_span():
    assert _read("за 2019 год")[:3] == ("interval", date(2019, 1, 1), date(2019, 12, 31))


# -- events a plan may be made for (O51, O52) -----------------------------------------------------------------
EVENT_PLAN = PlanPeriod(date(2019, 2, 4), date(2019, 3, 10), False)


@pytest.mark.parametrize("raw", ["в течение месячника", "В период акции", "в течение декады"])
def test_an_event_is_the_plan_span_in_a_plan_made_for_it(raw):
    assert _read(raw, EVENT_PLAN) == ("continuous", EVENT_PLAN.start, EVENT_PLAN.end, None)


@pytest.mark.parametrize("period", [CAL, SCHOOL])
def test_an_event_in_a_year_plan_is_a_schedule(period):
    assert _read("в течение месячника", period) == ("by_schedule", period.start, period.end, "в течение месячника")


# -- a year and a unit side by side --------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "start", "end"), [
    ("2019 г. (III квартал)", date(2019, 7, 1), date(2019, 9, 30)),
    ("Октябрь (2019 г.)", date(2019, 10, 1), date(2019, 10, 31)),
    ("2019 год, май", date(2019, 5, 1), date(2019, 5, 31)),
    ("в течение 2019 г. (I полугодие)", date(2019, 1, 1), date(2019, 6, 30)),
])
def test_a_year_beside_a_unit_dates_it(raw, start, end):
    assert _read(raw) == ("interval", start, end, None)


def test_a_bracket_after_a_year_that_names_no_unit_stays_a_note():
    assert _read("2019 г. (1 этап)") == ("interval", date(2019, 1, 1), date(2019, 12, 31), "1 этап")


# -- a demand clause ends where a repetition follows (R29) ----------------------------------------------------
@pytest.mark.parametrize(("raw", "freq", "times", "at_least"), [
    ("по мере необходимости, но не реже 1 раза в год", "yearly", 1, True),
    ("по запросу ОО, а также ежеквартально", "quarterly", None, False),
])
def test_a_repetition_after_a_demand_clause_wins(raw, freq, times, at_least):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.freq, d.times_per_period, d.at_least) == ("recurring", freq, times, at_least)
    assert d.note in ("по мере необходимости", "по запросу ОО")


def test_a_demand_clause_keeps_its_requester_up_to_the_end():
    assert _read("по запросу школ, детских садов", SCHOOL)[3] == "по запросу школ, детских садов"


# -- one-letter misspellings of vocabulary words ---------------------------------------------------------------
@pytest.mark.parametrize(("raw", "kind", "start", "end"), [
    ("сентябь 2019", "interval", date(2019, 9, 1), date(2019, 9, 30)),
    ("октярь-ноябрь 2019 г.", "interval", date(2019, 10, 1), date(2019, 11, 30)),
    ("в течени года", "continuous", date(2019, 1, 1), date(2019, 12, 31)),
    ("по мере необходимсти", "on_demand", date(2019, 1, 1), date(2019, 12, 31)),
])
def test_a_misspelt_word_reads_as_the_word(raw, kind, start, end):
    assert _read(raw) == (kind, start, end, None)


def test_a_misspelt_frequency_word_reads_as_it():
    assert normalize("ежеквартльно", CAL).freq == "quarterly"


@pytest.mark.parametrize("raw", ["мониторинг", "методические материалы", "Приказ УО"])
def test_ordinary_words_are_not_misspellings(raw):
    assert normalize(raw, CAL).warnings == ["not_a_deadline"]


# -- short end years, school-year counts, rare period-wide and on-demand words --------------------------------
def test_a_two_digit_end_year_of_calendar_years():
    assert _read("2018-20 гг.", PlanPeriod(date(2018, 1, 1), date(2020, 12, 31), False))[:3] == (
        "interval", date(2018, 1, 1), date(2020, 12, 31))


def test_a_two_digit_number_below_the_first_year_is_no_end_year():
    assert normalize("2019-18 гг.", CAL).end_date == date(2019, 12, 31)


def test_a_count_per_school_year():
    d = normalize("2 раза в учебный год", SCHOOL)
    assert (d.deadline_kind, d.freq, d.times_per_period, d.occurrences) == (
        "recurring", "yearly", 2, [(SCHOOL.start, SCHOOL.end)])


@pytest.mark.parametrize(("raw", "kind"), [("бессрочно", "continuous"), ("на постоянной основе", "continuous"),
                                           ("по мере выявления", "on_demand")])
def test_rare_period_wide_words(raw, kind):
    assert _read(raw) == (kind, CAL.start, CAL.end, None)


# -- a range of years bounds a yearly pattern; a unit in a day's clause -------------------------------------------
FIVE = PlanPeriod(date(2018, 1, 1), date(2022, 12, 31), False)


def test_a_range_of_years_bounds_a_yearly_month():
    d = normalize("2019-2021 гг., ежегодно в апреле", FIVE)
    assert d.occurrences == [(date(y, 4, 1), date(y, 4, 30)) for y in (2019, 2020, 2021)]
    assert (d.freq, d.months, d.end_date) == ("yearly", [4], FIVE.end)


def test_one_written_year_does_not_bound_a_yearly_month():
    assert len(normalize("2019 г. - ежегодно, апрель", FIVE).occurrences) > 1


def test_the_unit_of_a_day_clause_sets_its_frequency():
    d = normalize("до 10 числа последнего месяца квартала", CAL)
    assert (d.freq, d.day_of_month, len(d.occurrences)) == ("quarterly", 10, 4)


# -- the column's label repeated in the cell ------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["Срок исполнения: до 01.10.2019", "Дата проведения: 01.10.2019"])
def test_a_label_before_the_date_is_no_note(raw):
    assert _read(raw) == ("date", date(2019, 10, 1), date(2019, 10, 1), None)


def test_other_words_after_a_date_stay_in_note():
    assert _read("01.10.2019 (проведение конкурса)")[3] == "проведение конкурса"


# -- times counted from an event; a week or decade of every month ------------------------------------------------
@pytest.mark.parametrize("raw", ["в течение 10 дней после проведения", "в течение 2-х недель",
                                 "в течение трех рабочих дней"])
def test_a_time_counted_from_an_event_is_a_schedule(raw):
    assert _read(raw) == ("by_schedule", CAL.start, CAL.end, raw)


@pytest.mark.parametrize("raw", ["первая неделя месяца", "последняя декада месяца"])
def test_a_week_or_decade_of_every_month_recurs_monthly(raw):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.freq, d.note, len(d.occurrences)) == ("recurring", "monthly", raw, 12)


def test_a_cell_ending_in_a_comma_reads_as_without_it():
    assert _read("II квартал 2019 г.,") == ("interval", date(2019, 4, 1), date(2019, 6, 30), None)


# -- a time counted from an undated event, wherever its count stands -----------------------------------------
@pytest.mark.parametrize("raw", ["за 10 дней до начала", "не позднее чем за 2 недели до проведения",
                                 "через 3 дня после проведения", "не позднее 5 рабочих дней со дня получения"])
def test_a_count_of_days_from_an_event_is_a_schedule(raw):
    assert _read(raw) == ("by_schedule", CAL.start, CAL.end, raw)


def test_a_count_of_months_inside_a_frequency_stays_the_frequency():
    d = normalize("1 раз в 2 месяца", CAL)
    assert (d.deadline_kind, d.freq, d.interval) == ("recurring", "monthly", 2)


def test_inclusive_is_no_note():
    assert _read("до 25 мая 2019 г. включительно") == ("date", date(2019, 5, 25), date(2019, 5, 25), None)


# -- "не менее чем" -------------------------------------------------------------------------------------------
def test_at_least_with_chem():
    d = normalize("не менее чем 2 раза в год", CAL)
    assert (d.freq, d.times_per_period, d.at_least, d.note) == ("yearly", 2, True, None)


# -- every day (O63) ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["ежедневно", "каждый день"])
def test_every_day_is_continuous_with_its_words_in_note(raw):
    assert _read(raw, SCHOOL) == ("continuous", SCHOOL.start, SCHOOL.end, raw)


# -- a word broken at a line end ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "kind"), [("сен- тябрь 2019", "interval"), ("ежеквар-\nтально", "recurring"),
                                           ("в тече- ние года", "continuous")])
def test_a_word_broken_at_a_line_end_reads_whole(raw, kind):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.note) == (kind, None)


def test_a_hyphen_between_numerals_is_no_line_break():
    assert _read("I- II полугодие 2019 г.")[:3] == ("interval", date(2019, 1, 1), date(2019, 12, 31))


# -- the generated set ------------------------------------------------------------------------------------------
def test_generated_set_floor():
    assert score_generated_deadlines(False).rate >= 0.98
