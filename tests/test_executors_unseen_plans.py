"""Executor rules for plans nobody tuned on (issue 11, the classes seen on unseen plans): a cell with words
never gives no executor, comma lists of roles and bodies split at a new head noun, a parenthetical
explanation after a role stays with it, kinds of unknown bodies read from their legal forms and words.

Cells are our own examples of each class, read as a municipality without a glossary file.
"""

from __future__ import annotations

import itertools

import pytest
from unseen_reading import UNSEEN, read

from normalizers.executors import normalize
from normalizers.outcomes import Code


@pytest.mark.parametrize(("cell", "expected"), [
    # a new position after a comma, after short modifiers ("гл.", "зам.")
    ("Директора школ, заведующие библиотек", [("директора школ", "role"), ("заведующие библиотек", "role")]),
    ("Гл. специалист по делам молодежи администрации, гл. архитектор",
     [("главный специалист по делам молодежи администрации", "role"), ("главный архитектор", "role")]),
    # a bare plural position after a comma is a role of its own
    ("Учителя начальных классов, предметники", [("учителя начальных классов", "role"), ("предметники", "role")]),
    # a body head with agreeing adjectives after a comma
    ("Управление культуры, централизованные библиотечные системы",
     [("Управление культуры", "authority"), ("централизованные библиотечные системы", "external")]),
    # a plural role over a comma list of organisations in the genitive: one role per organisation (issue 11)
    ("директора школ, библиотек", [("директора школ", "role"), ("директора библиотек", "role")]),
    ("Гл. специалист управления образования, вед. специалист",
     [("главные специалисты управления образования", "role"), ("ведущий специалист", "role")]),
    # a body noun no rule knows is kept with kind other (and a warning), never dropped as extra text
    ("Отдел образования, централизованная бухгалтерия",
     [("Отдел образования", "authority"), ("централизованная бухгалтерия", "other")]),
    # a participle that does not agree with the noun after it describes the name before the comma
    ("Органы местного самоуправления, осуществляющие управление в сфере образования",
     [("Органы местного самоуправления, осуществляющие управление в сфере образования", "authority")]),
    ("Департамент образования, культуры и молодёжной политики",
     [("Департамент образования, культуры и молодёжной политики", "authority")]),
])
def test_comma_lists_split_at_a_new_head(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("Директор школы (сотрудник, назначенный приказом директора)", [("директор школы", "role")]),
    ("Педагог-психолог (специалист, прошедший курсы), классные руководители",
     [("педагог-психолог", "role"), ("классные руководители", "role")]),
])
def test_a_participle_clause_in_parentheses_explains_the_role(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("ОО, подведомственные отделу образования, ИМЦ",
     [("образовательные организации, подведомственные отделу образования", "schools"), ("ИМЦ", "methodical_service")]),
    ("ОО, заинтересованные организации", [("образовательные организации", "schools"),
                                          ("заинтересованные организации", "external")]),
])
def test_a_clause_after_a_group_describes_the_group(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    # a legal form spelt out, then the organisation's own name unquoted: one executor
    ("Муниципальное казенное учреждение Центр бухгалтерского учета",
     [("Муниципальное казенное учреждение Центр бухгалтерского учета", "other")]),
    ("Муниципальное бюджетное учреждение культуры Межпоселенческая библиотека",
     [("Муниципальное бюджетное учреждение культуры Межпоселенческая библиотека", "external")]),
    # an organisation with adjectives is a body, not the action "Организация участия …"; a religious one is outside
    # the system (spec: external)
    ("Местная религиозная организация «Приход храма»",
     [("Местная религиозная организация «Приход храма»", "external")]),
    # a clause about the name before the comma, not a name of its own
    ("Учреждения, подведомственные комитету по культуре",
     [("Учреждения, подведомственные комитету по культуре", "external")]),
    # a reference to an order is no executor
    ("Учителя (по приказу директора)", [("учителя", "role")]),
    ("Отдел образования согласно приказу № 5", [("Отдел образования", "authority")]),
])
def test_long_names_clauses_and_order_references(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("Школы – участники проекта", [("школы — участники проекта", "schools")]),
    ("библиотеки-члены РБА", [("библиотеки — члены РБА", "external")]),
    # after a comma the members are people of their own
    ("ОО, участники олимпиады", [("образовательные организации", "schools"), ("участники олимпиады", "role")]),
])
def test_bodies_named_by_their_members_after_a_dash(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize("cell", ["Организация участия школ", "Своевременная организация участия"])
def test_the_organising_of_something_is_still_a_result(cell):
    assert read(cell) == []


@pytest.mark.parametrize(("cell", "kind"), [
    ("ФФГУЗ «ЦГиЭ»", "external"),  # a federal form no list holds, read by its letters
    ("ГОКУ «Центр по организации социального обслуживания»", "external"),
    ("ТОУФС Роспотребнадзора по КБР", "external"),
    ("Централизованные библиотечные системы", "external"),
    ("Общественная организация города Курска «Союз ветеранов»", "external"),
    ("оздоровительный лагерь «Звёздный»", "external"),
    ("ЦБ комитета образования", "authority"),  # a unit of the authority named after it
    ("Бухгалтерия управления образования", "authority"),
    ("Стадион «Труд»", "external"),
    ("Общество инвалидов", "external"),
    ("ЦГиЭ", "external"),
    ("учреждения здравоохранения", "external"),  # health care outside the system, its authority not
    ("медицинские организации района", "external"),
    ("Комитет здравоохранения", "authority"),
    # organisations named only by what they are: outside the system; the system's own stay unknown
    ("заинтересованные организации", "external"),
    ("организации отдыха детей и их оздоровления", "external"),
    ("подведомственные учреждения", "other"),
    ("Центр социальной помощи семье и детям", "external"),
    ("Центр психолого-педагогической, медицинской и социальной помощи", "other"),  # the system's own
    ("волонтерские отряды", "external"),
])
def test_kinds_of_unknown_bodies(cell, kind):
    assert [k for _, k in read(cell)] == [kind]


@pytest.mark.parametrize(("cell", "expected"), [
    ("руководители МОУ СОШ", "руководители муниципальных общеобразовательных учреждений — средних "
                             "общеобразовательных школ"),
    ("директора МБОУ", "директора муниципальных бюджетных общеобразовательных учреждений"),
    ("заведующие МБДОУ", "заведующие муниципальными бюджетными дошкольными образовательными учреждениями"),
    # one person, or one school by its number, is no group
    ("директор МБОУ СОШ", "директор МБОУ СОШ"),
    ("руководители МБОУ СОШ № 1", "руководители МБОУ СОШ № 1"),
])
def test_heads_of_a_bare_legal_form_lead_its_group(cell, expected):
    assert read(cell) == [(expected, "role")]


@pytest.mark.parametrize(("cell", "expected"), [
    ("заместители руководителей ОО по УВР", "заместители руководителей образовательных организаций по УВР"),
    ("заместители директоров ОО по воспитательной работе",
     "заместители директоров образовательных организаций по воспитательной работе"),
])
def test_the_area_of_work_after_a_roles_organisation_stays_with_the_role(cell, expected):
    result = normalize(cell, UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [(expected, "role")]
    assert Code.EXTRA_TEXT not in result.warnings


OPENINGS = ["ГОКУ «Центр социального обслуживания»", "Общественная организация города Н «Союз женщин»",
            "Централизованная клубная система", "Директор школы", "Учителя-предметники", "Гл. специалист",
            "Некоммерческая организация «Фонд развития»", "ТОУФС Роспотребнадзора по области",
            "ФБУЗ «Центр гигиены и эпидемиологии в области»", "Управление культуры", "МБУК «Дом культуры»"]
TAILS = ["", " (далее – Центр)", " в соответствии с приказом от 12.03.2019 № 45", ", 2019 год",
         " (по согласованию)", " в 2020-2021 гг.", " (приказ от 01.09.2020 № 12)", " .", " ;"]


def test_a_cell_opening_with_an_executor_never_gives_none():
    """Every opening with every trailing date, order reference or definition keeps its executor first."""
    for opening, tail in itertools.product(OPENINGS, TAILS):
        result = normalize(opening + tail, UNSEEN)
        assert result.executors, opening + tail
        assert Code.NOT_EXECUTORS not in result.warnings, opening + tail


@pytest.mark.parametrize("cell", ["12.05.2020", "2021", "...", "—", "№ 5", ",,,", "(  )", "в течение года",
                                  "по мере необходимости", "Проведено 5 совещаний с руководителями",
                                  "Приказ № 5 от 01.01.2020", "Ответственные исполнители, результат"])
def test_junk_gives_no_executor_and_says_so(cell):
    result = normalize(cell, UNSEEN)
    assert result.executors == [] and Code.NOT_EXECUTORS in result.warnings
