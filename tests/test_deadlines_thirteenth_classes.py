"""Deadline classes the thirteenth other-regions set (tests/gold/other_regions_thirteenth/) showed broken, with examples
of our own: "до" before the day or the opening of an event the plan does not date ("до дня голосования", "до открытия
смены") and "в дни работы <event>" are schedule phrases (O52), like "до начала …" and "в дни проведения …"; a date
after those words is still a date."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

CAL = PlanPeriod(date(2019, 1, 1), date(2019, 12, 31), False)


@pytest.mark.parametrize("cell", ["до дня голосования", "До дня проведения конкурса", "до открытия лагерной смены",
                                  "в дни работы выставки", "до дня открытия сезона"])
def test_an_undated_event_is_a_schedule_phrase(cell):
    d = normalize(cell, CAL)
    assert (d.deadline_kind, d.start_date, d.end_date) == ("by_schedule", date(2019, 1, 1), date(2019, 12, 31))
    assert d.note == cell.lower()


@pytest.mark.parametrize("cell, day", [("до дня 20 мая", date(2019, 5, 20)), ("до открытия 1 июня", date(2019, 6, 1))])
def test_a_date_after_the_words_is_still_a_date(cell, day):
    d = normalize(cell, CAL)
    assert (d.deadline_kind, d.start_date, d.end_date) == ("date", day, day)


def test_the_start_of_an_event_reads_as_before():
    d = normalize("до начала купального сезона", CAL)
    assert (d.deadline_kind, d.note) == ("by_schedule", "до начала купального сезона")
