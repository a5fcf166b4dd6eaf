"""General executor rules of issue 11's third pass, each alone, on examples of our own (no gold cell).

Every cell is read as a municipality no glossary file exists for: only the shared vocabulary helps.
"""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN
from unseen_reading import kinds as _kinds
from unseen_reading import read as _read

from normalizers.executors import normalize


# -- issue 11, third pass: general rules, each alone ---------------------------------------------------------
@pytest.mark.parametrize("cell", [
    "Областная межведомственная комиссия по делам несовершеннолетних в 2015 г.",
    "Управление ветеринарии по графику проверок",
])
def test_a_cell_that_opens_with_a_body_names_executors_even_with_a_year_or_schedule(cell):
    from normalizers.executors.classification import opens_with_a_body
    from normalizers.executors.text import items

    assert opens_with_a_body(items(cell))
    result = normalize(cell, UNSEEN)
    assert len(result.executors) == 1
    assert "not_executors" not in result.warnings


def test_a_deadline_does_not_open_with_a_body():
    from normalizers.executors.classification import opens_with_a_body
    from normalizers.executors.text import items

    assert not opens_with_a_body(items("Ежегодно по графику"))
    assert normalize("Ежегодно по графику", UNSEEN).executors == []


@pytest.mark.parametrize(("cell", "name"), [
    ("Директор ОУ", "директор образовательного учреждения"),
    ("заведующий ДОУ", "заведующий дошкольным образовательным учреждением"),
    ("Директора ОУ", "директора образовательных учреждений"),
])
def test_a_head_post_keeps_the_number_it_is_written_in(cell, name):
    assert _read(cell) == [(name, "role")]


@pytest.mark.parametrize(("cell", "names"), [
    ("кл. рук.", ["классные руководители"]),
    ("Петров И.И. Кл. рук.", ["Петров И.И.", "классные руководители"]),
])
def test_an_abbreviated_qualified_post_names_the_category(cell, names):
    assert [name for name, _ in _read(cell)] == names


def test_an_abbreviated_post_alone_keeps_its_holder_dropped():
    assert [name for name, _ in _read("Зам. директора Петров И.И.")] == ["заместитель директора"]


@pytest.mark.parametrize(("cell", "name"), [
    ("Завхоз", "заведующий хозяйством"),
    ("замдиректора по УВР", "заместитель директора по УВР"),
])
def test_a_compound_post_is_spelt_out(cell, name):
    assert _read(cell) == [(name, "role")]


@pytest.mark.parametrize(("phrase", "nominative"), [
    ("ведомства", "ведомства"),
    ("администрации сельских поселений", "администрации сельских поселений"),
    ("Департаментом культуры", "Департамент культуры"),
    ("Управление спорта", "Управление спорта"),
])
def test_a_nominative_plural_head_stays_plural(phrase, nominative):
    from normalizers.executors.morphology import to_nominative

    assert to_nominative(phrase) == nominative


@pytest.mark.parametrize(("cell", "names"), [
    ("Комитеты и отделы администрации округа", ["Комитеты администрации округа", "отделы администрации округа"]),
    ("Отдел образования и отдел культуры", ["Отдел образования", "отдел культуры"]),
])
def test_a_bare_head_joined_by_and_shares_the_tail_of_the_next(cell, names):
    assert [name for name, _ in _read(cell)] == names


def test_a_shared_tail_needs_two_heads_that_agree():
    from normalizers.executors.coordination import shared_tail
    from normalizers.executors.text import items

    words = items("Комитеты и отделы администрации")
    assert shared_tail(words, 0, 1, len(words)) == 3
    words = items("Комитет и отделы администрации")
    assert shared_tail(words, 0, 1, len(words)) is None


def test_a_plural_head_with_a_colon_heads_every_item():
    assert _read("Комитеты: по культуре, по туризму, экономики") == [
        ("Комитет по культуре", "authority"), ("Комитет по туризму", "authority"), ("Комитет экономики", "authority")]


def test_a_colon_after_anything_else_lists_nothing():
    from normalizers.executors.headed_list import headed_items

    assert headed_items("Ответственные: директор школы, завуч") is None
    assert headed_items("Комитет: культуры, спорта") is None


def test_a_territorial_office_of_a_federal_body_is_one_external_executor():
    assert _read("ТУ Роспотребнадзор") == [("ТУ Роспотребнадзор", "external")]


@pytest.mark.parametrize(("cell", "name"), [
    ("ОО с высокими результатами", "образовательные организации с высокими результатами"),
    ("ДОО с группами компенсирующей направленности",
     "дошкольные образовательные организации с группами компенсирующей направленности"),
])
def test_a_group_narrowed_by_a_feature_keeps_it(cell, name):
    assert [n for n, _ in _read(cell)] == [name]


def test_a_date_after_a_group_narrows_nothing():
    assert [n for n, _ in _read("ОО с 1 сентября")] == ["образовательные организации"]


@pytest.mark.parametrize(("cell", "name"), [
    ("КОиК", "Комитет образования и культуры"),
    ("МОНиС РТ", "Министерство образования, науки и спорта РТ"),
    ("ДО КК", "Департамент образования КК"),
])
def test_a_body_written_as_its_initials_is_spelt_out(cell, name):
    from normalizers.executors.abbreviated_bodies import abbreviated_body
    from normalizers.executors.text import items

    assert abbreviated_body(items(cell)) == name


@pytest.mark.parametrize("cell", ["ДО", "МО", "МОУ", "МБОУ", "ДОО", "КДН", "ОбОО", "МОУО"])
def test_initials_with_other_readings_or_unknown_letters_stay_as_written(cell):
    from normalizers.executors.abbreviated_bodies import abbreviated_body
    from normalizers.executors.text import items

    assert abbreviated_body(items(cell)) is None


def test_a_body_written_as_initials_is_read_at_the_plans_level():
    assert [e.kind for e in normalize("МОиН РБ", None, None, "regional").executors] == ["authority"]
    assert [e.kind for e in normalize("МОиН РБ", UNSEEN).executors] == ["external"]


def test_a_role_in_a_body_of_a_legal_form_and_a_known_name_spells_the_name():
    assert _read("методист МБУ ЦРО") == [("методисты МБУ «Центр развития образования»", "role")]


@pytest.mark.parametrize("cell", ["Школьный музей", "школьная служба примирения", "Школьный спортивный клуб"])
def test_a_unit_of_the_school_itself_is_other(cell):
    assert _kinds(cell) == ["other"]


@pytest.mark.parametrize(("cell", "name"), [
    ("Коллегия УО", "коллегия управления образования"),
    ("Совет ОУ", "совет образовательных учреждений"),
])
def test_the_council_of_a_known_body_is_one_executor(cell, name):
    assert _read(cell) == [(name, "other")]


def test_a_council_of_nobody_known_is_read_by_its_words():
    assert [n for n, _ in _read("Совет ветеранов")] == ["Совет ветеранов"]


@pytest.mark.parametrize(("cell", "name"), [
    ("Ст. вожатая", "старшая вожатая"),
    ("ст. вожатый", "старший вожатый"),
    ("Гл. бухгалтер", "главный бухгалтер"),
])
def test_an_abbreviated_adjective_agrees_with_its_post(cell, name):
    assert _read(cell) == [(name, "role")]


@pytest.mark.parametrize("cell", ["Медсестра", "Врач", "Завуч", "Фельдшер"])
def test_school_staff_posts_are_roles(cell):
    assert _kinds(cell) == ["role"]


@pytest.mark.parametrize("cell", ["Родительский комитет", "Управляющий совет", "Совет старшеклассников"])
def test_bodies_of_the_school_community_are_other(cell):
    assert _kinds(cell) == ["other"]


def test_a_community_word_does_not_touch_government_bodies():
    assert _kinds("Комитет по делам молодежи") == ["authority"]


def test_a_post_in_the_genitive_depends_on_the_name_before_it():
    assert _read("Руководитель ШМО учителей физики") == [
        ("руководитель школьного методического объединения учителей физики", "role")]


def test_a_post_in_the_nominative_after_a_name_is_a_new_role():
    assert [n for n, _ in _read("Руководители ОО, учителя")] == ["руководители образовательных организаций", "учителя"]


def test_a_list_of_fields_after_po_stays_in_one_name():
    assert _read("Комитет по культуре, туризму и спорту") == [("Комитет по культуре, туризму и спорту", "authority")]


def test_a_new_name_after_a_po_complement_is_split():
    assert [n for n, _ in _read("Комитет по культуре, учителя")] == ["Комитет по культуре", "учителя"]


def test_a_comma_inside_quotes_never_splits():
    assert _read("ГБУ «Центр психологической, медицинской и социальной помощи»") == [
        ("ГБУ «Центр психологической, медицинской и социальной помощи»", "external")]


def test_a_capitalised_genitive_after_a_head_depends_on_it():
    assert [n for n, _ in _read("Управление Федеральной службы по труду")] == ["Управление Федеральной службы по труду"]


@pytest.mark.parametrize(("cell", "name"), [
    ("Районные органы управления образованием", "Районные органы управления образованием"),
    ("Руководители органов управления образованием", "руководители органов управления образованием"),
])
def test_a_known_name_in_the_genitive_after_a_noun_depends_on_it(cell, name):
    assert [n for n, _ in _read(cell)] == [name]


def test_a_known_name_right_after_a_post_is_still_composed():
    assert _read("Специалисты УО") == [("специалисты управления образования", "role")]


@pytest.mark.parametrize(("cell", "names"), [
    ("Директор школы Иванов И.И.", [("директор школы", "role")]),
    ("МБОУ СОШ № 4 имени Н.И. Петрова", [("МБОУ СОШ № 4 имени Н.И. Петрова", "school")]),
    ("Школа им. А.С. Пушкина", [("Школа им. А.С. Пушкина", "school")]),
    ("Отдел образования Петров А.И.", [("Отдел образования", "authority"), ("Петров А.И.", "role")]),
])
def test_a_person_is_a_holder_a_namesake_or_an_executor_of_their_own(cell, names):
    assert _read(cell) == names


@pytest.mark.parametrize(("cell", "names"), [
    ("МБОУ СОШ № 8 – Сидорова Е.В.", [("МБОУ СОШ № 8", "school")]),
    ("Отдел культуры - Петров А.И.", [("Отдел культуры", "authority")]),
    ("Сидорова Е.В. – социальный педагог", [("социальный педагог", "role")]),
])
def test_a_person_after_a_dash_is_the_contact_of_the_organisation_or_holder_of_the_post(cell, names):
    assert _read(cell) == names


def test_a_staff_category_takes_the_plural_officials_write():
    from normalizers.executors.morphology import pluralise

    assert pluralise("учитель ОБЖ") == "учителя ОБЖ"
    assert pluralise("учитель-логопед") == "учителя-логопеды"


@pytest.mark.parametrize("cell", ["Иванова Анна Петровна", "Петров Иван Ильич"])
def test_a_person_by_full_name_and_patronymic_is_a_role(cell):
    assert _read(cell) == [(cell, "role")]


def test_a_listed_compound_post_is_no_typo_of_its_plural():
    assert _read("педколлектив") == [("педагогический коллектив", "role")]


def test_a_role_keeps_the_grades_it_is_narrowed_to():
    assert _read("классные руководители 5-9 классов") == [("классные руководители 5-9 классов", "role")]
    assert "extra_text" not in normalize("классные руководители 5-9 классов", UNSEEN).warnings


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
    assert _read("Воспитатели средних и старших групп") == [("воспитатели средних и старших групп", "role")]


@pytest.mark.parametrize(("cell", "name"), [
    ("Кл. руководители 8, 10 классов", "классные руководители 8, 10 классов"),
    ("Классные руководители 2, 3 кл.", "классные руководители 2, 3 классов"),
])
def test_a_list_of_grades_stays_with_its_role(cell, name):
    assert _read(cell) == [(name, "role")]
