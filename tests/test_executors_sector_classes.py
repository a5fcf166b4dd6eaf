"""Executor classes the made-up set of plans outside education (tests/gold/executors_sectors/) showed broken, with
other made-up cells of farming, housing, transport, health and interdepartmental plans, read as a municipality no
glossary file exists for."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str) -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, "municipal").executors]


def _kinds(cell: str) -> list[str]:
    return [kind for _, kind, _ in _read(cell)]


# -- private actors named by what they do or own: non-government, external (spec) ---
@pytest.mark.parametrize("cell", [
    "Лесопользователи", "Водопользователи района", "Товаропроизводители агропромышленного комплекса",
    "Перевозчики всех форм собственности", "Владельцы АЗС", "Собственники нежилых помещений", "Арендаторы земель",
    "Работодатели района", "Предприниматели, осуществляющие розничную торговлю", "Садовые товарищества",
    "Потребительские кооперативы", "Автошколы района", "Казачество района", "Армянская диаспора",
])
def test_private_actors_of_a_sector_are_external(cell):
    assert _kinds(cell) == ["external"]


def test_farms_are_external_but_a_field_of_an_authority_stays_in_its_name():
    assert _kinds("Крестьянские хозяйства, личные подсобные хозяйства граждан") == ["external", "external"]
    assert _read("Комитет ЖКХ, транспорта и дорожного хозяйства") == [
        ("Комитет ЖКХ, транспорта и дорожного хозяйства", "authority", False)]


@pytest.mark.parametrize("cell", ["Теплоснабжающие организации", "Аптечные организации всех форм собственности",
                                  "Страховые организации (по согласованию)"])
def test_organisations_of_a_field_outside_education_are_external(cell):
    assert _kinds(cell) == ["external"]


def test_cooperatives_and_partnerships_by_their_legal_form_are_external():
    assert _kinds("СХПК «Луч», СНТ «Ягодка»") == ["external", "external"]


@pytest.mark.parametrize("cell", ["Управление Ростехнадзора", "Межрегиональное управление Росприроднадзора",
                                  "Отдел Ространснадзора"])
def test_offices_of_federal_supervision_services_are_external(cell):
    assert _kinds(cell) == ["external"]


@pytest.mark.parametrize(("cell", "name"), [("Участковые педиатры", "участковые педиатры"),
                                             ("Зоотехники хозяйств", "зоотехники хозяйств"),
                                             ("Врачи-онкологи", "врачи-онкологи")])
def test_posts_of_health_and_farming_are_roles(cell, name):
    assert _read(cell) == [(name, "role", False)]


# -- sector-wide short names of a district's plans (common glossary) ---
@pytest.mark.parametrize(("cell", "name", "kind"), [
    ("ЛПХ", "личные подсобные хозяйства", "external"), ("ТСЖ", "товарищества собственников жилья", "external"),
    ("ЖСК", "жилищно-строительные кооперативы", "external"),
    ("ПОО", "профессиональные образовательные организации", "external"),
    ("АТК", "антитеррористическая комиссия", "other"), ("АНК", "антинаркотическая комиссия", "other"),
])
def test_sector_wide_abbreviations_are_spelt_out(cell, name, kind):
    assert _read(cell) == [(name, kind, False)]


def test_the_guardianship_bodies_are_one_body_not_two():
    assert _read("органы опеки и попечительства, КЦСОН") == [
        ("органы опеки и попечительства", "authority", False),
        ("комплексный центр социального обслуживания населения", "external", False)]
    assert _read("Отделы культуры и спорта") == [("Отдел культуры", "authority", False),
                                                 ("Отдел спорта", "authority", False)]


# -- a hyphen inside a word never parts two executors ---
@pytest.mark.parametrize(("cell", "name", "kind"), [
    ("Юго-Западное управление Ростехнадзора", "Юго-Западное управление Ростехнадзора", "external"),
    ("Волонтёры-спасатели", "Волонтёры-спасатели", "external"),
])
def test_a_hyphenated_word_is_one_name(cell, name, kind):
    assert _read(cell) == [(name, kind, False)]


def test_a_dash_with_spaces_still_parts_a_role_from_a_body():
    assert len(_read("Отдел образования - руководители ОО")) == 2


# -- municipal institutions of a field outside education, consultative councils ---
@pytest.mark.parametrize("cell", ["МБУ «Зеленстрой и благоустройство»", "МКУ «Служба единого заказчика»"])
def test_a_municipal_institution_of_a_field_outside_education_is_external(cell):
    assert _kinds(cell) == ["external"]


def test_a_council_at_an_official_or_for_an_area_is_collegial_a_society_external():
    assert _kinds("Общественный совет при главе округа, Совет по делам инвалидов, Совет ветеранов войны") == [
        "other", "other", "external"]


# -- a part of a body with its number or territory, then the body it belongs to: one executor ---
@pytest.mark.parametrize("cell", ["ПСЧ-7 ФГКУ «5 отряд ФПС по Северной области»",
                                  "Филиал по Южному району ФКУ УИИ УФСИН России по Северной области",
                                  "Отделение в г. Приречье УФСБ России по Северной области"])
def test_a_part_of_a_federal_body_by_number_or_territory_is_one_executor(cell):
    assert _read(cell) == [(cell, "external", False)]


def test_a_fire_station_alone_and_a_body_after_a_department_are_their_own():
    assert _read("ПСЧ-3, ЕДДС")[0] == ("пожарно-спасательная часть № 3", "external", False)
    assert _kinds("Отдел образования МКУ ИМЦ") == ["authority", "methodical_service"]


# -- an abbreviation typed with a plural ending names the bodies in the plural ---
@pytest.mark.parametrize(("cell", "name"), [("СДКи", "сельские дома культуры"),
                                             ("ЦРБы, ОМВД", "центральные районные больницы")])
def test_an_abbreviation_with_a_plural_ending_is_known_and_plural(cell, name):
    assert _read(cell)[0] == (name, "external", False)


def test_an_abbreviation_without_an_ending_keeps_the_glossary_number():
    assert _read("СДК")[0][0] == "сельский дом культуры"


# -- two adjectives joined by "и" before one noun: the bodies of each ---
def test_adjectives_sharing_a_noun_name_two_groups_of_bodies():
    assert _read("Газоснабжающие и водоснабжающие организации") == [
        ("Газоснабжающие организации", "external", False), ("водоснабжающие организации", "external", False)]
    assert _kinds("Городские и сельские библиотеки") == ["external", "external"]


def test_a_pair_of_abbreviations_before_a_legal_form_completes_the_name_before():
    assert _kinds("Отдел ГО и ЧС МКУ «Аварийно-спасательная служба»") == ["authority", "external"]


# -- "предприятие" is a body, not a verbal noun in -тие; volunteers by their Russian word ---
def test_enterprises_after_adjectives_name_executors():
    assert _read("Лесозаготовительные предприятия, добровольцы") == [
        ("Лесозаготовительные предприятия", "external", False), ("добровольцы", "external", False)]


def test_a_legal_form_after_a_comma_ends_a_quote_left_open():
    assert _read("АО «Агрохолдинг «Нива», ООО «Фермер»") == [
        ("АО «Агрохолдинг «Нива»»", "external", False), ("ООО «Фермер»", "external", False)]


def test_an_entrepreneur_named_by_the_person_is_one_enterprise():
    assert _read("ИП Соколова Е.В., ИП") == [("ИП Соколова Е.В.", "external", False),
                                             ("индивидуальные предприниматели", "external", False)]


def test_a_word_glued_by_a_hyphen_to_a_post_opens_the_role():
    assert _read("Пресс-секретарь администрации") == [("пресс-секретарь администрации", "role", False)]
