"""The deadline grammar (normalizers/deadlines/grammar.py) rule by rule: one small cell per rule, and
what the rule must read from it. The gold test checks the whole; these say which rule broke."""

from __future__ import annotations

import pytest

from normalizers.deadlines.grammar import Reading, parse
from normalizers.deadlines.lexicon import load_lexicon
from normalizers.deadlines.tokens import tokenize


def read(text: str) -> Reading:
    lex = load_lexicon()
    return parse(tokenize(text, lex), lex)


def spans(reading: Reading) -> list[tuple]:
    """Each segment as (kind, n, year, day) of its start and end."""
    return [((s.start.kind, s.start.n, s.start.year, s.start.day), (s.end.kind, s.end.n, s.end.year, s.end.day))
            for s in reading.segments]


def test_is_header_a_repeated_column_title_reads_as_nothing():
    r = read("Срок исполнения")
    assert r.header and not r.segments and not r.freqs


@pytest.mark.parametrize(("text", "category", "tail"), [
    ("в течение года", "continuous", False),
    ("по мере необходимости", "on_demand", False),
    ("по запросу ОО", "on_demand", True),  # the requester named after the phrase
    ("в соответствии с графиком", "schedule", False),
    ("на каникулах", "holiday", False),  # holiday_word_at: a word, not a listed phrase
])
def test_phrase_at_names_the_phrase_category(text, category, tail):
    phrases = read(text).phrases
    assert [(p.category, p.has_tail) for p in phrases] == [(category, tail)]


def test_schedule_after_po_reads_po_plus_a_plan_word():
    assert [p.category for p in read("по плану работы УО").phrases] == ["schedule"]


def test_during_takes_the_years_it_names():
    r = read("в течение 2021-2022 гг.")
    assert spans(r) == [(("year", 0, 2021, None), ("year", 0, 2022, None))]
    assert r.segments[0].during and not r.phrases


@pytest.mark.parametrize(("text", "freq"), [
    ("ежегодно", ("yearly", 1, None, False)),
    ("2 раза в год", ("yearly", 1, 2, False)),
    ("дважды в год", ("yearly", 1, 2, False)),
    ("не реже 1 раза в квартал", ("quarterly", 1, 1, True)),
    ("каждые два года", ("yearly", 2, None, False)),
])
def test_freq_at_plain_and_per_unit(text, freq):
    assert [(f.freq, f.interval, f.times, f.at_least) for f in read(text).freqs] == [freq]


def test_continuation_marks_a_series_after_a_first_date():
    r = read("декабрь 2021 г., далее ежегодно")
    assert spans(r) == [(("month", 12, 2021, None), ("month", 12, 2021, None))]
    assert [(f.freq, f.continuation) for f in r.freqs] == [("yearly", True)]


def test_day_of_month_at():
    assert read("до 15 числа").day_of_month == 15
    r = read("ежемесячно до 5 числа")
    assert r.day_of_month == 5 and [f.freq for f in r.freqs] == ["monthly"]


def test_list_at_reads_each_month_of_a_list():
    assert spans(read("сентябрь, декабрь")) == [(("month", 9, None, None), ("month", 9, None, None)),
                                                (("month", 12, None, None), ("month", 12, None, None))]


def test_range_at_gives_the_year_written_after_it_to_both_ends():
    assert spans(read("сентябрь - декабрь 2021 г.")) == [(("month", 9, 2021, None), ("month", 12, 2021, None))]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("15 марта 2022 г.", ("day", 3, 2022, 15), ("day", 3, 2022, 15)),  # month_item with a day
    ("20.05.2022", ("day", 5, 2022, 20), ("day", 5, 2022, 20)),  # a numeric date token
    ("1-5 сентября 2022 г.", ("day", 9, 2022, 1), ("day", 9, 2022, 5)),  # day_list: days of one month
])
def test_day_items(text, start, end):
    assert spans(read(text)) == [(start, end)]


@pytest.mark.parametrize(("text", "unit"), [
    ("III квартал 2023 г.", ("quarter", 3, 2023, None)),
    ("1 полугодие 2021 г.", ("half", 1, 2021, None)),
])
def test_numbered_item_reads_ordinal_units(text, unit):
    assert spans(read(text)) == [(unit, unit)]


def test_year_item_calendar_and_school_year():
    assert spans(read("2022 г.")) == [(("year", 0, 2022, None), ("year", 0, 2022, None))]
    school = read("2021-2022 учебный год")
    assert spans(school) == [(("year", 0, 2021, None), ("year", 0, 2022, None))]
    assert school.segments[0].school_span


def test_open_ends_from_and_until():
    assert read("с января 2022 г.").segments[0].open_end
    until = read("до 1 сентября 2021 г.")
    assert until.segments[0].before
    assert spans(until) == [(("day", 9, 2021, 1), ("day", 9, 2021, 1))]
