"""Executor classes the made-up set of regional and municipal education plans (tests/gold/executors_regional/)
showed broken, with other made-up cells, read as a regional plan (no municipality) and as a municipality no
glossary file exists for."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str) -> list[tuple[str, str, bool]]:
    municipality = None if level == "regional" else UNSEEN
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, municipality, None, level).executors]


def _kinds(cell: str, level: str) -> list[str]:
    return [kind for _, kind, _ in _read(cell, level)]


# -- regional training institutes and centres: the region's methodical service in its plan, external below (O18) --
@pytest.mark.parametrize("cell", [
    "ИПК", "ГБОУ ДПО «Приморский институт повышения квалификации педагогов»", "ЦНППМ ПР",
    "Центр непрерывного повышения профессионального мастерства педагогов Южной области",
    "Областные учебно-методические объединения",
])
def test_regional_training_bodies_are_the_regions_methodical_service(cell):
    assert _kinds(cell, "regional") == ["methodical_service"]


@pytest.mark.parametrize("cell", ["ИПК (по согласованию)", "ЦНППМ"])
def test_regional_training_bodies_are_external_in_a_municipal_plan(cell):
    assert _kinds(cell, "municipal") == ["external"]


def test_short_names_of_training_and_monitoring_bodies_are_spelt_out():
    assert _read("Министерство образования Южной области, ИПК, ЦОКО", "regional") == [
        ("Министерство образования Южной области", "authority", False),
        ("институт повышения квалификации", "methodical_service", False),
        ("центр оценки качества образования", "other", False)]
    assert _read("Отдел образования, ММС", "municipal") == [
        ("Отдел образования", "authority", False), ("муниципальная методическая служба", "methodical_service", False)]


# -- a commission is a collegial body whatever level its name gives (O19, O40) ---
@pytest.mark.parametrize("cell", ["Апелляционная комиссия Южной области", "Предметная комиссия края по математике",
                                  "Межведомственная комиссия области по организации отдыха детей"])
def test_a_commission_with_its_region_is_a_collegial_body(cell):
    assert _kinds(cell, "regional") == ["other"]
    assert _kinds(cell, "municipal") == ["other"]


def test_minors_and_admission_commissions_stay_outside_and_a_methodical_one_is_methodical():
    assert _kinds("Комиссия по делам несовершеннолетних и защите их прав области", "regional") == ["external"]
    assert _kinds("Методическая комиссия", "municipal") == ["methodical_service"]


@pytest.mark.parametrize("cell", ["Общественные наблюдатели", "Независимые наблюдатели на выборах"])
def test_observers_are_citizens_outside_the_system(cell):
    assert _kinds(cell, "municipal") == ["external"]


# -- a group after people in the genitive plural is their complement, not an executor of its own ---
@pytest.mark.parametrize("cell", ["Совет директоров ДОО", "Ассоциация руководителей ОО района"])
def test_a_group_after_people_in_the_genitive_stays_in_the_body(cell):
    assert len(_read(cell, "municipal")) == 1


def test_a_role_in_the_nominative_before_a_group_still_splits_from_the_body():
    assert _kinds("Отдел образования директора ОО", "municipal") == ["authority", "role"]


@pytest.mark.parametrize("cell", ["ГАУ «Областной центр оценки качества образования»", "Республиканский центр оценки "
                                  "качества образования (по согласованию)"])
def test_the_regions_monitoring_centre_is_its_exam_body_whatever_its_legal_form(cell):
    assert _kinds(cell, "regional") == ["other"]
