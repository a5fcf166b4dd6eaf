"""Deadline class the twenty-fifth other-regions set (tests/gold/other_regions_twenty_fifth/, session 47's blind set)
showed broken, with examples of our own: months in brackets after a phrase whose dates are set elsewhere ("по итогам
…", "по результатам …") date the phrase (R33, R35: the bracket is encoded), so a yearly repetition takes those months
and the note keeps the phrase alone, not the phrase with the months and an unclosed bracket."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

CALENDAR = PlanPeriod(date(2026, 1, 1), date(2027, 12, 31), False)


@pytest.mark.parametrize(("cell", "months", "note"), [
    ("ежегодно, по итогам мониторинга (апрель – май)", [4, 5], "по итогам мониторинга"),
    ("Ежегодно по результатам олимпиады (март)", [3], "по результатам олимпиады"),
    ("ежегодно, по итогам учебного года (июнь-июль)", [6, 7], "по итогам учебного года"),
])
def test_months_in_brackets_after_a_schedule_phrase_date_a_yearly_repetition(cell, months, note):
    d = normalize(cell, CALENDAR)
    assert (d.deadline_kind, d.freq, d.months, d.note) == ("recurring", "yearly", months, note)
    assert [(s.year, s.month) for s, _ in d.occurrences] == [(2026, months[0]), (2027, months[0])]


def test_a_bracket_without_a_date_stays_in_the_phrase():
    d = normalize("по итогам мониторинга (по отдельному графику)", CALENDAR)
    assert (d.deadline_kind, d.months) == ("by_schedule", [])
