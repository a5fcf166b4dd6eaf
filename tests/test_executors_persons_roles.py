"""Roles and persons of school and municipal plans (issue 11): one test per rule, invented examples.

Every cell is read as a municipality no glossary file exists for.
"""

from __future__ import annotations

import pytest

from normalizers.executors import normalize
from normalizers.executors.persons import holds_a_post, opens_with_a_person, person_spans, singular_post
from normalizers.executors.positions import (
    deputy_of_the_director,
    governed_positions,
    inflect_group,
    spell_grades,
)
from normalizers.executors.text import items

UNSEEN = "nowhere-town"


def _read(cell: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in normalize(cell, UNSEEN, None, "municipal").executors]


# -- persons ---------------------------------------------------------------------------------------------------
def test_a_position_word_before_initials_is_no_surname():
    text = "Тьютор Э.Я. Ветлугина"
    assert [text[a:b] for a, b in person_spans(text)] == ["Э.Я. Ветлугина"]
    text = "Педагоги-психологи В.Т. Огаркова"
    assert [text[a:b] for a, b in person_spans(text)] == ["В.Т. Огаркова"]


def test_a_surname_before_initials_is_a_person():
    text = "Огаркова В.Т., Лапин К.К."
    assert [text[a:b] for a, b in person_spans(text)] == ["Огаркова В.Т.", "Лапин К.К."]


@pytest.mark.parametrize("cell", ["К.Н. Пестова", "В.В. Огарков", "С.А.Лапина", "Огаркова В.Т."])
def test_a_cell_opening_with_initials_names_a_person(cell):
    assert opens_with_a_person(cell)
    assert _read(cell) == [(cell, "role")]


@pytest.mark.parametrize("cell", ["к 1 сентября", "В течение года", "Тьютор Э.Я. Ветлугина"])
def test_prepositions_and_positions_open_no_person(cell):
    assert not opens_with_a_person(cell)


def test_initials_k_and_v_in_a_list_are_persons_not_prepositions():
    assert _read("К.О. Лапин, Руководители ОУ") == [
        ("К.О. Лапин", "role"), ("руководители образовательных учреждений", "role")]


def test_a_person_then_a_comma_then_a_singular_post_is_one_role():
    assert _read("Огаркова В.Т., заведующий библиотекой, классные руководители") == [
        ("заведующий библиотекой", "role"), ("классные руководители", "role")]


def test_a_person_then_a_comma_then_a_group_is_two_executors():
    assert _read("Огаркова В.Т., классные руководители") == [
        ("Огаркова В.Т.", "role"), ("классные руководители", "role")]


def test_the_post_nearest_the_person_decides_whether_it_is_held():
    before = items("классные руководители 1-4 кл Зав. библиотекой")
    assert holds_a_post(before)
    assert not holds_a_post(items("Зав. библиотекой классные руководители"))
    assert holds_a_post(items("Заведующая и заведующие"), first=True)
    assert not holds_a_post(items("ШМО учителей начальных"), first=True)  # members, not a post


def test_singular_post_reads_modifiers_and_abbreviations():
    assert singular_post(items("Соц. педагог"))
    assert singular_post(items("заместитель директора по ВР"))
    assert not singular_post(items("классные руководители"))
    assert not singular_post(items("Отдел образования"))


def test_a_post_and_its_holder_without_separator_is_one_role():
    assert _read("Зав. библиотекой Огаркова Б.Ю.") == [("заведующий библиотекой", "role")]
    assert _read("Пестов А.А. Тьютор") == [("тьютор", "role")]


def test_a_post_named_after_a_school_keeps_its_holder_apart_from_the_school_name():
    assert _read("Директор лицея Ким О.Б.") == [("директор лицея", "role")]


# -- positions ------------------------------------------------------------------------------------------------
def test_grades_after_a_role_are_spelt_out():
    assert spell_grades("классные руководители 5-9 кл.") == "классные руководители 5-9 классов"
    assert spell_grades("классный руководитель 7 кл") == "классный руководитель 7 класса"
    assert spell_grades("классные руководители 1–11 классов") == "классные руководители 1–11 классов"


def test_a_known_role_keeps_the_grades_written_after_it():
    assert _read("Кл. руководители 2-4 кл.") == [("классные руководители 2-4 классов", "role")]
    assert _read("Классный руководитель 6 класса") == [("классный руководитель 6 класса", "role")]


def test_a_post_written_in_full_in_the_singular_stays_singular():
    assert _read("Педагог-психолог") == [("педагог-психолог", "role")]
    assert _read("психолог") == [("педагоги-психологи", "role")]  # a short spelling takes the glossary's name


def test_a_deputy_with_no_one_named_is_the_directors():
    assert deputy_of_the_director("заместитель по ВР") == "заместитель директора по ВР"
    assert deputy_of_the_director("заместитель начальника по ВР") == "заместитель начальника по ВР"
    assert _read("Зам.по АХЧ") == [("заместитель директора по АХЧ", "role")]


def test_a_position_after_a_position_is_in_the_genitive():
    assert governed_positions("заместитель директор по УВР") == "заместитель директора по УВР"
    assert _read("Зам. дир. по НМР") == [("заместитель директора по НМР", "role")]


def test_an_abbreviated_adjective_agrees_with_the_gender_of_its_noun():
    assert _read("Ст. вожатая") == [("старшая вожатая", "role")]
    assert _read("Ст. вожатый") == [("старший вожатый", "role")]


def test_a_singular_head_over_a_group_names_one_organisation():
    assert _read("Директор ОУ") == [("директор образовательного учреждения", "role")]
    assert _read("Зав. ДОУ") == [("заведующий дошкольным образовательным учреждением", "role")]
    assert _read("Директора ОУ") == [("директора образовательных учреждений", "role")]


def test_the_administration_of_a_school_is_a_role():
    assert _read("Администрация лицея") == [("администрация лицея", "role")]


def test_members_of_a_capitalised_body_are_one_role():
    assert _read("Члены Совета ветеранов") == [("члены Совета ветеранов", "role")]
    assert _read("Члены Совета старшеклассников") == [("члены совета старшеклассников", "role")]  # a known body


def test_staff_of_an_organisation_are_plural_staff_of_a_subject_are_not():
    assert _read("Методист ИМЦ") == [("методисты ИМЦ", "role")]
    assert _read("Учитель ОБЖ") == [("учитель ОБЖ", "role")]
    assert _read("Тьютор") == [("тьютор", "role")]


def test_two_roles_joined_by_i_with_an_abbreviated_second():
    assert _read("Зам. директора по ВР и кл. руководители") == [
        ("заместитель директора по ВР", "role"), ("классные руководители", "role")]


def test_adjectives_of_a_group_inflect_as_adjectives():
    assert inflect_group("городские методические объединения", "gent", None) == \
        "городских методических объединений"
    assert inflect_group("образовательные учреждения", "gent", "sing") == "образовательного учреждения"


# -- bodies --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "name"), [
    ("ШМО учителей математики", "школьное методическое объединение учителей математики"),
    ("МО классных руководителей", "методическое объединение классных руководителей"),
    ("РМО учителей-логопедов", "районное методическое объединение учителей-логопедов"),
])
def test_a_methodical_association_named_by_its_members_is_one_body(cell, name):
    assert _read(cell) == [(name, "methodical_service")]


def test_a_methodical_association_after_i_is_one_body():
    assert _read("ЦЗН и МО учителей истории") == [
        ("центр занятости населения", "external"), ("методическое объединение учителей истории", "methodical_service")]


def test_a_state_health_institution_is_external():
    assert _read("ГБУЗ «Южная ЦРБ»") == [("ГБУЗ «Южная ЦРБ»", "external")]


@pytest.mark.parametrize(("cell", "name"), [
    ("Фельдшер", "фельдшер"),
    ("Инженер по охране труда", "инженер по охране труда"),
    ("Уполномоченный по правам ребенка", "уполномоченный по правам ребенка"),
    ("Обучающиеся 10-11 классов", "обучающиеся 10-11 классов"),
    ("Преподаватели", "преподаватели"),
])
def test_staff_of_a_school_besides_teachers_are_roles(cell, name):
    assert _read(cell) == [(name, "role")]


@pytest.mark.parametrize(("cell", "name"), [
    ("Управляющий совет", "управляющий совет"),
    ("Родительский комитет", "родительский комитет"),
    ("Школьный музей", "школьный музей"),
    ("Педсовет", "педагогический совет"),
])
def test_collegial_bodies_and_units_of_a_school_are_other(cell, name):
    assert _read(cell) == [(name, "other")]


def test_a_person_before_a_body_is_no_holder_of_a_post_written_later():
    assert _read("Лапин Д.О. Прокуратура района, Зам. по УВР") == [
        ("Лапин Д.О.", "role"), ("Прокуратура района", "external"), ("заместитель директора по УВР", "role")]
    assert _read("Лаборант Огарков Д.") == [("лаборант", "role")]


@pytest.mark.parametrize(("cell", "name"), [
    ("ЗДУВР", "заместитель директора по УВР"),
    ("ЗДВР", "заместитель директора по ВР"),
    ("ЗД по АХЧ", "заместитель директора по АХЧ"),
])
def test_a_schools_acronym_of_a_deputy_is_a_role(cell, name):
    assert _read(cell) == [(name, "role")]


def test_an_acronym_of_a_deputy_after_a_role_is_a_role_of_its_own():
    assert _read("кл. руководители 9 классов\nЗДВР") == [
        ("классные руководители 9 классов", "role"), ("заместитель директора по ВР", "role")]


def test_an_unknown_acronym_starting_like_a_deputy_is_not_one():
    assert _read("ЗДОРОВЬЕ") != [("заместитель директора по ОРОВЬЕ", "role")]


@pytest.mark.parametrize("cell", ["Кл. рук.", "Кл.рук", "кл.рук."])
def test_the_abbreviated_class_teachers_are_the_group(cell):
    assert _read(cell) == [("классные руководители", "role")]


@pytest.mark.parametrize(("cell", "expected"), [
    ("ГИБДД\nТ.И. Огарков", [("ГИБДД", "external"), ("Т.И. Огарков", "role")]),
    ("МБУ ДО «ДДТ» Лапина Ж.М.", [("МБУ ДО «ДДТ»", "other"), ("Лапина Ж.М.", "role")]),
])
def test_a_person_after_an_abbreviation_or_a_closing_quote_is_no_namesake(cell, expected):
    assert _read(cell) == expected


def test_a_person_after_a_common_noun_head_names_the_body():
    from normalizers.executors.persons import named_after

    text = "Музей З.В. Лапиной"
    assert named_after(text, items(text)[:1], text.index("З"))
    text = "школа им. А.С. Огаркова"
    assert named_after(text, items(text)[:2], text.index("А"))


@pytest.mark.parametrize(("cell", "name"), [
    ("Завхоз гимназии", "заведующий хозяйством гимназии"),
    ("Соцпедагог", "социальный педагог"),
    ("Замдиректора по ВР", "заместитель директора по ВР"),
])
def test_contracted_positions_are_spelt_out(cell, name):
    assert _read(cell) == [(name, "role")]


def test_a_person_before_the_abbreviated_class_teachers_is_an_executor_of_its_own():
    assert _read("Огаркова А.А., Кл. рук.") == [("Огаркова А.А.", "role"), ("классные руководители", "role")]


def test_a_known_role_right_before_a_group_is_its_staff():
    assert _read("педагог-психолог ДОУ") == [("педагоги-психологи дошкольных образовательных учреждений", "role")]
    assert _read("Педагоги-психологи, ДОУ") == [
        ("педагоги-психологи", "role"), ("дошкольные образовательные учреждения", "preschools")]


def test_the_number_of_a_list_item_ends_a_role():
    assert _read("1. Зам. директора по ВР\n2. Классные руководители") == [
        ("заместитель директора по ВР", "role"), ("классные руководители", "role")]


@pytest.mark.parametrize(("cell", "name"), [
    ("Ответственный за ГО и ЧС", "ответственный за ГО и ЧС"),
    ("Учителя музыки и ИЗО", "учителя музыки и ИЗО"),
])
def test_an_abbreviation_naming_no_body_after_i_stays_in_the_role(cell, name):
    assert _read(cell) == [(name, "role")]


def test_a_body_after_i_is_an_executor_of_its_own():
    assert _read("Классные руководители и ЦДТ") == [("классные руководители", "role"), ("ЦДТ", "other")]


def test_a_schools_acronym_of_a_deputy_is_a_post_its_holder_holds():
    assert _read("Огарков Р.К. ЗДВР") == [("заместитель директора по ВР", "role")]
    assert _read("ЗД по УР\nОгарков Б.Н.") == [("заместитель директора по УР", "role")]


def test_a_person_after_an_administration_is_no_holder_of_it():
    assert _read("Администрация района Лапина Я.О.") == [("Администрация района", "authority"), ("Лапина Я.О.", "role")]


def test_staff_of_a_legal_form_and_a_known_abbreviation_name_the_body_spelt_out():
    assert _read("Методист МКУ ЦРО") == [("методисты МКУ «Центр развития образования»", "role")]


def test_a_person_with_the_post_in_parentheses_is_one_role():
    assert _read("Огаркова И.И. (зам. директора по ВР)") == [("заместитель директора по ВР", "role")]
    assert _read("зам. директора по ВР (Огаркова И.И.)") == [("заместитель директора по ВР", "role")]


def test_a_methodical_association_after_a_known_name_is_no_qualifier_of_it():
    assert _read("ШМО\nМО учителей истории") == [
        ("школьные методические объединения", "methodical_service"),
        ("методическое объединение учителей истории", "methodical_service")]


def test_a_word_broken_by_a_hyphen_and_a_space_is_mended():
    from normalizers.executors.positions import mend_spaced_breaks

    assert mend_spaced_breaks("Классные руко- водители") == "Классные руководители"
    assert mend_spaced_breaks("педагог- психолог") == "педагог- психолог"  # two words: no break to mend
    assert _read("Учителя-пред- метники") == [("учителя-предметники", "role")]


def test_genitive_words_after_the_organisation_of_a_role_belong_to_it():
    assert _read("Руководители ОУ дополнительного образования") == [
        ("руководители образовательных учреждений дополнительного образования", "role")]


def test_a_team_is_no_post_a_person_holds():
    assert _read("Лапина Э.К., Педагогический коллектив") == [
        ("Лапина Э.К.", "role"), ("педагогический коллектив", "role")]


def test_a_capitalised_position_after_a_group_opens_the_role_a_person_holds():
    assert _read("Кл. руководители Зам. директора по НМР Лапина П. Б.") == [
        ("классные руководители", "role"), ("заместитель директора по НМР", "role")]


def test_a_capitalised_adjective_position_opens_a_new_role():
    assert _read("Лаборант Ответственный за питание") == [("лаборант", "role"), ("ответственный за питание", "role")]


def test_a_post_in_parentheses_after_a_person_is_no_second_name():
    assert _read("Ф.С. Лапина (Методист)") == [("методист", "role")]


def test_people_are_not_named_after_people():
    assert _read("Педагогический коллектив Огарков Е.") == [
        ("педагогический коллектив", "role"), ("Огарков Е.", "role")]


def test_a_capitalised_known_role_after_a_position_is_a_new_role():
    assert _read("Методисты\nКлассный руководитель 9 класса") == [
        ("методисты", "role"), ("классный руководитель 9 класса", "role")]


def test_a_modified_position_after_a_comma_opens_a_new_name():
    assert _read("Ответственный за ведение сайта, ст. вожатый") == [
        ("ответственный за ведение сайта", "role"), ("старший вожатый", "role")]


def test_a_group_headed_by_a_noun_takes_the_plural_genitive():
    assert _read("руководители УДО") == [("руководители учреждений дополнительного образования", "role")]


def test_an_adjective_position_governs_no_genitive():
    assert governed_positions("ответственный секретарь") == "ответственный секретарь"


@pytest.mark.parametrize(("cell", "name"), [
    ("Руководитель ШМО учителей истории", "руководитель школьного методического объединения учителей истории"),
    ("Руководитель РМО учителей физики", "руководитель районного методического объединения учителей физики"),
    ("Руководитель МО классных руководителей", "руководитель методического объединения классных руководителей"),
])
def test_the_head_of_an_association_named_by_its_members_is_one_role(cell, name):
    assert _read(cell) == [(name, "role")]


def test_bodies_of_government_are_not_named_after_people():
    assert _read("Администрация сельского поселения Лапина З.Я.") == [
        ("Администрация сельского поселения", "authority"), ("Лапина З.Я.", "role")]


def test_a_full_name_with_a_patronymic_is_a_person():
    assert _read("Огаркова Мария Петровна") == [("Огаркова Мария Петровна", "role")]
    assert _read("Лапин Сергей Сергеевич Н.Я. Огаркова") == [
        ("Лапин Сергей Сергеевич", "role"), ("Н.Я. Огаркова", "role")]
    assert _read("Заместитель директора по ВР Лапин Сергей Ильич") == [("заместитель директора по ВР", "role")]


@pytest.mark.parametrize(("cell", "expected"), [
    ("Педагоги школы Н.И. Лапина", [("педагоги школы", "role"), ("Н.И. Лапина", "role")]),
    ("Школьная библиотека Огаркова В.", [("школьная библиотека", "other"), ("Огаркова В.", "role")]),
    ("Заведующий ДОУ и администрация школы\nС.П. Лапина", [
        ("заведующий дошкольным образовательным учреждением", "role"), ("администрация школы", "role"),
        ("С.П. Лапина", "role")]),
])
def test_no_namesake_after_a_role_or_in_surname_first_order(cell, expected):
    assert _read(cell) == expected


def test_a_capitalised_participle_position_opens_a_new_role():
    assert _read("Учитель-логопед Заведующий Лапина Д.П.") == [("учитель-логопед", "role"), ("заведующий", "role")]
