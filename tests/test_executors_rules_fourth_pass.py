"""General executor rules of issue 11's fourth pass, each alone, on examples of our own (no gold cell).

Every cell is read as a municipality no glossary file exists for: only the shared vocabulary helps.
"""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN
from unseen_reading import kinds as _kinds
from unseen_reading import read as _read

from normalizers.executors import normalize


# -- issue 11, fourth pass: general rules, each alone ---------------------------------------------------------
@pytest.mark.parametrize(("cell", "name"), [
    ("Отдел культуры по разнарядке министерства", "Отдел культуры"),
    ("Комитет по спорту в рамках областного проекта", "Комитет по спорту"),
    ("Управление образования по итогам мониторинга", "Управление образования"),
])
def test_words_on_how_the_work_is_done_are_extra_text_not_part_of_the_name(cell, name):
    result = normalize(cell, UNSEEN)
    assert [e.name for e in result.executors] == [name]
    assert "extra_text" in result.warnings


@pytest.mark.parametrize(("cell", "name"), [
    # a noun no list holds, or a misspelt one, before an executive body written as initials
    ("Отдел культуры по заявке ДОиН", "Отдел культуры"),
    ("Комитет образования по разнорядке МОиН", "Комитет образования"),
])
def test_po_a_word_and_a_body_by_initials_are_extra_text(cell, name):
    result = normalize(cell, UNSEEN)
    assert [e.name for e in result.executors] == [name]
    assert "extra_text" in result.warnings


@pytest.mark.parametrize(("cell", "name"), [
    # the municipality's letters and quoted name: one executor, its qualifier dropped from the name (R4)
    ("Комитет по образованию МО ГО «Энский»", "Комитет по образованию"),
    ("Управление по делам ГО и ЧС", "Управление по делам ГО и ЧС"),
])
def test_po_before_initials_that_are_no_executive_body_stays_in_the_name(cell, name):
    result = normalize(cell, UNSEEN)
    assert [(e.mention, e.name) for e in result.executors] == [(cell, name)]
    assert not result.warnings


@pytest.mark.parametrize("cell", ["Комитет по делам молодежи", "Управление по физической культуре и спорту"])
def test_a_name_with_po_and_its_field_is_not_cut(cell):
    result = normalize(cell, UNSEEN)
    assert [e.name for e in result.executors] == [cell]
    assert "extra_text" not in result.warnings


def test_a_cell_with_a_holder_in_parentheses_names_an_executor_even_after_a_preposition_like_letter():
    result = normalize("К по ФКиС (А.Б. Громов)", UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [("К по ФКиС", "other")]
    assert "unknown_executor" in result.warnings
    assert normalize("В течение года (Громов А.Б.)", UNSEEN).executors == []


def test_a_holder_in_parentheses_closes_the_name_before_the_next_one():
    assert _read("УСЗН (Громова А.Б.) МКУ ИМЦ (Лебедева В.Г.)")[1:] == [("МКУ ИМЦ", "methodical_service")]
    assert len(_read("УСЗН (Громова А.Б.) МКУ ИМЦ (Лебедева В.Г.)")) == 2


@pytest.mark.parametrize(("cell", "name"), [
    ('МБОУ "Гимназия "Эрудит"', "МБОУ «Гимназия «Эрудит»»"),
    ('МАУ "ДК "Октябрь"', "МАУ «ДК «Октябрь»»"),
    ('МБОУ "СОШ № 4"', "МБОУ «СОШ № 4»"),
])
def test_a_name_quoted_inside_a_quoted_name_keeps_both_quotes(cell, name):
    assert [n for n, _ in _read(cell)] == [name]


@pytest.mark.parametrize("cell", ['МАУ "ДК "Октябрь"', "МБУК ДК «Май»", "МКУК «Районная библиотека»"])
def test_a_cell_opening_with_a_legal_form_names_an_organisation_whatever_month_its_name_holds(cell):
    result = normalize(cell, UNSEEN)
    assert len(result.executors) == 1
    assert "not_executors" not in result.warnings


@pytest.mark.parametrize("cell", ["МБУК «ЦКС»", "МКУК «Музей истории края»", "МУК «МЦБС»"])
def test_a_culture_institution_no_glossary_knows_is_external_by_its_legal_form(cell):
    assert _kinds(cell) == ["external"]
    assert "unknown_executor" not in normalize(cell, UNSEEN).warnings


def test_a_school_of_arts_with_a_culture_legal_form_stays_additional_education():
    assert _kinds("МБУК ДО «ДШИ»") == ["other"]


@pytest.mark.parametrize(("cell", "kind"), [
    ("ЦРБ", "external"), ("ФАП", "external"), ("КЦСОН", "external"), ("ЕДДС", "external"),
    ("Центр социального обслуживания населения", "external"), ("ТПМПК", "other"), ("МОУО", "authority"),
])
def test_sector_wide_short_names_of_bodies_met_in_district_plans(cell, kind):
    assert _kinds(cell) == [kind]
    assert "unknown_executor" not in normalize(cell, UNSEEN).warnings


@pytest.mark.parametrize("cell", ["Совет директоров школ района", "Совет ректоров образовательных организаций"])
def test_a_council_of_the_schools_heads_is_not_the_schools(cell):
    assert _kinds(cell) == ["external"]


def test_genitive_adjectives_after_a_comma_continue_the_name_they_await():
    cell = "Центр психолого-педагогической, медицинской и социальной помощи"
    assert [name for name, _ in _read(cell)] == [cell]


def test_and_inside_quotes_does_not_split_a_name():
    assert len(_read("МКУ «Управление по делам ГО и ЧС»")) == 1


def test_a_movement_is_a_body_not_an_action():
    assert _kinds("Российское движение школьников") == ["external"]


@pytest.mark.parametrize(("cell", "names"), [
    ("Громова B.C.", ["Громова B.C."]),
    ("Лебедев A.M., Громова В.С.", ["Лебедев A.M.", "Громова В.С."]),
])
def test_initials_typed_with_latin_look_alikes_still_name_a_person(cell, names):
    assert _read(cell) == [(name, "role") for name in names]


@pytest.mark.parametrize(("cell", "kind"), [
    ("Районная комиссия по организации летнего отдыха детей и молодежи", "other"),
    ("Комиссия по культуре и спорту", "other"),
    ("Методическая комиссия учителей", "methodical_service"),
    ("Комиссия по делам несовершеннолетних", "external"),
])
def test_a_commission_is_a_collegial_body_whatever_sector_its_complement_names(cell, kind):
    assert _kinds(cell) == [kind]


@pytest.mark.parametrize(("cell", "expected"), [
    ("Отдел культуры ИМЦ", [("Отдел культуры", "authority"), ("ИМЦ", "methodical_service")]),
    ("Отдел спорта ДЮСШ", [("Отдел спорта", "authority"), ("ДЮСШ", "other")]),
])
def test_a_body_abbreviation_after_a_complete_name_opens_the_next_executor(cell, expected):
    assert _read(cell) == expected


@pytest.mark.parametrize("cell", ["Отдел полиции МВД России", "Управление ФСКН"])
def test_a_federal_body_after_a_head_noun_is_its_complement(cell):
    assert _kinds(cell) == ["external"]


def test_two_abbreviations_joined_by_and_complete_one_complement():
    assert _read("Сектор по делам ГО и ЧС") == [("Сектор по делам ГО и ЧС", "authority")]


def test_all_before_a_group_selects_it():
    assert _read("Все ОО") == [("образовательные организации", "schools")]
    assert _read("Директора всех ОУ") == [("директора всех образовательных учреждений", "role")]


def test_adjectives_joined_by_and_share_the_noun_of_a_role():
    assert _read("Воспитатели средних и старших групп") == [("воспитатели средних групп", "role"),
                                                            ("воспитатели старших групп", "role")]


@pytest.mark.parametrize(("cell", "name"), [
    ("Кл. руководители 8, 10 классов", "классные руководители 8, 10 классов"),
    ("Классные руководители 2, 3 кл.", "классные руководители 2, 3 классов"),
])
def test_a_list_of_grades_stays_with_its_role(cell, name):
    assert _read(cell) == [(name, "role")]


@pytest.mark.parametrize(("cell", "name", "kind"), [
    ("Богучанская ЦРБ", "Богучанская центральная районная больница", "external"),
    ("Районный ЦЗН", "Районный центр занятости населения", "external"),
])
def test_place_adjectives_before_a_known_body_keep_its_kind_and_spell_it_out(cell, name, kind):
    """The abbreviation is spelt out as it is alone ("ЦРБ" -> "центральная районная больница"), the place kept."""
    assert _read(cell) == [(name, kind)]
