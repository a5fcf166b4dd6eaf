"""The number a post or an institution is named in, and the one institution a plan's title defines (session 46,
issue 11). Made-up cells and titles."""

from __future__ import annotations

import pytest

from normalizers.executors import mine_glossary, normalize_strict

TOWN = "Вымышленский муниципальный округ"


def _names(raw: str, level: str | None = "municipal", glossary: dict[str, str] | None = None) -> list[str]:
    return [e.name for e in normalize_strict(raw, TOWN, glossary, level).executors]


@pytest.mark.parametrize(("raw", "want"), [
    ("Старший воспитатель ДОУ", "старший воспитатель дошкольного образовательного учреждения"),
    ("Ст. воспитатель МДОУ", "старший воспитатель"),
    ("Старшая вожатая ОО", "старшая вожатая образовательной организации"),
    ("Главный бухгалтер управления образования", "главный бухгалтер управления образования"),
    ("Гл. бухгалтер УО", "главный бухгалтер управления образования"),
    ("Старшая медсестра ДОУ", "старшая медсестра дошкольного образовательного учреждения"),
])
def test_a_post_one_person_holds_in_each_body_keeps_its_singular(raw, want):
    (name,) = _names(raw)
    assert name.startswith(want)


@pytest.mark.parametrize(("raw", "want"), [
    ("Старшие воспитатели ДОУ", "старшие воспитатели дошкольных образовательных учреждений"),
    ("Главный специалист УО", "главные специалисты управления образования"),  # a grade: many hold it
    ("Старший методист ИМЦ", "старшие методисты"),
    ("Ведущий специалист УО", "ведущие специалисты управления образования"),
    ("Воспитатель ДОУ", "воспитатели дошкольных образовательных учреждений"),  # staff, a category
])
def test_a_graded_or_plural_post_stays_a_category(raw, want):
    (name,) = _names(raw)
    assert name.startswith(want)


@pytest.mark.parametrize(("title", "short", "want"), [
    ("План работы с муниципальными автономными общеобразовательными учреждениями «Школа № 9» (далее – ОУ)", "ОУ",
     "муниципальное автономное общеобразовательное учреждение «Школа № 9»"),
    ("Годовой план муниципальных автономных дошкольных образовательных учреждений «Детский сад № 1» (далее – ДОУ)",
     "ДОУ", "муниципальное автономное дошкольное образовательное учреждение «Детский сад № 1»"),
    ("Мероприятия, проводимые в муниципальных общеобразовательных учреждениях № 14 (далее – ОУ)", "ОУ",
     "муниципальное общеобразовательное учреждение № 14"),
])
def test_an_institution_with_a_name_of_its_own_is_defined_in_the_singular(title, short, want):
    assert mine_glossary(title)[short] == want


def test_a_role_over_a_named_institution_the_title_defines_is_of_that_one_institution():
    glossary = mine_glossary("Дорожная карта для муниципальных бюджетных общеобразовательных учреждений "
                             "«Лицей № 4» (далее – ОО)")
    assert _names("Учителя ОО", "municipal", glossary) == [
        "учителя муниципального бюджетного общеобразовательного учреждения «Лицей № 4»"]


def test_a_definition_listing_two_named_institutions_is_not_made_singular():
    defined = mine_glossary("План работы муниципальных общеобразовательных учреждений «Школа № 1» и «Школа № 2» "
                            "(далее – ОУ)").get("ОУ", "")
    assert "учреждение " not in defined


ONE_SCHOOL = ("План мероприятий по подготовке к ГИА в муниципальном автономном общеобразовательном учреждении "
              "«Школа № 11» (далее – ОУ) на 2025-2026 учебный год")
SCHOOL_GENITIVE = "муниципального автономного общеобразовательного учреждения «Школа № 11»"


@pytest.mark.parametrize(("raw", "want"), [
    ("Администрация ОУ", [f"администрация {SCHOOL_GENITIVE}"]),
    ("Руководитель ШМО ОУ", [f"руководитель школьного методического объединения {SCHOOL_GENITIVE}"]),
    ("Руководители МО ОУ", [f"руководители методических объединений {SCHOOL_GENITIVE}"]),
    ("Администрация ОУ, педагоги", [f"администрация {SCHOOL_GENITIVE}", "педагоги"]),
])
def test_the_body_or_post_of_one_school_the_title_defines_is_one_role(raw, want):
    assert _names(raw, "municipal", mine_glossary(ONE_SCHOOL)) == want


def test_the_administration_of_the_district_stays_an_authority_beside_the_school():
    found = normalize_strict("Администрация района, ОУ", TOWN, mine_glossary(ONE_SCHOOL), "municipal").executors
    assert [e.kind for e in found] == ["authority", "school"]


@pytest.mark.parametrize(("title", "short", "want"), [
    ("План работы муниципального автономного учреждения «Центр психолого-педагогической помощи» (далее – Центр)",
     "Центр", "муниципальное автономное учреждение «Центр психолого-педагогической помощи»"),
    ("План работы МАУ ДО «Дом детского творчества» (далее – Дом)", "Дом", "МАУ ДО «Дом детского творчества»"),
    ("Дорожная карта муниципального общеобразовательного учреждения «Лицей № 8» (далее – Лицей) на 2026 год",
     "Лицей", "муниципальное общеобразовательное учреждение «Лицей № 8»"),
])
def test_a_one_word_definition_stands_for_the_whole_name_with_its_legal_form(title, short, want):
    assert mine_glossary(title)[short] == want


@pytest.mark.parametrize(("title", "short", "want"), [
    ("План работы МКУ «Информационно-методический центр» (далее – ИМЦ)", "ИМЦ", "«Информационно-методический центр»"),
    ("План работы отдела образования администрации района (далее – Отдел)", "Отдел",
     "отдел образования администрации района"),
    ("План работы центра «Точка роста» (далее – Центр)", "Центр", "центр «Точка роста»"),
])
def test_abbreviations_and_names_with_no_legal_form_before_the_quotes_keep_their_reading(title, short, want):
    assert mine_glossary(title)[short] == want


def test_a_definition_of_several_lower_case_words_is_one_word_too():
    defined = mine_glossary("Годовой план МАДОУ «Детский сад № 3 «Колокольчик»» (далее – Детский сад)")
    assert defined["Детский сад"] == "МАДОУ «Детский сад № 3 «Колокольчик»»"


LYCEUM = "План работы муниципального общеобразовательного учреждения «Лицей № 8» (далее – Лицей) на 2026 год"


@pytest.mark.parametrize(("raw", "want"), [
    ("Учителя Лицея", ["учителя муниципального общеобразовательного учреждения «Лицей № 8»"]),
    ("Классные руководители Лицея, родители", ["классные руководители муниципального общеобразовательного "
                                               "учреждения «Лицей № 8»", "родители"]),
    ("Лицей", ["муниципальное общеобразовательное учреждение «Лицей № 8»"]),
])
def test_a_post_before_the_word_a_document_defines_one_school_by_is_a_role_of_it(raw, want):
    assert _names(raw, "municipal", mine_glossary(LYCEUM)) == want
