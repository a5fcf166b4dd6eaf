"""Executor names cut short or overlong (issue 11, session 45): the classes of name misses the labelled sets share,
one test per class, each with several wordings where the rule applies and where it must not.

Cells are our own made-up examples, read as a municipality without a glossary file.
"""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN, read

from normalizers.executors import normalize


# -- a school's own body keeps the school it belongs to (institution_owners.py) -----------------------------------
@pytest.mark.parametrize(("cell", "name"), [
    ("Управляющий совет гимназии", "управляющий совет гимназии"),
    ("Управляющие советы ОУ", "управляющий совет образовательных учреждений"),
    ("Родительские комитеты ДОУ", "родительские комитеты дошкольных образовательных учреждений"),
    ("педсовет лицея", "педагогический совет лицея"),
])
def test_a_school_body_keeps_its_school_in_the_name(cell, name):
    result = normalize(cell, UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [(name, "other")]
    assert result.executors[0].mention == cell


@pytest.mark.parametrize("cell", ["Управляющий совет", "Родительский комитет"])
def test_a_school_body_alone_keeps_its_glossary_name(cell):
    assert read(cell) == [(cell.lower(), "other")]


# -- a collegial body followed by the authority it serves, and its remit (group_owners.py) -------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Экспертная комиссия УО", [("Экспертная комиссия управления образования", "other")]),
    ("Аттестационная комиссия УО, ОО",
     [("Аттестационная комиссия управления образования", "other"), ("образовательные организации", "schools")]),
    ("Рабочая группа УО по подготовке к аттестации",
     [("Рабочая группа управления образования по подготовке к аттестации", "other")]),
    ("Рабочие группы ОО", [("Рабочие группы образовательных организаций", "other")]),
    ("Комиссии ДОУ по питанию", [("Комиссии дошкольных образовательных учреждений по питанию", "other")]),
    # the object of the remit, then its aim ("к …"): all one name
    ("Комиссия по приёмке ОО к новому учебному году",
     [("Комиссия по приёмке образовательных организаций к новому учебному году", "other")]),
])
def test_a_collegial_body_keeps_its_owner_and_remit(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    # a body of its own run together with the authority (sample R15): two executors
    ("Методический кабинет УО",
     [("Методический кабинет", "methodical_service"), ("Управление образования", "authority")]),
    # the authority on the next line is an executor of its own
    ("Аттестационная комиссия\nУО", [("Аттестационная комиссия", "other"), ("Управление образования", "authority")]),
    # a remit after a body that joined no owner is not glued to it
    ("Отдел образования по разнарядке министерства", [("Отдел образования", "authority")]),
])
def test_a_body_of_its_own_or_on_another_line_stays_apart(cell, expected):
    assert read(cell) == expected


# -- a body's remit that names a standard is not cut before it (executor_cues.yaml: ФГОС is no legal form) -------
@pytest.mark.parametrize("cell", [
    "Рабочая группа по введению ФГОС",
    "Координационный совет по введению обновлённых ФГОС",
    "Творческая группа учителей по переходу на ФГОС СОО",
])
def test_a_remit_naming_a_standard_stays_in_the_body_name(cell):
    assert [name for name, _ in read(cell)] == [cell]


def test_a_company_after_a_body_is_still_an_executor():
    assert read("Отдел образования, ООО «Энская типография»") == [
        ("Отдел образования", "authority"), ("ООО «Энская типография»", "external")]


# -- a second name in parentheses stays in the name of the executor it glosses (glosses.py) -----------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Родители (законные представители)", [("родители (законные представители)", "external")]),
    ("Классные руководители, родители (законные представители) учащихся",
     [("классные руководители", "role"), ("родители (законные представители) учащихся", "external")]),
    ("Наставники (кураторы) ОО", [("наставники (кураторы) образовательных организаций", "role")]),
    ("администрации сельских (городских) поселений округа",
     [("администрации сельских (городских) поселений округа", "authority")]),
])
def test_a_gloss_in_parentheses_stays_in_the_name(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("Отдел образования (Петрова А.А.)", [("Отдел образования", "authority")]),  # the holder, not a gloss
    ("Органы местного самоуправления (ОМСУ)", [("органы местного самоуправления", "authority")]),  # initials
    ("Родители (по согласованию)", [("родители", "external")]),
])
def test_a_holder_initials_or_agreement_in_parentheses_stay_out_of_the_name(cell, expected):
    assert read(cell) == expected


# -- a title in quotes after an event is no role and cuts no name (segmentation._gap_may_end, quoted_names) --------
@pytest.mark.parametrize("cell", [
    "Оргкомитет конкурса «Учитель года»",
    "Жюри конкурса «Воспитатель года»",
    "Оргкомитет фестиваля «Педагог-наставник»",
])
def test_a_quoted_title_that_reads_like_a_post_stays_in_the_body_name(cell):
    assert read(cell) == [(cell, "other")]


@pytest.mark.parametrize(("cell", "expected"), [
    ("Участники конкурса «Учитель года»", [("участники конкурса «Учитель года»", "role")]),
    ("Учитель года", [("учитель года", "role")]),  # unquoted, the post it reads as
])
def test_people_named_before_a_title_are_still_a_role(cell, expected):
    assert read(cell) == expected


def test_a_date_after_a_remit_is_no_part_of_the_name():
    result = normalize("Комиссия по приёмке ОО к 1 сентября", UNSEEN)
    assert [e.name for e in result.executors] == ["Комиссия по приёмке образовательных организаций"]


@pytest.mark.parametrize("cell", ["Штаб по подготовке ДОУ к летнему сезону", "Штаб по приёмке ОО"])
def test_a_headquarters_keeps_the_object_of_its_remit(cell):
    assert len(read(cell)) == 1
    assert "организаций" in read(cell)[0][0] or "учреждений" in read(cell)[0][0]


# -- a region's glued ministry keeps its written short name (sample R5), its kind read spelt out -------------------
@pytest.mark.parametrize(("cell", "level", "kind"), [
    ("Минобразования Энской области", "regional", "authority"),
    ("Минспорт ЭО", "regional", "authority"),
    ("Минздрав Республики Ирий", "municipal", "external"),
])
def test_a_regions_glued_ministry_keeps_its_short_name(cell, level, kind):
    result = normalize(cell, None if level == "regional" else UNSEEN, None, level)
    assert [(e.name, e.kind) for e in result.executors] == [(cell, kind)]


@pytest.mark.parametrize(("cell", "name"), [
    ("Минобрнауки России", "Министерство науки и высшего образования Российской Федерации"),
    ("Минздрав", "Министерство здравоохранения"),  # no region: the standard expansion
])
def test_a_federal_or_bare_glued_ministry_is_spelt_out(cell, name):
    assert [e.name for e in normalize(cell, UNSEEN, None, "federal").executors] == [name]


def test_an_institution_and_its_regions_founder_ministry_stay_one_executor():
    cell = "АУ «Энский театр кукол» Минкультуры Энской области"
    assert [e.name for e in normalize(cell, None, None, "regional").executors] == [cell]
