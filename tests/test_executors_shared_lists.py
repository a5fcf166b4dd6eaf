"""Executor cells of election, culture, sport and civil-defence plans (issue 11): election commissions, the same
person written twice, a plural head over listed fields, adjectives listed before one shared noun.

Cells are made-up examples of each class, read as a municipality without a glossary file. Each rule has cases
where it applies and cases where it must not.
"""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN, read

from normalizers.executors import normalize


# -- election commissions: collegial bodies, `other` (common.yaml) ----------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("ТИК", [("территориальная избирательная комиссия", "other")]),
    ("УИК", [("участковые избирательные комиссии", "other")]),
    ("ИКМО", [("избирательная комиссия муниципального образования", "other")]),
    ("участковые избирательные комиссии, отдел культуры",
     [("участковые избирательные комиссии", "other"), ("отдел культуры", "authority")]),
    ("секретарь ТИК Фомичёва Р.Д.", [("секретарь территориальной избирательной комиссии", "role")]),
])
def test_election_commissions_are_collegial_bodies(cell, expected):
    assert read(cell) == expected
    assert not normalize(cell, UNSEEN).warnings


# -- the same person twice (repeated_persons) -------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Фомичёва Р.Д., Фомичёва Р. Д.", ["Фомичёва Р.Д."]),
    ("Фомичёва Р.Д. Фомичёва Р.Д.", ["Фомичёва Р.Д."]),
    ("Ильин П.К., Фомичёва Р.Д., Ильин П. К.", ["Ильин П.К.", "Фомичёва Р.Д."]),
    ("Фомичева Р.Д., Фомичёва Р.Д.", ["Фомичева Р.Д."]),  # ё written once and not once
    # two persons who share a surname are two
    ("Фомичёва Р.Д., Фомичёва Л.Д.", ["Фомичёва Р.Д.", "Фомичёва Л.Д."]),
])
def test_a_person_written_twice_is_one_executor(cell, expected):
    assert [(name, "role") for name in expected] == read(cell)


def test_a_repeated_person_keeps_the_agreement_of_either_spelling():
    result = normalize("Ильин П.К., Ильин П. К. (по согласованию)", UNSEEN)
    assert [(e.name, e.by_agreement) for e in result.executors] == [("Ильин П.К.", True)]


# -- a plural head over listed fields (plural_head_lists) ----------------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Отделы культуры и спорта администрации района",
     ["Отдел культуры", "Отдел спорта"]),  # R4: the municipal qualifier no part of the names
    ("Отделы культуры, туризма, молодежной политики", ["Отдел культуры", "Отдел туризма", "Отдел молодежной политики"]),
    ("Управления социальной защиты населения и здравоохранения",
     ["Управление социальной защиты населения", "Управление здравоохранения"]),
    ("Комитеты по культуре и спорту", ["Комитет по культуре", "Комитет по спорту"]),
    # territories in the plural: one group of bodies per territory, the head kept plural (plural_complement_lists)
    ("Администрации сельских поселений и городских округов",
     ["Администрации сельских поселений", "Администрации городских округов"]),
])
def test_a_plural_head_names_one_body_per_listed_field(cell, expected):
    assert read(cell) == [(name, "authority") for name in expected]


@pytest.mark.parametrize(("cell", "expected"), [
    # a singular head over coordinated fields is one body
    ("Отдел культуры и спорта", ["Отдел культуры и спорта"]),
    ("Комитет по культуре и спорту", ["Комитет по культуре и спорту"]),
    # "по делам молодежи и спорта": the second field is no dative after "по"
    ("Отделы по делам молодежи и спорта", ["Отделы по делам молодежи и спорта"]),
])
def test_a_singular_head_or_plural_fields_stay_one_body(cell, expected):
    assert read(cell) == [(name, "authority") for name in expected]


# -- adjectives listed before one shared noun (coordinated_adjectives) --------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Территориальная и участковые избирательные комиссии",
     [("территориальная избирательная комиссия", "other"), ("участковые избирательные комиссии", "other")]),
    ("территориальная, участковые избирательные комиссии",
     [("территориальная избирательная комиссия", "other"), ("участковые избирательные комиссии", "other")]),
    ("Окружная, территориальная и участковые избирательные комиссии",
     [("окружная избирательная комиссия", "other"), ("территориальная избирательная комиссия", "other"),
      ("участковые избирательные комиссии", "other")]),
])
def test_listed_adjectives_share_the_noun_after_the_last(cell, expected):
    assert read(cell) == expected
    assert not normalize(cell, UNSEEN).warnings


def test_a_lone_adjective_after_the_executors_shares_nothing():
    result = normalize("Отдел культуры, районная", UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [("Отдел культуры", "authority")]


# -- a list after "по" left open at a comma (open_lists) -------------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Сектор по делам ГО, ЧС и мобилизационной подготовке", [("Сектор по делам ГО, ЧС и мобилизационной подготовке",
                                                              "authority")]),
    ("Отдел по делам ГО, ЧС и ПБ, ТИК", [("Отдел по делам ГО, ЧС и ПБ", "authority"),
                                         ("территориальная избирательная комиссия", "other")]),
    # the list closed before the comma: what follows is an executor of its own
    ("Отдел по делам ГО и ЧС, ТИК", [("Отдел по делам ГО и ЧС", "authority"),
                                     ("территориальная избирательная комиссия", "other")]),
])
def test_a_list_after_po_closed_after_a_comma_is_one_name(cell, expected):
    assert read(cell) == expected


# -- a post qualified by an administration keeps its holder (persons._governed) ---------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Начальник сектора ГО и ЧС администрации поселения Ильин П.К.",
     [("начальник сектора ГО и ЧС администрации поселения", "role")]),
    ("Заведующий отделом культуры администрации района Фомичёва Р.Д., ТИК",
     [("заведующий отделом культуры администрации района", "role"),
      ("территориальная избирательная комиссия", "other")]),
])
def test_a_post_qualified_by_an_administration_keeps_its_holder(cell, expected):
    assert read(cell) == expected


def test_a_team_after_and_is_no_qualifier_of_the_post():
    """"… и администрация школы Ильин П.К.": the nearest role is a team, so the person is an executor apart."""
    assert ("Ильин П.К.", "role") in read("Директор школы и администрация школы Ильин П.К.")


# -- "либо" and a bare "с" between executors (splitting, with_partners) -----------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("МБУК «Районный дом культуры» либо сельские клубы",
     [("МБУК «Районный дом культуры»", "external"), ("сельские клубы", "external")]),
    ("Ильин П.К. либо Фомичёва Р.Д.", [("Ильин П.К.", "role"), ("Фомичёва Р.Д.", "role")]),
    ("Администрация поселения с участковыми избирательными комиссиями",
     [("Администрация поселения", "authority"), ("участковые избирательные комиссии", "other")]),
    ("Отдел культуры со специалистами сельских клубов",
     [("Отдел культуры", "authority"), ("специалисты сельских клубов", "role")]),
])
def test_libo_and_a_bare_s_separate_executors(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize("cell", [
    "Отдел по работе с молодежью",  # "с" after an activity noun: inside the name
    "Отдел по связям с общественными организациями",
    "Сектор по взаимодействию с избирательными комиссиями",
])
def test_a_bare_s_inside_a_name_does_not_separate(cell):
    assert read(cell) == [(cell, "authority")]


# -- a body with one number is one body (numbered_singulars) ----------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("УИК № 214", [("участковая избирательная комиссия № 214", "other")]),
    ("Участковая избирательная комиссия № 9", [("участковая избирательная комиссия № 9", "other")]),
    ("Председатель УИК № 31 Ильин П.К.", [("председатель участковой избирательной комиссии № 31", "role")]),
])
def test_a_numbered_body_is_named_in_the_singular(cell, expected):
    assert read(cell) == expected


def test_a_group_without_a_number_stays_plural():
    assert read("УИК, сельские клубы") == [("участковые избирательные комиссии", "other"),
                                           ("сельские клубы", "external")]


@pytest.mark.parametrize(("cell", "expected"), [
    # the holder of a post written again is the post's holder, not another executor
    ("Директор МБУК «Дом культуры» Ильин П.К., Ильин П.К.", [("директор МБУК «Дом культуры»", "role")]),
    ("Ильин П.К., директор МБУК «Дом культуры» Ильин П. К.", [("директор МБУК «Дом культуры»", "role")]),
    # a namesake in a body's name holds nothing: the person stays
    ("Музей им. П.К. Ильина, П.К. Ильин", [("Музей им. П.К. Ильина", "external"), ("П.К. Ильин", "role")]),
])
def test_a_holder_written_again_is_no_executor_of_its_own(cell, expected):
    assert read(cell) == expected


def test_a_person_inside_a_longer_surname_is_not_written_twice():
    assert read("П.К. Ильин, П.К. Ильина") == [("П.К. Ильин", "role"), ("П.К. Ильина", "role")]


# -- a word broken by a hyphen with no space after it (hyphen_breaks) ---------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Отдел молодежной поли-тики", [("Отдел молодежной политики", "authority")]),
    ("Инвентаризаци-онная комиссия", [("Инвентаризационная комиссия", "other")]),
    ("Руководители учреж-дений культуры", [("руководители учреждений культуры", "role")]),
])
def test_a_word_broken_by_a_bare_hyphen_is_joined(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("Педагог-психолог", [("педагог-психолог", "role")]),  # a compound: the joined form is no word
    ("МБУ «Пожарно-спасательная служба»", [("МБУ «Пожарно-спасательная служба»", "external")]),  # linking vowel
    ("Городские больницы, детские пол-ки", [("Городские больницы", "external"), ("детские поликлиники", "external")]),
])
def test_a_compound_keeps_its_hyphen(cell, expected):
    assert [name for name, _ in read(cell)] == [name for name, _ in expected]


def test_adjectives_sharing_a_noun_share_its_agreement():
    got = normalize("Территориальная, участковые избирательные комиссии (по согласованию)", UNSEEN).executors
    assert [e.by_agreement for e in got] == [True, True]
    assert [e.by_agreement for e in normalize("Территориальная, участковые избирательные комиссии", UNSEEN).executors] \
        == [False, False]
