"""Executor classes that broke on other regions' plans (issue 11), with examples of our own.

Every cell is read as a municipality no glossary file exists for: only the shared vocabulary helps.
"""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN
from unseen_reading import read as _read

from normalizers.executors import normalize
from normalizers.executors.role_names import expand_role_abbreviations


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
    # federal bodies of the exam system, a state legal form with the Н of научное, universities by their level
    ("ФИПИ", "external"),
    ("ФГБНУ «ФИПИ»", "external"),
    ("ФГБНУ «Центр оценки»", "external"),
    ("МФЦ", "external"),
    ("Образовательные организации высшего образования", "external"),
    # religious bodies are outside the system; a short name agreed with is an executor, whatever its noun
    ("Благочиние (по согласованию)", "external"),
    ("Местная религиозная организация", "external"),
    ("ФОК", "external"),
    ("Культорганизатор", "role"),
    # an adverb before the adjective is no head ("Социально ориентированные …")
    ("Социально значимые спортивные организации", "external"),
    ("Социально ориентированные НКО", "external"),
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
    ("Зав. ДОУ", "заведующий дошкольным образовательным учреждением"),  # one post, one organisation (O43)
    ("Зав. ЦДТ", "заведующий ЦДТ"),
    ("Соц. педагог", "социальный педагог"),
    ("Соц. педагоги", "социальные педагоги"),
    ("Пед.-организатор", "педагог-организатор"),
    ("Ст. вожатый", "старший вожатый"),
    ("Кл. руководители 7 классов", "классные руководители 7 классов"),
    ("Зам. директора по ВР", "заместитель директора по ВР"),
    ("Кл. руководители", "классные руководители"),
    ("Зав.МК", "заведующий МК"),
    # a list of addressees in the dative, genitive or instrumental names the group in the nominative plural
    ("классным руководителям", "классные руководители"),
    ("учителям-предметникам", "учителя-предметники"),
    ("руководителям ОО", "руководители образовательных организаций"),
    ("заместителями директоров по УВР", "заместители директоров по УВР"),
    ("учителей начальных классов", "учителя начальных классов"),
    ("классные руководители 9-х, 11-х классов", "классные руководители 9-х, 11-х классов"),  # grades, not a list
    ("учителя 9 и 11 классов", "учителя 9 и 11 классов"),
    ("Заместителю директора по ВР", "заместитель директора по ВР"),  # one post in another case stays one
    ("классному руководителю", "классный руководитель"),
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
    ("Управление образования администрации района Управление культуры администрации района", 2),
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
    ("Ответственные: Орлова Е.В.", ["Орлова Е.В."]),  # the column's label is no executor
    ("Отв.: Орлова Е.В., Быков П.С.", ["Орлова Е.В.", "Быков П.С."]),
    ("Отв. Быков П.С.", ["Быков П.С."]),  # the label cut by its dot, or set off by a dash
    ("Ответственные – классные руководители", ["классные руководители"]),
    ("Кузнецова, Орлова", ["Кузнецова", "Орлова"]),  # surnames alone are persons, run together or not
    ("Кузнецова Орлова", ["Кузнецова", "Орлова"]),
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
    # the region's schools or kindergartens as a group, in a plan of the region
    ("образовательные организации области", "regional", "schools"),
    ("ДОО области", "regional", "preschools"),
    ("образовательные организации области", "municipal", "external"),
    ("учреждения культуры области", "regional", "external"),
    ("совет ректоров образовательных организаций высшего образования", "regional", "external"),
    ("муниципальные образования", "regional", "authority"),
    # a ministry written glued to its field, then its region: the region's ministry
    ("Минобрнауки Самарской области", "regional", "authority"),
    ("Минздрав НСО", "municipal", "external"),
    # a field ending in "-развития" is no result; a federal one's name with a region's initials is the region's
    ("Минсоцразвития Пермского края", "regional", "authority"),
    ("Минсоцразвития", "regional", "authority"),
    ("Минобрнауки РД", "regional", "authority"),
    ("Минздрав КБР", "municipal", "external"),
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
    ("руководители МОО", "руководители муниципальных образовательных организаций"),
    ("ОУ ДО", "учреждения дополнительного образования"),
    ("РДШ", "Российское движение школьников"),
    ("ОМС", "органы местного самоуправления"),
    ("Минобрнауки Самарской области", "Минобрнауки Самарской области"),
    ("Минобразования Ростовской области", "Минобразования Ростовской области"),
])
def test_general_names(cell, name):
    assert [n for n, _ in _read(cell)] == [name]


@pytest.mark.parametrize(("cell", "names"), [
    # a body its letters tell opens executors whatever deadline words follow; when and how are extra text,
    # a name that completes that phrase too
    ("ИМЦ в рамках работы РМО", ["ИМЦ"]),
    ("ДДТ в течение года", ["ДДТ"]),
    ("Отдел образования по плану", ["Отдел образования"]),
    ("Отдел образования по поручению УО, ИМЦ", ["Отдел образования", "ИМЦ"]),
])
def test_how_and_when_after_a_name_are_extra_text(cell, names):
    result = normalize(cell, UNSEEN)
    assert [e.name for e in result.executors] == names
    assert result.warnings == ["extra_text"]


@pytest.mark.parametrize(("cell", "names"), [
    ("1. УО 2. ИМЦ", ["Управление образования", "ИМЦ"]),  # item numbers of a list in the cell open the next one
    ("1) Отдел образования; 2) ОО", ["Отдел образования", "образовательные организации"]),
    ("Иванова И.И. 2. Петрова П.П.", ["Иванова И.И.", "Петрова П.П."]),
])
def test_list_item_numbers_are_no_part_of_a_name(cell, names):
    result = normalize(cell, UNSEEN)
    assert [e.name for e in result.executors] == names
    assert result.warnings == []


def test_agreement_saves_a_short_name_not_a_measure_or_a_deadline():
    assert normalize("Размещение информации на сайте (по согласованию)", UNSEEN).warnings == ["not_executors"]
    assert normalize("В течение года (по согласованию)", UNSEEN).warnings == ["not_executors"]


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
    # a kindergarten's legal form before its name or numbers: one kindergarten each, never a number dropped; one
    # named kindergarten is kind school, as one named school is (preschools is the group)
    ("МБДОУ № 3, № 5", [("МБДОУ № 3", "school"), ("МБДОУ № 5", "school")]),
    ("МАДОУ «Ромашка»", [("МАДОУ «Ромашка»", "school")]),
    ("МБДОУ детский сад № 5 «Солнышко»", [("МБДОУ детский сад № 5 «Солнышко»", "school")]),
    # the management team of one school named by its legal form is a role (O60, "Администрация школы")
    ("Администрация МБОУ «СОШ № 2»", [("администрация МБОУ «СОШ № 2»", "role")]),
    # the plan's place as an adjective qualifies the name; "и др." closes a list; a known abbreviation with
    # genitive words after it keeps its kind
    ("Управление образования Ивановского района, ОО района",
     [("Управление образования", "authority"), ("образовательные организации", "schools")]),
    ("Отдел образования, ОО и др.", [("Отдел образования", "authority"), ("образовательные организации", "schools")]),
    ("ОМСУ муниципальных образований", [("органы местного самоуправления муниципальных образований", "authority")]),
    ("ШНОР, ИМЦ", [("школы с низкими образовательными результатами", "schools"), ("ИМЦ", "methodical_service")]),
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



# -- role lists and bare legal forms (brief items 2 and 5) ---------------------------------------------------
@pytest.mark.parametrize(("cell", "executors"), [
    ("заместители директоров по УВР, ВР",
     [("заместители директоров по УВР", "role"), ("заместители директоров по ВР", "role")]),
    ("Зам. директора по УВР, ВР, руководители ШМО",
     [("заместитель директора по УВР", "role"), ("заместитель директора по ВР", "role"),
      ("руководители школьных методических объединений", "role")]),
    ("Зам. директора по УВР, ОО",
     [("заместитель директора по УВР", "role"), ("образовательные организации", "schools")]),
    ("руководители и педагоги ОО",
     [("руководители образовательных организаций", "role"), ("педагоги образовательных организаций", "role")]),
    ('Отдел образования ГБУЗ "ЦРБ" ОМВД России по району',
     [("Отдел образования", "authority"), ("ГБУЗ «Центральная районная больница»", "external"),
      ("ОМВД России по району", "external")]),
    ("Управление Росгвардии", [("Управление Росгвардии", "external")]),
    ("МБДОУ, МБОУ", [("муниципальные бюджетные дошкольные образовательные учреждения", "preschools"),
                     ("муниципальные бюджетные общеобразовательные учреждения", "schools")]),
])
def test_a_direction_after_a_role_and_a_bare_legal_form_are_read_not_left_unknown(cell, executors):
    assert _read(cell) == executors


@pytest.mark.parametrize(("cell", "kind"), [
    ("УГИБДД", "external"), ("ЛОВД", "external"), ("УФСИН", "external"), ("ГМК", "methodical_service"),
    ("СОШ", "schools"), ("УВР", "other"),
])
def test_an_unknown_abbreviation_gets_the_kind_its_letters_tell_and_keeps_the_warning(cell, kind):
    result = normalize(cell, UNSEEN)
    assert [e.kind for e in result.executors] == [kind]
    assert "unknown_executor" in result.warnings


@pytest.mark.parametrize("cell", ["ОМВД (по согл.)", "ОМВД (по согласов.)", "ОМВД (по соглас.)"])
def test_agreement_cut_short_is_agreement_not_a_deadline(cell):
    result = normalize(cell, UNSEEN)
    assert [(e.name, e.by_agreement) for e in result.executors] == [("ОМВД", True)]
    assert result.warnings == []
