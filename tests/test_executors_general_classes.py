"""Executor classes that break on any region's plan, not on one set (session 44, the misses of all dev sets read
together), with cells of our own, read as a municipality no glossary file exists for:
- a post the glossary knows, right before a known body written in the genitive, is that body's staff: one role,
  the post and its owner ("Педагог-психолог методического кабинета"); the case shows the post governs the body.
  A body in the nominative after a post is the next executor of a run-on cell;
- a head post over "X и <methodical associations' letters>" heads both ("Руководители ШМО и ГМО"): every association
  has its head; a post of another kind keeps the associations as bodies beside it;
- a role named after "с" / "совместно с" in the instrumental ("совместно с руководителями ДОУ") is named as it is in
  the nominative: its group's letters spelt out as they are when the cell writes "Руководители ДОУ";
- a legal form, the letters of the region or town it belongs to and a known body's letters are one institution
  ("ГКУ ЭО ЦЗН Энского района"): a legal form with its region's letters names no executor alone. A group's letters
  after them are a group of its own (a legal form names one institution);
- a post in parentheses after a post names the same people's other capacity, no executor of its own ("Учителя
  (наставники …)"); after a person it is that person's post."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, level).executors]


@pytest.mark.parametrize(("cell", "name"), [
    ("Педагог-психолог методического кабинета", "педагог-психолог методического кабинета"),
    ("Педагог-психолог Методического кабинета Петрова О.Н.", "педагог-психолог методического кабинета"),
    ("Классные руководители Управления образования", "классные руководители управления образования"),
    ("Педагоги-психологи ППМС-центра",
     "педагоги-психологи центра психолого-педагогической, медицинской и социальной помощи"),
    ("Педагог-психолог Центра психолого-педагогической, медицинской и социальной помощи Сидорова Е.К.",
     "педагог-психолог центра психолого-педагогической, медицинской и социальной помощи"),
])
def test_a_known_post_before_a_body_in_the_genitive_is_its_staff(cell, name):
    assert _read(cell) == [(name, "role", False)]


@pytest.mark.parametrize("cell", [
    "Педагог-психолог Методический кабинет",
    "Классные руководители Управление образования",
    "Педагог-психолог, методического кабинета",
])
def test_a_body_not_in_the_genitive_after_a_post_is_no_owner(cell):
    assert len(_read(cell)) == 2


@pytest.mark.parametrize(("cell", "expected"), [
    ("Руководители ШМО и ГМО", ["руководители школьных методических объединений",
                                "руководители городских методических объединений"]),
    ("Руководители школ и РМО", ["руководители школ", "руководители районных методических объединений"]),
    ("Заведующий сектором, руководители ОУ и ШМО", ["заведующий сектором", "руководители образовательных учреждений",
                                                    "руководители школьных методических объединений"]),
])
def test_a_head_post_over_associations_after_and_heads_them(cell, expected):
    assert [(name, "role") for name in expected] == [(name, kind) for name, kind, _ in _read(cell)]


def test_another_post_keeps_the_associations_beside_it():
    assert _read("Инспекторы школ и РМО")[1][1] == "methodical_service"


@pytest.mark.parametrize(("cell", "role"), [
    ("Отдел образования совместно с руководителями ДОУ", "руководители дошкольных образовательных учреждений"),
    ("Управление образования с руководителями ОУ", "руководители образовательных учреждений"),
    ("Управление образования совместно с директорами ОО", "директора образовательных организаций"),
    ("Администрация поселка с руководителями ДОУ", "руководители дошкольных образовательных учреждений"),
    ("Совет ветеранов с директорами ОУ", "директора образовательных учреждений"),
])
def test_a_role_after_with_is_named_as_in_the_nominative(cell, role):
    assert _read(cell)[1:] == [(role, "role", False)]


def test_a_body_after_with_is_still_put_in_the_nominative():
    read = _read("Администрация села с участковыми избирательными комиссиями")
    assert read[1][0] == "участковые избирательные комиссии"


@pytest.mark.parametrize("cell", [
    "ГКУ ЭО ЦЗН Заречного района",
    "ГБУ ЗО КЦСОН",
    "ОГКУ ВЗ ЦЗН г. Озёрска",
])
def test_a_legal_form_and_its_regions_letters_open_the_name_after_them(cell):
    assert _read(cell) == [(cell, "external", False)]


def test_a_group_after_a_legal_form_and_letters_is_a_group():
    assert [kind for _, kind, _ in _read("МБУ ДО ЦДТ ОО")] == ["other", "schools"]


@pytest.mark.parametrize(("cell", "role"), [
    ("Методисты РМК (кураторы школ с низкими результатами)", "методисты районного методического кабинета"),
    ("Учителя начальных классов (наставники молодых педагогов)", "учителя начальных классов"),
    ("Заместители директоров по ВР (ответственные за профилактику)", "заместители директоров по ВР"),
])
def test_a_post_in_parentheses_after_a_post_is_its_capacity(cell, role):
    assert _read(cell) == [(role, "role", False)]


def test_a_post_in_parentheses_after_a_person_is_the_persons_post():
    assert _read("Сидорова Е.К. (Методист)") == [("методист", "role", False)]
