"""Executor classes that broke on other regions' plans (issue 11), with examples of our own.

Every cell is read as a municipality no glossary file exists for: only the shared vocabulary helps.
"""

from __future__ import annotations

import pytest

from normalizers.executors import normalize
from normalizers.executors.roles import expand_role_abbreviations

UNSEEN = "nowhere-town"


def _read(cell: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in normalize(cell, UNSEEN).executors]


def _kinds(cell: str) -> list[str]:
    return [kind for _, kind in _read(cell)]


# -- kinds of bodies nobody listed -------------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "kind"), [
    ("МЦ", "methodical_service"),
    ("МАУ ДПО ИМЦ", "methodical_service"),
    ("МКУ ЦРО", "methodical_service"),
    ("Районный методический кабинет", "methodical_service"),
    ("Территориальный отдел Роспотребнадзора", "external"),
    ("ОГИБДД ОМВД", "external"),
    ("Министерство образования Омской области", "external"),
    ("Комитет по образованию", "authority"),
    ("Управление культуры администрации района", "authority"),
    ("Молодёжный центр «Импульс»", "external"),
    ("ГАУ ДПО ИРО", "external"),
])
def test_kind_of_an_unseen_body_from_its_words_and_legal_form(cell, kind):
    result = normalize(cell, UNSEEN)
    assert [e.kind for e in result.executors] == [kind]
    assert "unknown_executor" not in result.warnings


# -- abbreviated roles -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expanded"), [
    ("Зав. ДОУ", "заведующий ДОУ"),
    ("Пед.-организатор", "педагог-организатор"),
    ("соц. педагог", "социальный педагог"),
    ("Мин. культуры", "Мин. культуры"),
])
def test_role_abbreviations_expand(text, expanded):
    from normalizers.executors.vocabulary import cues

    assert expand_role_abbreviations(text, cues().role_abbreviations) == expanded


@pytest.mark.parametrize(("cell", "name"), [
    ("Зав. ДОУ", "заведующий дошкольными образовательными учреждениями"),
    ("Зав. ЦДТ", "заведующий ЦДТ"),
    ("Соц. педагог", "социальный педагог"),
    ("Соц. педагоги", "социальные педагоги"),
    ("Пед.-организатор", "педагог-организатор"),
    ("Ст. вожатый", "старший вожатый"),
    ("Кл. руководители 7 классов", "классные руководители 7 классов"),
    ("Зам. директора по ВР", "заместитель директора по ВР"),
    ("Кл. руководители", "классные руководители"),
    ("Зав.МК", "заведующий МК"),
])
def test_abbreviated_roles_are_roles_with_the_words_spelt_out(cell, name):
    assert _read(cell) == [(name, "role")]


# -- coordination inside one name vs a list of bodies ------------------------------------------------------
@pytest.mark.parametrize(("cell", "count"), [
    ("Департамент образования и науки Курской области", 1),
    ("Комитет по физической культуре и спорту", 1),
    ("Министерство труда и социальной защиты Тверской области", 1),
    ("Управление образования, науки и молодёжной политики", 1),
    ("Отдел образования и отдел культуры", 2),
    ("Управление образования и Управление культуры", 2),
    ("Отдел образования и школы района", 2),
    ("родители учащихся и представители общественности", 2),
    ("органы местного самоуправления, осуществляющие управление в сфере образования", 1),
    ("Управление образования, администрации МО ГО «Лесной»", 1),
    ("Управление образования, администрации сельских поселений", 2),
])
def test_and_or_a_comma_inside_a_name_does_not_split_it(cell, count):
    assert len(_read(cell)) == count, _read(cell)


# -- persons ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "names"), [
    ("Орлова Е.В. Быков П.С.", ["Орлова Е.В.", "Быков П.С."]),
    ("Е.В. Орлова П.С. Быков", ["Е.В. Орлова", "П.С. Быков"]),
    ("Е.В.Орлова П.С.Быков", ["Е.В.Орлова", "П.С.Быков"]),
    ("Орлова Е.В. Руководители ОУ", ["Орлова Е.В.", "руководители образовательных учреждений"]),
    ("Отдел образования Быков П.С.", ["Отдел образования", "Быков П.С."]),
    ("заведующий МК Орлова Е.В.", ["заведующий МК"]),
    ("МКУ «ЦРО» (директор Орлова Е.В.)", ["МКУ «Центр развития образования»"]),
])
def test_persons_without_commas_are_executors_of_their_own_unless_they_hold_the_post_before(cell, names):
    assert [name for name, _ in _read(cell)] == names


def test_agreement_misspelt_and_definitions_inside_a_cell():
    result = normalize("Комитет по образованию (далее – Комитет) (со согласованию)", UNSEEN)
    assert [(e.name, e.by_agreement) for e in result.executors] == [("Комитет по образованию", True)]
    assert result.warnings == []


# -- kinds by the level of the plan ------------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "level", "kind"), [
    ("Министерство культуры Тверской области", "municipal", "external"),
    ("Министерство культуры Тверской области", "regional", "authority"),
    ("Комитет образования администрации района", "regional", "authority"),
    ("Управление ГИБДД МВД по Республике Коми", "regional", "external"),
    ("Федеральная служба по труду и занятости", "federal", "authority"),
    ("органы исполнительной власти субъектов Российской Федерации", "federal", "authority"),
    ("органы исполнительной власти субъектов Российской Федерации", "regional", "authority"),
    ("ГАУ ДПО «Институт развития образования»", "regional", "methodical_service"),
    ("ГАУ ДПО ТОИРО", "municipal", "external"),
    ("ГАУ ДПО ТОИРО", "regional", "methodical_service"),
])
def test_bodies_of_government_are_authority_at_their_own_level_and_inside_it(cell, level, kind):
    assert [e.kind for e in normalize(cell, None, None, level).executors] == [kind]


def test_without_a_municipality_the_plan_is_read_as_regional():
    assert [e.kind for e in normalize("Министерство спорта Тверской области", None).executors] == ["authority"]
    assert [e.kind for e in normalize("Министерство спорта Тверской области", UNSEEN).executors] == ["external"]


# -- general knowledge in the common glossary, and names that depend on a known one -----------------------
@pytest.mark.parametrize(("cell", "name"), [
    ("Минпросвещения России", "Министерство просвещения Российской Федерации"),
    ("Рособрнадзор", "Федеральная служба по надзору в сфере образования и науки"),
    ("Начальник РОО", "начальник районного отдела образования"),
    ("Методкабинет", "Методический кабинет"),
    ("Районный методический кабинет", "Районный методический кабинет"),
    ("Территориальный отдел Роспотребнадзора", "Территориальный отдел Роспотребнадзора"),
])
def test_general_names(cell, name):
    assert [n for n, _ in _read(cell)] == [name]


def test_a_cell_with_words_never_gives_no_executor():
    cell = "Абвгд Еёжзи"
    result = normalize(cell, UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [(cell, "other")]
    assert result.warnings == ["unknown_executor"]
    long_list = ("Руководители ОО, заместители руководителей по УВР, учителя, классные руководители, педагоги "
                 "дополнительного образования, родители обучающихся и представители общественности района")
    assert len(normalize(long_list, UNSEEN).executors) == 7


# -- bodies run together, each opening with its legal form or after a closing quote ---------------------------
@pytest.mark.parametrize(("cell", "names"), [
    ("МКУ ИМЦ ГАУ ДПО ИРО", ["МКУ ИМЦ", "ГАУ ДПО «Институт развития образования»"]),
    ("МАУ ДО «ЦДТ» МБУ «ЦБС»", ["МАУ ДО «ЦДТ»", "МБУ «Централизованная библиотечная система»"]),
    ("МБУ ДО «Дом творчества» ГИБДД", ["МБУ ДО «Дом творчества»", "ГИБДД"]),
    ("Отдел культуры Районный совет ветеранов", ["Отдел культуры", "Районный совет ветеранов"]),
    ("МБОУ Гимназия № 4", ["МБОУ Гимназия № 4"]),
    ("Управление образования Администрации района", ["Управление образования"]),
])
def test_bodies_run_together(cell, names):
    assert [name for name, _ in _read(cell)] == names


def test_a_role_keeps_the_quoted_name_of_its_organisation():
    assert _read('специалисты МКУ "Центр поддержки образования"') == [
        ("специалисты МКУ «Центр поддержки образования»", "role")]
    assert _read("директор МБУ «Управление образования»") == [("директор МБУ «Управление образования»", "role")]


@pytest.mark.parametrize(("cell", "names"), [
    ("Органы местного самоуправления, осуществляющие управление в сфере образования (ОМС)",
     ["Органы местного самоуправления, осуществляющие управление в сфере образования"]),
    ("УМВД по Республике Марий Эл (Мари)", ["УМВД по Республике Марий Эл"]),
    ("Министерство спорта Пермского края с участием органов местного самоуправления",
     ["Министерство спорта Пермского края", "органы местного самоуправления"]),
])
def test_parentheses_that_name_what_precedes_and_joining_phrases(cell, names):
    assert [name for name, _ in _read(cell)] == names


@pytest.mark.parametrize(("cell", "names"), [
    ("Петров М.Н. ст. вожатый", ["старший вожатый"]),
    ("Библиотекарь Орлова С.В.", ["библиотекарь"]),
    ("Учителя физики Орлова С.В.", ["учителя физики", "Орлова С.В."]),
])
def test_a_person_next_to_a_post_held_by_one_holds_it(cell, names):
    assert [name for name, _ in _read(cell)] == names


def test_a_position_with_a_letter_dropped_is_still_that_position_in_the_name():
    result = normalize("методиты МКУ «Центр образования»", UNSEEN)
    assert [(e.mention, e.name, e.kind) for e in result.executors] == [
        ("методиты МКУ «Центр образования»", "методисты МКУ «Центр образования»", "role")]


def test_a_school_name_joins_a_spaced_compound():
    assert _read("МАОУ «Школа – интернат № 3»") == [("МАОУ «Школа-интернат № 3»", "school")]


def test_municipal_glossaries_hold_no_spelling_the_match_keys_fold_anyway():
    """Case, quotes, spacing and inflection are folded by the match keys: a variant that differs only so
    is noise, and typos of the gold are not kept at all."""
    from normalizers.executors.glossary import GLOSSARY_DIR
    from normalizers.executors.glossary import _read as read_glossary
    from normalizers.executors.text import keys

    for path in GLOSSARY_DIR.glob("*.yaml"):
        if path.stem == "executor_cues":
            continue
        for record in read_glossary(path.stem):
            seen = {keys(record["name"]), keys(record.get("abbreviation") or "")}
            for variant in record.get("variants") or []:
                assert keys(variant) not in seen, (path.name, record["name"], variant)
                seen.add(keys(variant))


@pytest.mark.parametrize(("cell", "names_kinds"), [
    ("Управление культуры и искусства", [("Управление культуры и искусства", "authority")]),
    ("специалисты Министерства", [("специалисты Министерства", "role")]),
    ("ГАОУ ДПО ИРОСО", [("ГАОУ ДПО ИРОСО", "external")]),
    ("Районное отделение общества «Знание»", [("Районное отделение общества «Знание»", "external")]),
])
def test_heads_decide_before_words_elsewhere_in_the_name(cell, names_kinds):
    assert _read(cell) == names_kinds


@pytest.mark.parametrize(("cell", "names_kinds"), [
    ("МКУ ЦРО", [("МКУ «Центр развития образования»", "methodical_service")]),
    ("Отдел образования, МОЦ - МБУ ДО ЦДТ",
     [("Отдел образования", "authority"),
      ("муниципальный опорный центр дополнительного образования детей", "methodical_service")]),
    ("МАДОУ ДПО МЦ", [("МАДОУ ДПО МЦ", "methodical_service")]),
])
def test_legal_forms_before_known_names(cell, names_kinds):
    assert _read(cell) == names_kinds


def test_federal_bodies_by_their_words_places_and_people_a_body_is_named_after():
    assert _read("Управление внутренних дел по г. Лесному") == [("Управление внутренних дел по г. Лесному", "external")]
    assert normalize("Сквер у школы", UNSEEN).warnings == ["not_executors"]
    assert [n for n, _ in _read("МБУК Музей А.С. Пушкина, Петров А.А.")] == ["МБУК Музей А.С. Пушкина", "Петров А.А."]


def test_a_branch_keeps_the_organisation_it_belongs_to():
    assert _read("Городское отделение МБУК «Центральная библиотека»") == [
        ("Городское отделение МБУК «Центральная библиотека»", "external")]


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
