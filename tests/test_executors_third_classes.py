"""Executor classes the third other-regions set (tests/gold/other_regions_third/) showed broken, with examples
of our own, read as a municipality no glossary file exists for."""

from __future__ import annotations

import pytest
from unseen_reading import read


# -- "Отв." before a preposition is the post "ответственный", not the column's label --------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Отв. за ВР", [("ответственный за ВР", "role")]),
    ("Отв. за питание, классные руководители", [("ответственный за питание", "role"),
                                                 ("классные руководители", "role")]),
    ("Зам. директора по УВР, отв. за безопасность", [("заместитель директора по УВР", "role"),
                                                     ("ответственный за безопасность", "role")]),
    ("Отв.за УВР", [("ответственный за УВР", "role")]),
])
def test_a_cut_label_word_before_a_preposition_is_the_post(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize("cell", ["Отв. Сидорова А.А.", "Отв.: Сидорова А.А.", "Ответственные: Сидорова А.А."])
def test_a_label_before_a_name_is_still_dropped(cell):
    assert read(cell) == [("Сидорова А.А.", "role")]


def test_work_area_letters_after_a_preposition_other_than_po_stay_as_written():
    """The genitive spelling ("организатор ВР" -> "организатор воспитательной работы") fits no other case."""
    assert read("Ответственный за УВР") == [("ответственный за УВР", "role")]
    assert read("Организатор ВР") == [("организатор воспитательной работы", "role")]


# -- the press by its sector-wide short name -----------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("СМИ", [("средства массовой информации", "external")]),
    ("Отдел культуры, СМИ", [("Отдел культуры", "authority"), ("средства массовой информации", "external")]),
    ("Представители СМИ", [("представители средств массовой информации", "role")]),
    ("редакции СМИ", [("редакции СМИ", "external")]),
])
def test_the_press_is_spelt_out(cell, expected):
    assert read(cell) == expected


# -- "ЦБ" read by its siblings; branches take the kind of the body before them ----------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("ЦБ, ЦДБ", [("центральная библиотека", "external"), ("центральная детская библиотека", "external")]),
    ("ЦБ, городские филиалы", [("центральная библиотека", "external"), ("городские филиалы", "external")]),
    ("Центральная библиотека, филиалы", [("Центральная библиотека", "external"), ("филиалы", "external")]),
    ("ЦБ, библиотеки района", [("центральная библиотека", "external"), ("библиотеки района", "external")]),
])
def test_a_central_library_and_its_branches(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize("cell", ["ЦБ", "ЦБ, отдел образования", "ЦБ, филиалы банков"])
def test_cb_without_a_library_beside_it_stays_unknown(cell):
    """"ЦБ" is also a centralised accounts office or a bank: nothing in the cell tells which."""
    assert read(cell)[0] == ("ЦБ", "other")


def test_branches_after_a_person_are_not_read_as_a_body():
    assert read("Сидорова А.А., филиалы") == [("Сидорова А.А.", "role")]


# -- people of a settlement by their office; footnote marks between run-together names ------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Старосты, депутаты", [("старосты", "role"), ("депутаты", "role")]),
    ("Глава поселения, Старосты* Депутаты*", [("глава поселения", "role"), ("старосты", "role"),
                                             ("депутаты", "role")]),
    ("Депутаты Совета депутатов", [("депутаты Совета депутатов", "role")]),
])
def test_elders_and_deputies_are_roles(cell, expected):
    assert read(cell) == expected


# -- a plural head over a genitive list described by a participial clause: one role per complement (O76) -----------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Руководители предприятий и учреждений, расположенных на территории района",
     [("руководители предприятий, расположенных на территории района", "role"),
      ("руководители учреждений, расположенных на территории района", "role")]),
    ("Директора школ и лицеев, находящихся в городе, Отдел культуры",
     [("директора школ, находящихся в городе", "role"), ("директора лицеев, находящихся в городе", "role"),
      ("Отдел культуры", "authority")]),
    ("Руководители учреждений и организаций, действующих в поселении* Старосты*",
     [("руководители учреждений, действующих в поселении", "role"),
      ("руководители организаций, действующих в поселении", "role"), ("старосты", "role")]),
])
def test_a_participial_clause_describes_the_role_list(cell, expected):
    assert read(cell) == expected


# -- "Рук." is a post cut short, not the genitive plural of "рука" ---------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Рук. кружка", [("руководитель кружка", "role")]),
    ("Рук.театральной студии «Маска»", [("руководитель театральной студии «Маска»", "role")]),
    ("Рук. кружка «Юный техник» — Петрова А.А.", [("руководитель кружка «Юный техник»", "role")]),
    ("Библиотекарь Сидорова В.В. Рук. клуба «Собеседник» Петрова А.А.",
     [("библиотекарь", "role"), ("руководитель клуба «Собеседник»", "role")]),
])
def test_a_cut_post_is_singular_and_keeps_its_holder(cell, expected):
    assert read(cell) == expected


# -- an enterprise or a state institution is no authority, whatever its quoted name says -----------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("МУП «Управление благоустройства»", [("МУП «Управление благоустройства»", "external")]),
    ("МП «Горсвет»", [("МП «Горсвет»", "external")]),
    ("Отдел ЖКХ, МП «Управление дорожного хозяйства»", [("Отдел ЖКХ", "authority"),
                                                        ("МП «Управление дорожного хозяйства»", "external")]),
    ("ГУ «Управление лесами»", [("ГУ «Управление лесами»", "external")]),
    ("Северное лесничество - филиал ГУ «Лесхоз»", [("Северное лесничество - филиал ГУ «Лесхоз»", "external")]),
    ("МУ «Управление образования администрации города»", [("МУ «Управление образования администрации города»",
                                                          "authority")]),
])
def test_enterprises_and_state_institutions_are_external(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize("cell", ["МП", "Комитет по МП"])
def test_mp_that_opens_no_name_is_no_enterprise(cell):
    """"МП" is also молодёжная политика: only as the form of a name that follows is it an enterprise."""
    assert "external" not in [kind for _, kind in read(cell)]


# -- a body run together after a closing quote, opened by a place adjective the dictionary reads as a surname --------
@pytest.mark.parametrize(("cell", "expected"), [
    ("МБУК «Районная библиотека» Лесная сельская библиотека",
     [("МБУК «Районная библиотека»", "external"), ("Лесная сельская библиотека", "external")]),
    ("МБУК «Центральная библиотека» Сидоровская модельная сельская библиотека",
     [("МБУК «Центральная библиотека»", "external"), ("Сидоровская модельная сельская библиотека", "external")]),
    ("Отдел культуры Ивановская сельская библиотека",
     [("Отдел культуры", "authority"), ("Ивановская сельская библиотека", "external")]),
    ("Отдел образования Петровская Н.А.", [("Отдел образования", "authority"), ("Петровская Н.А.", "role")]),
])
def test_a_place_adjective_opens_the_next_body(cell, expected):
    assert read(cell) == expected


# -- sport institutions of a town are outside the education system; a sports school is additional education ----------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Муниципальное бюджетное учреждение Центр физической подготовки «Олимп»",
     [("Муниципальное бюджетное учреждение Центр физической подготовки «Олимп»", "external")]),
    ("МАУ «Спортивный комплекс «Заря»»", [("МАУ «Спортивный комплекс «Заря»»", "external")]),
    ("Центр спорта и туризма", [("Центр спорта и туризма", "external")]),
    ("МБУ ДО «Детско-юношеская спортивная школа»", [("МБУ ДО «Детско-юношеская спортивная школа»", "other")]),
])
def test_sport_institutions(cell, expected):
    assert read(cell) == expected


# -- "ДК" is a house of culture; a definition's dash in a result text names no executor ----------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Директор ДК", [("директор дома культуры", "role")]),
    ("ДК, библиотека", [("дом культуры", "external"), ("библиотека", "external")]),
    ("Отчёт о реализации программы (далее – ДК) по развитию школ", []),
])
def test_a_house_of_culture_and_a_definition_in_a_result(cell, expected):
    assert read(cell) == expected


# -- the namesake after "им." and a title is part of the body's name, not a person of its own -------------------------
@pytest.mark.parametrize(("cell", "namesake", "kind"), [
    ("МБОУ «СОШ им. Героя России Петрова А.А.»", "Петрова А.А", "school"),
    ("МБОУ СОШ им. Героя Советского Союза Сидорова В.В.", "Сидорова В.В", "school"),
    ("МАУ ДО «Центр «Радуга» им. Героя Советского Союза Гришина И.Т.»", "Гришина И.Т", "other"),
])
def test_a_namesake_after_a_title_stays_in_the_name(cell, namesake, kind):
    [(name, got_kind)] = read(cell)
    assert namesake in name and got_kind == kind


def test_a_person_after_a_comma_is_still_a_person():
    assert read("МБОУ СОШ им. Героя России Иванова, Петров А.А.") == [
        ("МБОУ СОШ им. Героя России Иванова", "school"), ("Петров А.А.", "role")]


# -- a known name written out in the plural keeps the plural -------------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Сельские дома культуры", [("сельские дома культуры", "external")]),
    ("Отдел культуры, районные дома культуры", [("Отдел культуры", "authority"),
                                               ("районные дома культуры", "external")]),
    ("Сельский дом культуры", [("сельский дом культуры", "external")]),
    ("СДК", [("сельский дом культуры", "external")]),
    ("Дом культуры", [("дом культуры", "external")]),
])
def test_a_known_name_takes_the_number_the_cell_writes(cell, expected):
    assert read(cell) == expected


def test_senior_pupils_are_a_role_and_their_council_a_body():
    assert read("Библиотекарь, старшеклассники") == [("библиотекарь", "role"), ("старшеклассники", "role")]
    assert read("Совет старшеклассников") == [("совет старшеклассников", "other")]


@pytest.mark.parametrize(("cell", "expected"), [
    ("ТОС «Заречье», старосты", [("территориальное общественное самоуправление «Заречье»", "external"),
                                ("старосты", "role")]),
    ("Врачебная амбулатория", [("Врачебная амбулатория", "external")]),
])
def test_residents_self_government_and_an_outpatient_clinic_are_outside_the_system(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "kind"), [
    ("муниципальное бюджетное учреждение дополнительного образования «Центр «Радуга»»", "other"),
    ("Центр дополнительного профессионального образования", "methodical_service"),
    ("МБУ ДПО «Центр развития образования»", "methodical_service"),
])
def test_a_centre_of_additional_education_is_no_methodical_centre(cell, kind):
    assert [k for _, k in read(cell)] == [kind]


def test_a_role_of_a_body_and_more_bodies_in_the_genitive_is_one_role():
    """"Работники ЦБС и клубов": the genitive plural after "и" cannot name an executor of its own."""
    assert read("Работники СДК и клубов") == [("работники сельского дома культуры и клубов", "role")]
    assert read("Специалисты УО и ОО") == [("специалисты управления образования", "role"),
                                            ("образовательные организации", "schools")]


@pytest.mark.parametrize(("cell", "expected"), [
    ("Старшие методисты ИМЦ", [("старшие методисты ИМЦ", "role")]),
    ("Старший инспектор ОДН, ведущий специалист УО",
     [("старшие инспекторы ОДН", "role"), ("ведущие специалисты управления образования", "role")]),
])
def test_a_senior_post_agrees_in_the_plural(cell, expected):
    """"старший" reads first as a noun: its adjective reading agrees with the post after it."""
    assert read(cell) == expected
