"""Executor rules for plans outside education (civil defence, forestry, health, culture; issue 11, the classes
of the blind set): a head shared by coordinated or listed modifiers, a role whose body follows in the genitive,
a trailing means phrase, initials typed without dots, kinds of bodies outside education.

Cells are our own made-up examples of each class, read as a municipality without a glossary file. Each rule has
cases where it applies and cases where it must not.
"""

from __future__ import annotations

import itertools

import pytest
from unseen_reading import UNSEEN, kinds, read

from normalizers.executors import normalize
from normalizers.outcomes import Code


# -- a head noun shared by modifiers (shared_heads.py, segmentation's "и" between adjectives) ----------------------
@pytest.mark.parametrize(("cell", "expected"), [
    # listed adjectives with commas: one body per adjective, head and noun put in the singular
    ("Администрации Верхнего, Нижнего районов города Энска",
     [("администрация Верхнего района города Энска", "authority"),
      ("администрация Нижнего района города Энска", "authority")]),
    ("Администрации Заречного, Лесного, Горного округов",
     [("администрация Заречного округа", "authority"), ("администрация Лесного округа", "authority"),
      ("администрация Горного округа", "authority")]),
    # adjectives joined by "и" before one plural noun: one body per adjective, the head kept plural (issue 11)
    ("администрации городских и сельских поселений", [("администрации городских поселений", "authority"),
                                                       ("администрации сельских поселений", "authority")]),
])
def test_shared_head_over_listed_modifiers(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    # each name whole: nothing to share
    ("Администрация Верхнего района, Отдел образования",
     [("Администрация Верхнего района", "authority"), ("Отдел образования", "authority")]),
    # two nouns joined by "и": two bodies
    ("Отдел образования и отдел культуры", [("Отдел образования", "authority"), ("отдел культуры", "authority")]),
])
def test_no_shared_head_where_names_are_whole(cell, expected):
    assert read(cell) == expected


# -- a role followed by its body in the genitive (genitive_bodies.py, genitive_lists.py) ----------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("руководитель Энского лесничества", [("руководитель Энского лесничества", "role")]),
    ("начальник Главного управления МЧС России по Энской области",
     [("начальник Главного управления МЧС России по Энской области", "role")]),
    # a plural role over a comma list of genitive plurals: one role per item (issue 11, plural_complement_lists)
    ("руководители предприятий, хозяйств и учреждений",
     [("руководители предприятий", "role"), ("руководители хозяйств", "role"), ("руководители учреждений", "role")]),
    ("руководители хозяйств, предприятий", [("руководители хозяйств", "role"), ("руководители предприятий", "role")]),
])
def test_role_keeps_its_body_in_the_genitive(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize("nouns", list(itertools.permutations(["хозяйств", "организаций", "учреждений"]))
                         + list(itertools.permutations(["предприятий", "организаций", "учреждений"])))
def test_genitive_list_after_a_role_is_read_whatever_the_order(nouns):
    """The list is one role per item in every order: a noun the glossary knows ("предприятий") used to stop the
    role's words early, one it does not know let "и …" fall off as extra text."""
    cell = f"руководители {nouns[0]}, {nouns[1]} и {nouns[2]}"
    result = normalize(cell, UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [(f"руководители {noun}", "role") for noun in nouns]
    assert result.warnings == []


@pytest.mark.parametrize(("cell", "names"), [
    ("руководители хозяйств и учреждений", ["руководители хозяйств", "руководители учреждений"]),
    ("директора лицеев и гимназий", ["директора лицеев", "директора гимназий"]),
])
def test_two_genitive_plurals_joined_by_and_are_two_roles(cell, names):
    assert read(cell) == [(name, "role") for name in names]


@pytest.mark.parametrize("items", list(itertools.permutations(
    ["учреждений культуры и спорта", "образовательных организаций", "хозяйств района"])))
def test_genitive_items_of_several_words_are_one_role_in_any_order(items):
    """An item may open with an adjective ("образовательных …") or go on with genitives ("… культуры и
    спорта"): neither can be an executor of its own in the genitive, whatever its place in the list."""
    cell = "руководители " + ", ".join(items)
    assert read(cell) == [(cell, "role")]


def test_a_nominative_item_after_a_role_list_is_still_its_own_executor():
    assert read("руководители школ, учреждения культуры") == [("руководители школ", "role"),
                                                              ("учреждения культуры", "external")]


@pytest.mark.parametrize(("cell", "name"), [
    ("Руководители муниципальных бюджетных общеобразовательных учреждений",
     "руководители муниципальных бюджетных общеобразовательных учреждений"),
    ("директора подведомственных образовательных организаций",
     "директора подведомственных образовательных организаций"),
    ("педагоги сельских ОО", "педагоги сельских образовательных организаций"),
])
def test_genitive_adjectives_before_a_known_body_stay_with_the_role(cell, name):
    """The adjectives describe the body the glossary knows; they used to be cut off as a role of their own
    ("руководители подведомственных") with the body as a second executor."""
    assert read(cell) == [(name, "role")]


@pytest.mark.parametrize(("cell", "expected"), [
    # a capitalised name in the nominative after a role is an executor of its own
    ("руководитель, Энское лесничество", [("руководитель", "role"), ("Энское лесничество", "external")]),
    # a nominative plural after the comma is a group of its own
    ("руководители предприятий, образовательные организации",
     [("руководители предприятий", "role"), ("образовательные организации", "schools")]),
])
def test_nominative_after_a_role_opens_a_new_executor(cell, expected):
    assert read(cell) == expected


# -- a trailing means phrase ----------------------------------------------------------------------------------------
def test_means_phrase_after_a_body_is_extra_text():
    result = normalize("Администрации сельсоветов через средства массовой информации", UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [("Администрации сельсоветов", "authority")]
    assert Code.EXTRA_TEXT in result.warnings


def test_body_without_a_means_phrase_has_no_extra_text():
    result = normalize("Администрации поселений", UNSEEN)
    assert Code.EXTRA_TEXT not in result.warnings


# -- initials without dots -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Смирнова А Б Кузнецов В Г", [("Смирнова А Б", "role"), ("Кузнецов В Г", "role")]),
    ("ЦБ Смирнова А Б", [("ЦБ", "other"), ("Смирнова А Б", "role")]),
])
def test_initials_without_dots_name_persons(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize("cell", ["Корпус А", "Школа № 5 корпус Б"])
def test_one_capital_letter_is_no_person(cell):
    assert "role" not in kinds(cell)


# -- kinds of bodies outside education -------------------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "kind"), [
    ("Энское лесничество", "external"),
    ("противопожарная служба района", "external"),
    ("водопользователи", "external"),
    ("МУП «Теплосеть»", "external"),
    ("МУП ЖКХ", "external"),
])
def test_bodies_outside_education_are_external(cell, kind):
    assert kinds(cell) == [kind]


def test_municipal_budget_institution_is_not_an_enterprise():
    assert kinds("МБОУ СОШ № 3") == ["school"]


# -- commas inside a "по …" territory list (territory_lists.py) ------------------------------------------------------
def test_territory_list_after_po_stays_in_one_executor():
    result = normalize("начальник отдела надзорной деятельности по г. Энску, Энскому и Эмскому районам "
                       "(по согласованию)", UNSEEN)
    assert [(e.kind, e.by_agreement) for e in result.executors] == [("role", True)]


def test_nominative_after_a_po_phrase_is_a_new_executor():
    assert read("Отдел полиции по Энскому району, Администрация района") == [
        ("Отдел полиции по Энскому району", "external"), ("Администрация района", "authority")]


# -- a municipal body named with the region it lies in (units.of_a_municipal_administration) -------------------------
@pytest.mark.parametrize(("cell", "name"), [
    # the letters of the municipality's kind are spelt out in the name (municipality_kinds.py)
    ("Отдел образования администрации МР «Энский район» Республики Энск", "Отдел образования"),  # R4
    ("Администрация Энского сельсовета Энского района Энского края",
     "Администрация Энского сельсовета Энского района Энского края"),
])
def test_a_body_of_a_municipal_administration_is_authority_whatever_region_follows(cell, name):
    assert read(cell) == [(name, "authority")]


@pytest.mark.parametrize("cell", ["Министерство образования Энской области",
                                  "Управление пресс-службы и информации администрации области"])
def test_a_regional_body_without_a_municipality_stays_external_in_a_municipal_plan(cell):
    assert read(cell) == [(cell, "external")]


def test_the_region_after_a_municipal_qualifier_is_part_of_the_qualifier_not_an_executor():
    result = normalize("Управление образования администрации Энского района Энской области", UNSEEN)
    cell = "Управление образования администрации Энского района Энской области"
    assert [(e.name, e.kind) for e in result.executors] == [("Управление образования", "authority")]  # R4
    assert result.executors[0].mention == cell


# -- a school's own collegial bodies (extents._of_its_institution, institution_councils.py) ----------------------
@pytest.mark.parametrize(("cell", "name"), [
    ("Управляющий совет лицея", "управляющий совет лицея"),
    ("педсовет школы", "педагогический совет школы"),
    ("Управляющий совет ОО", "управляющий совет образовательных организаций"),
])
def test_a_school_body_followed_by_its_school_in_the_genitive_is_one_body(cell, name):
    result = normalize(cell, UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [(name, "other")]
    assert result.executors[0].mention == cell


@pytest.mark.parametrize("cell", ["Совет учреждения", "Совет школы"])
def test_the_council_of_an_institution_is_a_body_of_the_school_community(cell):
    assert read(cell) == [(cell, "other")]


@pytest.mark.parametrize("cell", ["Совет ветеранов района", "Совет директоров школ района"])
def test_a_council_of_people_stays_outside(cell):
    assert kinds(cell) == ["external"]


# -- a body followed by the authority it belongs to, or by its members (extents.py) --------------------------------
@pytest.mark.parametrize("cell", ["методический кабинет отдела общего образования",
                                  "Методкабинет комитета образования"])
def test_a_body_of_an_authority_named_with_it_in_the_genitive_is_one_body(cell):
    result = normalize(cell, UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [("Методический кабинет", "methodical_service")]
    assert result.executors[0].mention == cell and result.warnings == []


def test_an_authority_in_the_nominative_after_a_body_is_its_own_executor():
    assert kinds("Методический кабинет, управление образования") == ["methodical_service", "authority"]


def test_a_methodical_association_named_by_its_members_is_one_body():
    result = normalize("районное методическое объединение учителей истории, руководители ОО", UNSEEN)
    assert [e.kind for e in result.executors] == ["methodical_service", "role"]
    assert result.executors[0].mention == "районное методическое объединение учителей истории"


def test_the_council_keeps_the_kind_its_adjective_gives():
    assert kinds("Методический совет лицея") == ["methodical_service"]


@pytest.mark.parametrize("cell", ["Совет отцов", "Совет родителей лицея", "Совет школьников"])
def test_a_council_of_parents_or_pupils_is_the_school_community(cell):
    assert kinds(cell) == ["other"]


# -- a shared organisation after chained positions (role_lists.share_organisation) --------------------------------
@pytest.mark.parametrize(("cell", "first"), [
    ("директора и заместители директоров гимназий", "директора гимназий"),
    ("руководители и заместители руководителей ОО", "руководители образовательных организаций"),
])
def test_the_organisation_after_a_deputys_chief_is_shared_by_the_chief(cell, first):
    assert read(cell)[0] == (first, "role")


@pytest.mark.parametrize("cell", ["учителя и заместители директоров по УВР",
                                  "директора и заместитель начальника УО"])
def test_no_organisation_is_shared_where_none_or_another_chief_follows(cell):
    assert read(cell)[0][0] in ("учителя", "директора")


# -- a place before a known body inside quotes; persons named by "лица" ---------------------------------------------
@pytest.mark.parametrize(("cell", "kind"), [("МБУ «Энская ЦБС»", "external"), ("МБУ «Энская ЦРБ»", "external")])
def test_a_quoted_name_of_a_place_and_a_known_body_has_that_bodys_kind(cell, kind):
    result = normalize(cell, UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [(cell, kind)]
    assert "unknown_executor" not in result.warnings


@pytest.mark.parametrize(("cell", "name"), [
    ("Ответственные лица ОО", "ответственные лица образовательных организаций"),
    ("лица, ответственные за питание", "лица, ответственные за питание"),
])
def test_persons_named_lica_are_one_role_with_their_organisation_or_clause(cell, name):
    assert read(cell) == [(name, "role")]
