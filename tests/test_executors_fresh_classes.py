"""Executor classes the fresh other-regions set (tests/gold/other_regions_fresh/) showed broken, with examples
of our own, read as a municipality no glossary file exists for."""

from __future__ import annotations

import pytest
from unseen_reading import read


# -- district bodies outside education under their sector-wide short names (F17) ------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("УСЗН", [("управление социальной защиты населения", "authority")]),
    ("ОСЗН, отдел культуры", [("отдел социальной защиты населения", "authority"), ("отдел культуры", "authority")]),
    ("Начальник ОСЗН", [("начальник отдела социальной защиты населения", "role")]),
    ("Специалисты ЦСОН", [("специалисты центра социального обслуживания населения", "role")]),
    ("МУО", [("муниципальное управление образования", "authority")]),
    ("Зав. РМК", [("заведующий районным методическим кабинетом", "role")]),
    ("РМК", [("Районный методический кабинет", "methodical_service")]),
])
def test_common_district_abbreviations_are_spelt_out(cell, expected):
    assert read(cell) == expected


def test_a_body_abbreviation_then_a_person_is_two_executors():
    assert read("УСЗН Петрова И. И.") == [("управление социальной защиты населения", "authority"),
                                           ("Петрова И. И.", "role")]


# -- a place adjective before a known abbreviation: the place, then the body spelt out ------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Ивановская ЦРБ", [("Ивановская центральная районная больница", "external")]),
    ("Северная РБ", [("Северная районная больница", "external")]),
    ("Озёрский РДК", [("Озёрский районный дом культуры", "external")]),
    ("Заречная ЦДБ, УО", [("Заречная центральная детская библиотека", "external"),
                          ("Управление образования", "authority")]),
])
def test_a_place_adjective_keeps_the_known_body(cell, expected):
    assert read(cell) == expected


def test_an_abbreviation_read_only_after_a_place_stays_unknown_alone():
    """"РБ" is a hospital after a place ("Северная РБ") but a republic's initials elsewhere ("МОиН РБ")."""
    assert read("РБ") == [("РБ", "other")]
    assert read("Иванов А.А. Лесная РБ") == [("Иванов А.А.", "role"), ("Лесная районная больница", "external")]


def test_lower_case_adjectives_before_a_known_name_stay_one_name():
    """"Районный методический кабинет" is a name of its own, not a place before an abbreviation."""
    assert read("Районный методический кабинет") == [("Районный методический кабинет", "methodical_service")]


# -- kinds of bodies: public associations, ensembles, the schools' own libraries; activists as a role -----------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Отдел культуры, местная организация ВОИ", [("Отдел культуры", "authority"),
                                                   ("местная организация ВОИ", "external")]),
    ("УО, районная организация ветеранов", [("Управление образования", "authority"),
                                            ("районная организация ветеранов", "external")]),
    ("Всероссийское общество охраны природы", [("Всероссийское общество охраны природы", "external")]),
    ("Петров П.П., ансамбль «Берёзка»", [("Петров П.П.", "role"), ("ансамбль «Берёзка»", "external")]),
    ("Библиотека школы", [("Библиотека школы", "other")]),
    ("Библиотеки общеобразовательных учреждений", [("Библиотеки общеобразовательных учреждений", "other")]),
    ("Центральная библиотека", [("Центральная библиотека", "external")]),
])
def test_kinds_of_associations_ensembles_and_school_libraries(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("Учитель истории, актив класса", [("учитель истории", "role"), ("актив класса", "role")]),
    ("Вожатая; актив школьного музея", [("вожатая", "role"), ("актив школьного музея", "role")]),
])
def test_activists_named_as_a_group_are_a_role_not_extra_text(cell, expected):
    assert read(cell) == expected


# -- numbered units after an unexplained abbreviation; the Latin "N" for "№" (F18) ------------------------------
def test_numbers_after_an_unexplained_abbreviation_are_one_unit_each():
    # each unit named with one sign, the first too (the fresh set's F24 label: "ПЭЖУ NN 1" -> "ПЭЖУ № 1")
    assert [name for name, _ in read("ЖЭУ №№ 3, 4, 7")] == ["ЖЭУ № 3", "ЖЭУ № 4", "ЖЭУ № 7"]
    assert [kind for _, kind in read("ЖЭУ №№ 3, 4, 7")] == ["other"] * 3


def test_a_body_then_numbered_units_keeps_both():
    assert read("ООО «Водоканал» РЭС № 1, 2") == [("ООО «Водоканал»", "external"), ("РЭС № 1", "other"),
                                                 ("РЭС № 2", "other")]


@pytest.mark.parametrize(("cell", "names"), [
    ("МБОУ СОШ N 12", ["МБОУ СОШ № 12"]),
    ("МБОУ СОШ NN 4, 9", ["МБОУ СОШ № 4", "МБОУ СОШ № 9"]),
])
def test_a_latin_n_before_a_number_is_the_number_sign(cell, names):
    assert [name for name, _ in read(cell)] == names


def test_a_latin_n_inside_a_word_or_without_a_number_stays():
    from normalizers.executors.numbered_unit_lists import latin_number_signs

    assert latin_number_signs("ООО «NN-Сервис»") == "ООО «NN-Сервис»"
    assert latin_number_signs("IBN 5") == "IBN 5"
    assert latin_number_signs("Школа N 5") == "Школа № 5"


# -- the contracted "р-на" of a district qualifier; two territories joined by "и" after one body ---------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Управление образования Заречного р-на", [("Управление образования", "authority")]),
    ("УСЗН Ленинского р-на, ЦДБ", [("управление социальной защиты населения", "authority"),
                                   ("центральная детская библиотека", "external")]),
    ("Школы р-на", [("школы района", "schools")]),
])
def test_a_contracted_district_is_read_as_the_word(cell, expected):
    assert read(cell) == expected


def test_a_contraction_inside_a_word_stays():
    from normalizers.executors.territory_abbreviations import spell_districts

    assert spell_districts("пр-на") == "пр-на"
    assert spell_districts("Кировского р-на") == "Кировского района"
    assert spell_districts("в р-не") == "в районе"


def test_a_contracted_district_with_any_hyphen_or_a_capital_is_spelt():
    from normalizers.executors.territory_abbreviations import spell_districts

    assert spell_districts("Кировского р\u2010на") == "Кировского района"  # a typographic hyphen
    assert spell_districts("Кировского р\u2011на") == "Кировского района"  # a non-breaking hyphen
    assert spell_districts("Школы Р - на") == "Школы Района"


@pytest.mark.parametrize("cell", ["УО администрации города и районов", "УО администрации района и поселений"])
def test_two_territories_after_one_body_qualify_it(cell):
    from normalizers.executors import normalize

    result = normalize(cell, "nowhere-town")
    assert [(e.name, e.kind) for e in result.executors] == [("Управление образования", "authority")]
    assert result.warnings == []


def test_a_body_after_and_still_opens_a_name():
    assert read("УО администрации района и ИМЦ") == [("Управление образования", "authority"),
                                                      ("ИМЦ", "methodical_service")]


# -- an area of work in letters right after a post, without "по", is spelt in the genitive ---------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Организатор УВР", [("организатор учебно-воспитательной работы", "role")]),
    ("Руководитель ВР, учителя", [("руководитель воспитательной работы", "role"), ("учителя", "role")]),
    # after "по" the letters stay, as the rulings name the deputy directors
    ("Зам. директора по ВР", [("заместитель директора по ВР", "role")]),
    # letters with another common reading are not spelt as an area of work: after "глава" they are the kind of
    # municipality (municipality_kinds.py), not "методической работы"
    ("Глава МР", [("глава муниципального района", "role")]),
])
def test_an_area_of_work_after_a_post(cell, expected):
    assert read(cell) == expected
