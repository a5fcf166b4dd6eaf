"""The municipal qualifier of a body's name (sample R4, normalizers/executors/municipal_qualifiers.py): a municipal
plan's body is named without the administration or territory that owns it; the mention keeps the words as written.
Every town, district and region here is made up."""

import pytest

from normalizers.executors import clear_memo
from normalizers.executors.normalizer import normalize_strict


@pytest.fixture(autouse=True)
def _fresh_memo():
    clear_memo()


def _named(cell: str, municipality: str | None = "Ольховецкий муниципальный район", level: str | None = None):
    return [(e.mention, e.name) for e in normalize_strict(cell, municipality, level=level).executors]


@pytest.mark.parametrize("cell, name", [
    ("Управление образования администрации Ольховецкого муниципального района", "Управление образования"),
    ("Отдел образования Администрации Ольховецкого муниципального округа", "Отдел образования"),
    ("Комитет по образованию администрации Вербицкого района", "Комитет по образованию"),
    ("Отдел образования администрации Вербицкого района Туманской области", "Отдел образования"),
    ("Отдел культуры администрации района", "Отдел культуры"),
    ("Управление образования Исполнительного комитета Ольховецкого муниципального района", "Управление образования"),
])
def test_a_district_administrations_body_is_named_without_it(cell, name):
    assert _named(cell) == [(cell, name)]


@pytest.mark.parametrize("cell, name", [
    ("Комитет по образованию администрации города Ключегорска", "Комитет по образованию"),
    ("Управление образования администрации г. Ключегорска", "Управление образования"),
    ("Отдел образования администрации городского округа «Город Ключегорск»", "Отдел образования"),
    ("Управление культуры мэрии города Ключегорска", "Управление культуры"),
    ("Департамент образования Администрации городского округа – город Ключегорск", "Департамент образования"),
])
def test_a_towns_administration_is_dropped_from_its_bodys_name(cell, name):
    assert _named(cell, "город Ключегорск") == [(cell, name)]


@pytest.mark.parametrize("cell, name", [
    ("Комитет образования Администрации МО «Вербицкий район»", "Комитет образования"),
    ("Отдел по образованию администрации МО Вербицкий район", "Отдел по образованию"),
    ("Отдел образования администрации МР «Вербицкий район»", "Отдел образования"),
])
def test_a_municipality_written_by_its_letters_is_a_qualifier_too(cell, name):
    assert _named(cell, "Вербицкий район") == [(cell, name)]


@pytest.mark.parametrize("cell, name", [
    ("Отдел здравоохранения г.о. Ключегорск", "Отдел здравоохранения"),
    ("Управление образования города Ключегорска", "Управление образования"),
    ("Комитет социальной защиты населения г. Ключегорска", "Комитет социальной защиты населения"),
])
def test_a_bodys_town_closing_its_name_is_dropped(cell, name):
    assert _named(cell, "город Ключегорск") == [(cell, name)]


def test_each_body_of_a_list_loses_its_qualifier_and_the_abbreviation_stays():
    got = normalize_strict("Управление образования администрации Вербицкого района, общеобразовательные организации",
                           "Вербицкий район").executors
    assert (got[0].mention, got[0].name, got[0].abbreviation) == (
        "Управление образования администрации Вербицкого района", "Управление образования", "УО")
    assert got[1].name == "общеобразовательные организации"


@pytest.mark.parametrize("cell", [
    "Администрация Ольховецкого муниципального района",
    "Администрации муниципальных районов",
    "Управление делами администрации Туманской области",
    "Департамент культуры города Москвы",
    "МБУ «Центр оценки качества образования» г. Ключегорска",
    "МКУ «Управление образования Вербицкого района»",
])
def test_the_territorys_own_body_a_group_a_region_and_an_institution_keep_their_words(cell):
    assert [name for _, name in _named(cell)] == [cell]


def test_a_post_over_a_qualified_body_is_named_as_written():
    assert _named("Начальник отдела образования администрации Вербицкого района") == [
        ("Начальник отдела образования администрации Вербицкого района",
         "начальник отдела образования администрации Вербицкого района")]


def test_a_regional_plan_keeps_the_municipality_that_tells_its_bodies_apart():
    cell = "Управление образования администрации Вербицкого района"
    assert _named(cell, None, "regional") == [(cell, cell)]
    assert _named(cell, None) == [(cell, cell)]  # no municipality: a regional plan


def test_two_municipalities_bodies_of_one_cell_keep_their_territories():
    got = [name for _, name in _named("Отдел образования администрации Вербицкого района, Отдел образования "
                                      "администрации Ольховецкого района")]
    assert got == ["Отдел образования администрации Вербицкого района",
                   "Отдел образования администрации Ольховецкого района"]
