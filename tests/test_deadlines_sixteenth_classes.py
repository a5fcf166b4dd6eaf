"""Deadline classes the sixteenth other-regions set (tests/gold/other_regions_sixteenth/, session 39's blind set) and
the fifth showed broken, with examples of our own: work done every day through an event the plan does not date
("ежедневно в период соревнований") is continuous, the event kept in note (O63), not by_schedule; a season of civil
protection or housing named alone or after a word of its own ("Весенний паводковый период", "Отопительный сезон") is
a schedule phrase over the plan (O52), as "в пожароопасный период" already was."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

CAL = PlanPeriod(date(2019, 1, 1), date(2019, 12, 31), False)


@pytest.mark.parametrize("cell, words", [
    ("Ежедневно в период соревнований", "в период соревнований"),
    ("ежедневно (во время проведения сборов)", "во время проведения сборов"),
    ("Ежедневно до 18.00 в дни проведения выставки", "в дни проведения выставки"),
    ("ежедневно в ходе месячника", "в ходе месячника"),
])
def test_every_day_through_an_undated_event_is_continuous(cell, words):
    d = normalize(cell, CAL)
    assert (d.deadline_kind, d.start_date, d.end_date) == ("continuous", date(2019, 1, 1), date(2019, 12, 31))
    assert "ежедневно" in d.note and words in d.note


@pytest.mark.parametrize("cell", ["в период соревнований", "постоянно во время проведения сборов"])
def test_an_undated_event_without_every_day_stays_a_schedule_phrase(cell):
    assert normalize(cell, CAL).deadline_kind == "by_schedule"


def test_every_day_on_dates_of_its_own_keeps_the_dates():
    # the days the cell writes date the event (O52 covers events the plan gives no dates for): their span's kind
    d = normalize("ежедневно 3-12 июля в период сборов", CAL)
    assert (d.deadline_kind, d.start_date, d.end_date) == ("interval", date(2019, 7, 3), date(2019, 7, 12))
    assert "в период сборов" in d.note


@pytest.mark.parametrize("cell, season", [
    ("Весенний паводковый период", "паводковый период"),
    ("Отопительный сезон", "отопительный сезон"),
    ("пожароопасный сезон", "пожароопасный сезон"),
    ("Купальный период", "купальный период"),
])
def test_a_season_named_alone_is_a_schedule_phrase(cell, season):
    d = normalize(cell, CAL)
    assert (d.deadline_kind, d.start_date, d.end_date) == ("by_schedule", date(2019, 1, 1), date(2019, 12, 31))
    assert season in d.note
