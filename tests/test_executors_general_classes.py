"""General executor rules for classes seen on unseen municipalities (issue 11): a position that governs the
instrumental written with genitive modifiers of its body, a group of people with a parenthesised gloss, a
numbered unit of a body outside education.

Cells are made-up examples of each class, read as a municipality without a glossary file. Each rule has cases
where it applies and cases where it must not.
"""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN, read

from normalizers.executors import normalize


# -- modifiers of the body after a position that governs the instrumental (genitive_bodies.case_of_the_modifiers) --
@pytest.mark.parametrize(("cell", "expected"), [
    # "заведующий" governs the instrumental, but plans write its body in the genitive as often
    ("заведующие подведомственных ДОУ", [("заведующие подведомственных дошкольных образовательных учреждений",
                                         "role")]),
    ("заведующие подведомственными ДОУ", [("заведующие подведомственными дошкольными образовательными учреждениями",
                                          "role")]),
    ("Заведующие сельских ДОУ, старшие воспитатели",
     [("заведующие сельских дошкольных образовательных учреждений", "role"), ("старшие воспитатели", "role")]),
    # plural-only modifiers make the body a group whatever number the abbreviated post is read in
    ("Зав. муниципальных ДОУ", [("заведующие муниципальных дошкольных образовательных учреждений", "role")]),
    # a singular modifier keeps one organisation
    ("заведующий муниципального ДОУ", [("заведующий муниципального дошкольного образовательного учреждения",
                                       "role")]),
])
def test_modifiers_in_the_genitive_or_the_governed_case_stay_with_the_role(cell, expected):
    """They used to be cut off as a role of their own ("заведующие подведомственных") with the body as a
    second executor."""
    assert read(cell) == expected


def test_modifiers_in_the_instrumental_do_not_join_a_position_that_governs_the_genitive():
    """"руководители" governs the genitive only: an instrumental adjective after it does not describe its
    body, so the role is not composed with the group."""
    got = read("руководители подведомственными ДОУ")
    assert ("руководители подведомственными дошкольными образовательными учреждениями", "role") not in got
    assert got[-1] == ("дошкольные образовательные учреждения", "preschools")


# -- a legal formula in parentheses that renames the people before it (parenthesised_names) -------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("родители (законные представители)", [("родители", "external")]),  # parents: outside the system (F14)
    ("Родители (законные представители) воспитанников, воспитатели",
     [("родители воспитанников", "external"), ("воспитатели", "role")]),
    ("учителя, родители (лица, их заменяющие)", [("учителя", "role"), ("родители", "external")]),
])
def test_a_renaming_formula_in_parentheses_is_no_executor_of_its_own(cell, expected):
    """"(законные представители)" used to be a second executor, and the genitive after it ("воспитанников") a
    third."""
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    # after a body, not people: the formula is not a gloss of it
    ("Отдел опеки (законные представители)", [("Отдел опеки", "authority"), ("законные представители", "role")]),
    # after a comma it stands alone
    ("учителя, (законные представители)", [("учителя", "role"), ("законные представители", "role")]),
])
def test_the_formula_renames_only_people_written_just_before_it(cell, expected):
    assert read(cell) == expected


# -- a numbered unit of a known body (numbered_units.py) --------------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Пожарная часть № 7", [("пожарная часть № 7", "external")]),
    ("ПЧ-31, ЦРБ", [("пожарная часть № 31", "external"), ("центральная районная больница", "external")]),
    ("ПЧ №31 г. Энска (по согласованию)", [("пожарная часть № 31", "external")]),
])
def test_the_number_of_a_unit_stays_in_its_name(cell, expected):
    assert read(cell) == expected
    assert not normalize(cell, UNSEEN).warnings


def test_a_number_after_a_space_alone_is_not_a_unit_number():
    """"ПЧ 2 раза в год": the number opens the rest of the cell, not the unit's name."""
    result = normalize("ПЧ 2 раза в год", UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [("пожарная часть", "external")]


# -- a teacher's subjects and compound positions (role_lists.distribute_directions, roles._compound) ----------
@pytest.mark.parametrize(("cell", "expected"), [
    # a subject written as its abbreviation continues the teacher's list, as a genitive subject does
    ("Учителя физической культуры, ОБЖ", [("учителя физической культуры, ОБЖ", "role")]),
    ("учитель истории, ИЗО, руководитель кружка",
     [("учитель истории, ИЗО", "role"), ("руководитель кружка", "role")]),
])
def test_a_subject_abbreviation_after_a_teacher_joins_the_teachers_subjects(cell, expected):
    assert read(cell) == expected
    assert not normalize(cell, UNSEEN).warnings


def test_a_subject_abbreviation_after_another_role_is_not_joined():
    """Only a teaching position has subjects: after class teachers "ОБЖ" stays an unknown name."""
    assert read("классные руководители, ОБЖ") == [("классные руководители", "role"), ("ОБЖ", "other")]


@pytest.mark.parametrize(("cell", "name"), [
    ("Преподаватель – организатор ОБЖ", "преподаватель-организатор ОБЖ"),
    ("учитель – логопед", "учитель-логопед"),
    ("Педагог — организатор", "педагог-организатор"),
    # a post the glossary knows, written in the singular with a spaced dash
    ("педагог - психолог", "педагог-психолог"),
    # an apposition of two posts is not a compound
    ("руководитель – директор школы", "руководитель – директор школы"),
])
def test_a_teaching_position_and_another_joined_by_a_spaced_dash_are_one_compound(cell, name):
    assert read(cell) == [(name, "role")]


# -- sector-wide short names of the shared glossary (common.yaml) ------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("ППМС-центр, ОО", [("Центр психолого-педагогической, медицинской и социальной помощи", "other"),
                        ("образовательные организации", "schools")]),
    ("ТИК, УИИ", [("территориальная избирательная комиссия", "other"),
                  ("уголовно-исполнительная инспекция", "external")]),
    ("ПНД, ЦСОН", [("психоневрологический диспансер", "external"),
                   ("центр социального обслуживания населения", "external")]),
    ("председатель ТИК", [("председатель территориальной избирательной комиссии", "role")]),
])
def test_sector_wide_short_names_are_known_anywhere(cell, expected):
    assert read(cell) == expected
    assert not normalize(cell, UNSEEN).warnings


# -- a known body followed by its own name in quotes (segmentation._quoted_name_end) -------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("ФОК «Олимп»", [("физкультурно-оздоровительный комплекс «Олимп»", "external")]),
    ("ЦБС «Радуга», ОО", [("централизованная библиотечная система «Радуга»", "external"),
                          ("образовательные организации", "schools")]),
    ('детский оздоровительный лагерь "Звёздочка" (по согласованию)',
     [("детский оздоровительный лагерь «Звёздочка»", "external")]),
])
def test_a_quoted_name_after_a_known_body_is_that_bodys_name(cell, expected):
    """The quoted name used to be a second executor of kind other with unknown_executor."""
    assert read(cell) == expected
    assert not normalize(cell, UNSEEN).warnings


def test_an_unclosed_quote_after_a_known_body_does_not_glue_the_rest_to_it():
    assert read("ЦРБ «Энская")[0] == ("центральная районная больница", "external")


# -- two abbreviations that each name a body of their own (gap_bounds.after_a_body_of_its_own) -------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Отдел образования ЦДТ ДЮСШ", [("Отдел образования", "authority"), ("ЦДТ", "other"), ("ДЮСШ", "other")]),
    ("ИМЦ ДДТ, ОО", [("ИМЦ", "methodical_service"), ("ДДТ", "other"), ("образовательные организации", "schools")]),
])
def test_abbreviations_of_bodies_of_their_own_side_by_side_are_two_executors(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    # a legal form and its grade open one body's name
    ("МБУ ДО ЦДТ", [("МБУ ДО ЦДТ", "other")]),
    # abbreviations whose kind is only guessed from their letters stay one unknown name
    ("ЭПК ЮР", [("ЭПК ЮР", "other")]),
])
def test_abbreviations_not_both_bodies_of_their_own_stay_together(cell, expected):
    assert read(cell) == expected


# -- a modifier of a position ("участковый", role_modifiers) -----------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("участковый уполномоченный полиции", [("участковый уполномоченный полиции", "role")]),
    ("Инспектор ПДН, участковые уполномоченные полиции (по согласованию)",
     [("инспекторы ПДН", "role"), ("участковые уполномоченные полиции", "role")]),
    # without a position after it the word is an adjective of a body, no role
    ("участковая больница", [("участковая больница", "external")]),
])
def test_a_district_officer_is_one_role(cell, expected):
    """"участковый" used to be dropped as stray text before the position."""
    assert read(cell) == expected
