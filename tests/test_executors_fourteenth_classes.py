"""Executor classes the fourteenth other-regions set (tests/gold/other_regions_fourteenth/, the blind sets of sessions
36-38) showed broken, with examples of our own, read as a municipality no glossary file exists for: a noun of joint
action takes "с" inside a body's name ("Сектор сотрудничества с ..."), where "с" starts no partner body; a post over
units followed by a glued ministry ("Начальники отделов Минздрава России") is one role, as with the ministry spelt
out."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, level).executors]


@pytest.mark.parametrize("cell", [
    "Отдел мониторинга и взаимодействия с общественными объединениями",
    "Сектор сотрудничества с национально-культурными автономиями",
    "Отдел информационной политики и связей с общественными объединениями",
    "Управление взаимоотношений с муниципальными образованиями",
])
def test_a_noun_of_joint_action_keeps_its_partner_inside_the_name(cell):
    assert [(name, kind) for name, kind, _ in _read(cell)] == [(cell, "authority")]


def test_a_body_with_its_partners_still_names_two():
    assert _read("Администрация сельсовета с участковыми избирательными комиссиями") == [
        ("Администрация сельсовета", "authority", False), ("участковые избирательные комиссии", "other", False)]


@pytest.mark.parametrize("cell, level", [
    ("Начальники отделов Минздрава России", "federal"),
    ("Директор департамента Минобрнауки России", "federal"),
    ("Начальники управлений Минфина Энской области", "regional"),
])
def test_a_post_over_units_of_a_glued_ministry_is_one_role(cell, level):
    assert _read(cell, level) == [(cell[:1].lower() + cell[1:], "role", False)]


def test_a_person_or_a_comma_before_the_ministry_keeps_it_apart():
    assert [kind for _, kind, _ in _read("Сидорова В.П. Минздрав России", "federal")] == ["role", "authority"]
    assert [kind for _, kind, _ in _read("Начальник отдела, Минздрав России", "federal")] == ["role", "authority"]
