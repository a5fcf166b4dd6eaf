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

