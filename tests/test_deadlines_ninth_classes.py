"""Deadline classes the ninth other-regions set (tests/gold/other_regions_ninth/) showed broken, with examples of
our own: "с момента <event>" is an event-bound start the plan gives no date for, a schedule phrase (O52, R33), also
after "постоянно"; a season before an institution's word ("летние лагеря") names the camps, not a span."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.deadlines import PlanPeriod, normalize

CAL = PlanPeriod(date(2022, 1, 1), date(2022, 12, 31), False)


@pytest.mark.parametrize(("raw", "note"), [
    ("с момента объявления карантина", "с момента объявления карантина"),
    ("Постоянно, с момента введения режима ЧС", "с момента введения режима ЧС"),
])
def test_from_the_moment_of_an_event_is_a_schedule(raw, note):
    d = normalize(raw, CAL)
    assert (d.deadline_kind, d.note, d.occurrences) == ("by_schedule", note, [(CAL.start, CAL.end)])


@pytest.mark.parametrize("raw", ["летние оздоровительные лагеря", "школы, летние лагеря"])
def test_camps_named_with_their_season_are_no_deadline(raw):
    assert normalize(raw, CAL).deadline_kind == "unknown"


@pytest.mark.parametrize("raw", ["в течение работы летнего лагеря", "в период летней оздоровительной кампании"])
def test_a_season_after_a_lead_word_stays_a_span(raw):
    assert normalize(raw, CAL).deadline_kind != "unknown"
