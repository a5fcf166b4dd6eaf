"""Deadline class the eighteenth other-regions set (tests/gold/other_regions_eighteenth/, session 41's blind set)
showed broken, with examples of our own: a named day after a word that opens an event ("накануне Дня города",
"перед Днем выборов", "после Дня знаний") is an event the plan gives no date for, a schedule phrase over the plan
(O52), as "накануне учебного года" and "до дня выборов" already were; the word "дня" of the named day is not the
unit of a duration. A date after it ("накануне дня 15 мая") is still a date."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

CAL = PlanPeriod(date(2022, 1, 1), date(2022, 12, 31), False)


@pytest.mark.parametrize("cell", ["накануне Дня города", "Перед днем голосования", "после Дня знаний",
                                  "накануне Дня народного единства"])
def test_a_named_day_after_an_event_opener_is_a_schedule_phrase(cell):
    d = normalize(cell, CAL)
    assert (d.deadline_kind, d.start_date, d.end_date) == ("by_schedule", date(2022, 1, 1), date(2022, 12, 31))
    assert d.note.lower() == cell.lower() and not d.warnings


def test_a_date_after_the_day_word_is_still_a_date():
    d = normalize("накануне дня 12 июня", CAL)
    assert (d.deadline_kind, d.start_date) == ("date", date(2022, 6, 12))
