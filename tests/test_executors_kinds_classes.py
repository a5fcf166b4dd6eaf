"""Executor classes of issue 11 left by the seventh set's helper (words dropped as extra text, kinds of bodies
outside education, a list of holders after a colon) and by session 46's (a post over a body written out in words),
with cells of our own, read as a municipality no glossary file exists for."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import EXTRA_TEXT, UNKNOWN_EXECUTOR, level_of_title, mine_glossary, normalize


def _read(cell: str) -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN).executors]


# -- a noun alone at a list position names a body: kept, never dropped as extra text ---
@pytest.mark.parametrize(("cell", "body"), [
    ("мясокомбинат, руководители поселений", ("мясокомбинат", "external", False)),
    ("Главы сельсоветов, хлебозавод", ("хлебозавод", "external", False)),
])
def test_a_compound_of_an_enterprise_head_is_an_external_body(cell, body):
    result = normalize(cell, UNSEEN)
    assert body in _read(cell)
    assert EXTRA_TEXT not in result.warnings


def test_a_noun_no_rule_knows_at_a_list_position_is_kept_with_a_warning():
    result = normalize("Отдел культуры, правление Общества садоводов района", UNSEEN)
    assert [(e.name, e.kind) for e in result.executors][-1] == ("правление Общества садоводов района", "other")
    assert UNKNOWN_EXECUTOR in result.warnings and EXTRA_TEXT not in result.warnings


@pytest.mark.parametrize("cell", ["Главы поселений, декабрь", "Главы поселений, парк"])
def test_a_month_or_a_place_after_a_body_stays_extra_text(cell):
    result = normalize(cell, UNSEEN)
    assert [e.name for e in result.executors] == ["главы поселений"]
    assert EXTRA_TEXT in result.warnings


# -- a body named by a field outside education is external (O40); one tied to the system stays other ---
@pytest.mark.parametrize("cell", ["районный центр огородничества", "муниципальная ветеринарная служба",
                                  "Центр содействия благоустройству поселений"])
def test_a_body_of_a_field_outside_education_is_external(cell):
    result = normalize(cell, UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [(cell, "external")]
    assert UNKNOWN_EXECUTOR not in result.warnings


@pytest.mark.parametrize("cell", ["районный экологический центр учащихся", "школьная служба примирения"])
def test_a_body_of_the_education_system_is_not_read_as_outside(cell):
    assert [kind for _, kind, _ in _read(cell)] != ["external"]


# -- a plural post, a colon, then persons: each person holds the post ---
def test_persons_after_a_plural_post_and_a_colon_each_hold_the_post():
    result = normalize("Руководители кружков: Сидорова В.В. Кузнецов Г.Г.", UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [("руководитель кружков", "role")] * 2
    assert [e.mention for e in result.executors] == ["Руководители кружков: Сидорова В.В", "Кузнецов Г.Г"]


@pytest.mark.parametrize("cell", ["Руководители кружков, Сидорова В.В.", "Руководители кружков: Сидорова В.В., ДК"])
def test_a_post_without_a_colon_or_with_a_body_among_the_persons_is_read_as_before(cell):
    assert ("руководитель кружков", "role", False) not in _read(cell)


# -- the pupils' self-government is a body of the school community, never a cell that names nobody ---
@pytest.mark.parametrize("cell", ["Ученическое самоуправление", "Самоуправление лицея"])
def test_self_government_of_a_school_is_a_body(cell):
    result = normalize(cell, UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [(cell, "other")]


def test_local_self_government_bodies_stay_authorities():
    assert _read("органы местного самоуправления") == [("органы местного самоуправления", "authority", False)]


# -- a staff post over a body keeps one number whether the body is spelt out or written by its letters (R12) ---
@pytest.mark.parametrize(("spelt", "lettered", "post"), [
    ("Ведущий специалист районного управления образования", "Ведущий специалист МОУО", "ведущие специалисты"),
    ("Главный специалист комитета по образованию", "Главный специалист УО района", "главные специалисты"),
    ("Инспектор районного отдела образования", "Инспектор УО", "инспекторы"),
    ("Методист информационно-аналитического отдела", "Методист УО", "методисты"),
])
def test_a_staff_post_over_a_spelt_out_body_is_a_category_as_over_its_letters(spelt, lettered, post):
    for cell in (spelt, lettered):
        [(name, kind, _)] = _read(cell)
        assert kind == "role" and name.startswith(post + " ")


@pytest.mark.parametrize("cell", ["Специалист по закупкам", "Медицинская сестра школы", "Научный сотрудник музея",
                                  "Начальник районного отдела образования"])
def test_a_post_with_no_body_an_institution_or_a_head_keeps_its_number(cell):
    assert _read(cell)[0][0] == cell[:1].lower() + cell[1:]


# -- a title that writes its institution's legal form out in words is that institution's plan (O60) ---
@pytest.mark.parametrize("title", [
    "План работы муниципального бюджетного общеобразовательного учреждения «Лицей № 4» на 2031 год",
    "Годовой план муниципального автономного дошкольного образовательного учреждения «Детский сад № 9 «Ивушка»»",
    "План мероприятий муниципального бюджетного учреждения дополнительного образования «Станция юных техников»",
    "План работы муниципальной общеобразовательной организации № 11 на летний период",
])
def test_a_title_with_the_legal_form_written_out_names_one_institution(title):
    assert level_of_title(title) == "institution"
    assert [(e.name, e.kind) for e in normalize("Педагоги ОУ", UNSEEN, None, level_of_title(title)).executors] == [
        ("педагоги образовательного учреждения", "role")]


@pytest.mark.parametrize("title", [
    "План работы муниципальных бюджетных общеобразовательных учреждений на 2031 год",  # a plural: a group
    "План работы муниципального казённого учреждения «Центр бухгалтерского обслуживания»",  # not educational
    "План мероприятий по развитию муниципальной образовательной сети района",  # no own name
])
def test_a_title_with_a_plural_or_unnamed_or_outside_legal_form_says_nothing(title):
    assert level_of_title(title) is None


# -- a definition's name: a participle's clause, a participle with words of its own, names listed in quotes ---
@pytest.mark.parametrize(("text", "short", "name"), [
    ("в образовательных организациях, реализующих программы дошкольного образования (далее – ДОО);", "ДОО",
     "образовательные организации, реализующие программы дошкольного образования"),
    ("Утвердить перечень муниципальных учреждений, подведомственных комитету по образованию (далее – ПУ).", "ПУ",
     "муниципальные учреждения, подведомственные комитету по образованию"),
    ("руководителям подведомственных отделу образования муниципальных учреждений (далее – ПМУ)", "ПМУ",
     "подведомственные отделу образования муниципальные учреждения"),
    ("обеспечить участие реализующих основные программы организаций (далее – ОО)", "ОО",
     "реализующие основные программы организации"),
])
def test_a_participle_with_words_of_its_own_is_put_in_the_nominative_with_its_group(text, short, name):
    assert mine_glossary(text)[short] == name


@pytest.mark.parametrize(("text", "short", "name"), [
    ("В МАОУ «Лицей № 5» и МАОУ «Гимназия № 8» (далее – ОО) провести", "ОО", "МАОУ «Лицей № 5» и МАОУ «Гимназия № 8»"),
    ("в муниципальных автономных общеобразовательных учреждениях «Лицей № 5» и «Гимназия № 8» (далее – ОУ)", "ОУ",
     "муниципальные автономные общеобразовательные учреждения «Лицей № 5» и «Гимназия № 8»"),
    ("работа муниципального автономного общеобразовательного учреждения «Центр образования с углублённым изучением "
     "иностранных языков» (далее – Центр)", "Центр", "муниципальное автономное общеобразовательное учреждение «Центр "
     "образования с углублённым изучением иностранных языков»"),
])
def test_names_in_quotes_keep_their_legal_form_and_the_quote_marks_are_no_words(text, short, name):
    assert mine_glossary(text)[short] == name


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name():
    mined = mine_glossary("В Управлении культуры и спорта (далее – УКС) провести")
    assert mined["УКС"] == "Управление культуры и спорта"


# -- a post over an institution written out in full and named in quotes is one role (R12), as over its letters ---
@pytest.mark.parametrize("cell", [
    "Заместитель директора муниципального автономного общеобразовательного учреждения «Лицей № 6» по ВР",
    "Учителя муниципального бюджетного общеобразовательного учреждения \"Школа № 21\"",
    "Заведующий муниципальным казённым дошкольным образовательным учреждением «Детский сад № 4 «Берёзка»»",
    "Директор муниципального автономного учреждения дополнительного образования «Дом детского творчества»",
])
def test_a_post_over_an_institution_written_out_with_its_quoted_name_is_one_role(cell):
    written = cell[:1].lower() + cell[1:].replace(' "', " «").replace('"', "»")
    assert _read(cell) == [(written, "role", False)]


def test_an_institution_written_out_after_a_comma_is_still_its_own_executor():
    assert _read("Социальный педагог, муниципальное бюджетное общеобразовательное учреждение «Школа № 21»") == [
        ("социальный педагог", "role", False),
        ("муниципальное бюджетное общеобразовательное учреждение «Школа № 21»", "school", False)]
