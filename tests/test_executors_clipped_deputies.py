"""Cells of a district education plan read with no glossary (issue 11): a deputy's post cut short ("Зам.") takes
its number from the post it governs, and shared short names of methodical services and additional education.
Cells are made up (towns that do not exist)."""

from __future__ import annotations

import pytest
from unseen_reading import read


@pytest.mark.parametrize(("cell", "expected"), [
    # "директоров", "руководителей": one deputy per school, so the role names many
    ("Зам. директоров по УВР", [("заместители директоров по УВР", "role")]),
    ("Зам.руководителей ОО", [("заместители руководителей образовательных организаций", "role")]),
    ("Отдел образования Белоярского округа, зам. директоров по ВР",
     [("Отдел образования Белоярского округа", "authority"), ("заместители директоров по ВР", "role")]),
    ("Зам. заведующих ДОУ по ВМР",
     [("заместители заведующих дошкольными образовательными учреждениями по ВМР", "role")]),
])
def test_a_clipped_deputy_of_many_heads_is_many(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "name"), [
    ("Зам. директора по ВР", "заместитель директора по ВР"),  # "директора": one director, one deputy
    ("Зам. зав. по ВМР", "заместитель заведующего по ВМР"),
    ("зам. начальника УО", "заместитель начальника управления образования"),
])
def test_a_clipped_deputy_of_one_head_stays_one(cell, name):
    assert read(cell) == [(name, "role")]


@pytest.mark.parametrize(("cell", "expected"), [
    ("Метод. кабинет, ОО", [("Методический кабинет", "methodical_service"),
                            ("образовательные организации", "schools")]),
    ("Комитет образования, УДОД", [("Комитет образования", "authority"),
                                   ("учреждения дополнительного образования детей", "other")]),
])
def test_shared_short_names(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    # lower-case adjectives before a known abbreviation narrow the group; the group is spelt out after them
    ("Отдел образования, пилотные ОО", [("Отдел образования", "authority"),
                                        ("пилотные образовательные организации", "schools")]),
    ("опорные ДОО, ИМЦ", [("опорные дошкольные образовательные организации", "preschools"),
                          ("ИМЦ", "methodical_service")]),
    ("районная ПМПК, ОО", [("районная психолого-медико-педагогическая комиссия", "other"),
                           ("образовательные организации", "schools")]),
])
def test_adjectives_before_a_known_abbreviation(cell, expected):
    assert read(cell) == expected


def test_adjectives_that_do_not_agree_give_no_group():
    # "экспериментальная" is singular, the spelt group plural: no phrase of a plan, left as it was read
    assert ("экспериментальная образовательные организации", "schools") not in read(
        "Комитет образования, экспериментальная ОО")


def test_a_known_name_after_a_comma_is_no_genitive_of_the_name_before():
    # "метод." reads as a genitive plural of "метода"; a known name in the nominative opens an executor of its own
    assert read("Отдел образования, метод. кабинет") == [("Отдел образования", "authority"),
                                                       ("Методический кабинет", "methodical_service")]


@pytest.mark.parametrize("cell", ["Рейтинг ОО", "Реестр ДОУ", "Список ОО, участвующих в проекте",
                                  "Памятка для родителей", "Заявки ОО", "Договор о сетевом взаимодействии"])
def test_documents_in_an_executor_column_name_no_executor(cell):
    assert read(cell) == []


@pytest.mark.parametrize(("cell", "expected"), [
    # brackets inside a quoted name are part of it, not a separator
    ("МКОУ «Вечерняя (сменная) школа № 2»", [("МКОУ «Вечерняя (сменная) школа № 2»", "school")]),
    ("МКУ «Центр (методический)», ОО", [("МКУ «Центр (методический)»", "methodical_service"),
                                       ("образовательные организации", "schools")]),
    ("ИМЦ (методисты), ОО", [("ИМЦ", "methodical_service"), ("методисты", "role"),
                             ("образовательные организации", "schools")]),
])
def test_brackets_inside_quotes(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    # the type written out before a quoted name says what the institution is; the quotes are only its name
    ("Отдел образования, детский сад «Берёзка»", [("Отдел образования", "authority"),
                                                  ("детский сад «Берёзка»", "school")]),  # one named
    ("Гимназия «Эрудит», Лицей «Дельта»", [("Гимназия «Эрудит»", "school"), ("Лицей «Дельта»", "school")]),
    ("Школа молодого педагога", [("школа молодого педагога", "schools")]),  # no school of its own name
])
def test_an_institution_named_after_its_type(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    # the short name of a group with a number is one institution of that group (one kindergarten: kind school)
    ("Комитет образования, ДОУ № 5, ОО", [("Комитет образования", "authority"), ("ДОУ № 5", "school"),
                                         ("образовательные организации", "schools")]),
    ("ОУ №12", [("ОУ № 12", "school")]),
])
def test_a_numbered_group_abbreviation_is_one_institution(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    # a school's legal form before a name of its own is one school; a further form ("ДО") is no school
    ("МБОУ «Гармония», МАОУ «Перспектива»", [("МБОУ «Гармония»", "school"), ("МАОУ «Перспектива»", "school")]),
    ("МБОУ ДО «Радуга»", [("МБОУ ДО «Радуга»", "other")]),
])
def test_a_school_named_after_its_legal_form(cell, expected):
    assert read(cell) == expected


def test_an_adjective_the_dictionary_reads_first_as_a_noun():
    # "Главное" is first a noun ("the main thing") to the dictionary; before a known name it qualifies it
    assert read("Главное управление образования, ОО") == [("Главное управление образования", "authority"),
                                                          ("образовательные организации", "schools")]
