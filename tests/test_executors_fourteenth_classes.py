"""Executor classes the fourteenth other-regions set (tests/gold/other_regions_fourteenth/, the blind sets of sessions
36-38) showed broken, with examples of our own, read as a municipality no glossary file exists for: a noun of joint
action takes "с" inside a body's name ("Сектор сотрудничества с ..."), where "с" starts no partner body; a post over
units followed by a glued ministry ("Начальники отделов Минздрава России") is one role, as with the ministry spelt
out; "управляющий делами" is a post; "и управления <instrumental>" is a committee's second field, no office of its
own; "<body> города Энска П.Р. Сидоров" is the body and "П.Р. Сидоров", not "Энска П.Р."; participants of the budget
process ("субъекты бюджетного планирования") are the government's own bodies; an institution spelt out whose quoted
name is an office ("Муниципальное казенное учреждение «Управление …»") acts for the municipality (O61); a singular
adjective joined to a plural one before a known name's noun names a body of its own (O76, F22)."""

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


@pytest.mark.parametrize("cell", ["Управляющий делами администрации района",
                                  "управляющий делами Администрации Энского округа"])
def test_the_manager_of_affairs_is_a_post(cell):
    assert _read(cell) == [(cell[:1].lower() + cell[1:], "role", False)]


def test_managing_bodies_stay_bodies():
    assert [kind for _, kind, _ in _read("Управляющие компании, ТСЖ")] == ["external", "external"]
    assert [kind for _, kind, _ in _read("Управляющий совет школы")] == ["other"]


@pytest.mark.parametrize("cell, name", [
    ("Комитет архитектуры и управления земельными ресурсами администрации города",
     "Комитет архитектуры и управления земельными ресурсами"),  # R4: the municipal qualifier dropped
    ("Департамент экономики и управления муниципальным имуществом",
     "Департамент экономики и управления муниципальным имуществом"),
    ("Отдел физической культуры и руководства спортивными школами",
     "Отдел физической культуры и руководства спортивными школами"),
])
def test_running_an_object_after_and_is_a_field_of_the_same_body(cell, name):
    assert _read(cell) == [(name, "authority", False)]


def test_an_office_after_and_is_still_a_body_of_its_own():
    assert [name for name, _, _ in _read("Отдел культуры и управление социальной защиты")] == [
        "Отдел культуры", "управление социальной защиты"]
    assert len(_read("Отделы и управления администрации района")) == 2


@pytest.mark.parametrize("cell, body, person", [
    # the body named without its municipal qualifier (R4)
    ("Комитет по управлению имуществом администрации города Энска П.Р. Сидоров",
     "Комитет по управлению имуществом", "П.Р. Сидоров"),
    ("Отдел культуры администрации города Энска К.Л. Петрова", "Отдел культуры", "К.Л. Петрова"),
])
def test_initials_and_a_surname_after_a_place_in_the_genitive(cell, body, person):
    assert _read(cell) == [(body, "authority", False), (person, "role", False)]


def test_two_persons_surname_first_stay_two():
    assert _read("Батова В.В. Чепурин Д.В.") == [("Батова В.В.", "role", False), ("Чепурин Д.В.", "role", False)]


def test_persons_with_initials_without_dots_stay_surname_first():
    assert [name for name, _, _ in _read("ЦБ Козлова Е Ю Синицына О А")][1:] == ["Козлова Е Ю", "Синицына О А"]


@pytest.mark.parametrize("cell", ["субъекты бюджетного планирования округа", "главные распорядители бюджетных средств"])
def test_participants_of_the_budget_process_are_the_governments_bodies(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["authority"]


def test_the_regions_are_still_named_by_subjects():
    assert [kind for _, kind, _ in _read("органы исполнительной власти субъектов Российской Федерации", "federal")] == [
        "authority"]


@pytest.mark.parametrize("cell, kind", [
    ("Муниципальное казенное учреждение «Управление капитального строительства города Энска»", "authority"),
    ("Муниципальное учреждение «Управление культуры»", "authority"),
    ("Муниципальное унитарное предприятие «Управление водоснабжения»", "external"),
    ("Муниципальное бюджетное учреждение «Центр культуры»", "external"),
])
def test_an_institution_spelt_out_with_an_office_in_quotes(cell, kind):
    assert [k for _, k, _ in _read(cell)] == [kind]


@pytest.mark.parametrize("cell, first, second", [
    ("Городская и районные организации ветеранов", "Городская организация ветеранов", "районные организации ветеранов"),
    ("областной и муниципальные советы молодёжи", "областной совет молодёжи", "муниципальные советы молодёжи"),
])
def test_a_singular_adjective_before_a_plural_one_names_a_body_of_its_own(cell, first, second):
    assert [name for name, _, _ in _read(cell)] == [first, second]


def test_a_singular_adjective_alone_keeps_its_name():
    assert [name for name, _, _ in _read("Городской совет ветеранов и районные советы")][:1] == [
        "Городской совет ветеранов"]
