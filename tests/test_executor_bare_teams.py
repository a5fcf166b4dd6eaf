"""A bare team word among a school's roles is the school's own management team (normalizers/executors/
bare_teams.py); beside a body, or alone, it stays as read."""

from __future__ import annotations

import pytest

from normalizers.executors import normalize


def _kinds(raw: str) -> list[tuple[str, str]]:
    return [(e.mention, e.kind) for e in normalize(raw, "Вымышленный район", None, "municipal").executors]


@pytest.mark.parametrize("raw", [
    "Администрация, педагоги-организаторы",
    "администрация, классные руководители 5-9 классов, учитель музыки",
])
def test_a_bare_administration_among_roles_is_a_role(raw):
    kinds = _kinds(raw)
    assert kinds[0][1] == "role"
    assert all(kind == "role" for _, kind in kinds)


def test_the_team_is_named_in_lower_case_like_other_positions():
    first = normalize("Администрация, воспитатели групп", "Вымышленный район", None, "municipal").executors[0]
    assert first.name == "администрация"


@pytest.mark.parametrize("raw", [
    "Администрация, управление образования",
    "Администрация, классные руководители, МБОУ «Школа № 7»",
])
def test_beside_a_body_the_bare_word_is_not_re_kinded(raw):
    assert _kinds(raw)[0][1] != "role"


def test_alone_it_stays_as_read():
    assert _kinds("Администрация")[0][1] != "role"
