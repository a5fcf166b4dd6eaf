"""Executor classes the twenty-third other-regions set (tests/gold/other_regions_twenty_third/, session 45's blind
set) showed broken, with examples of our own, read as a municipality no glossary file exists for:
- in one institution's own plan whose title defines the abbreviation as that institution's full name ("План работы
  … «Детский сад № 7» (далее – ДОУ)"), a role over the abbreviation names the kind of institution in the singular,
  as the spec names "Педагоги ДОУ" in such a plan, not the defined full name; a post written straight before
  letters a document defines as one school ("Классные руководители ОУ") is one role of it, not a role and a school;
- a title that defines a group after a preposition and its territory ("… качества образования в общеобразовательных
  организациях N-ского района (далее – ОО)"): the group starts after the preposition and ends before the territory,
  the plan's scope (R4, R7); a body's own name, or one tied to an administration by "при", keeps its words; one
  institution a title defines in the genitive ("План работы муниципального бюджетного … учреждения «…»") is named
  in the nominative singular, as its adjectives can only be singular;
- a glued ministry whose region's initials also spell a legal form ("Минобрнауки АО": an акционерное общество)
  is one executor when nothing is named after the letters; a company with its quoted name stays one of its own;
- the region's centre that assesses or monitors the quality of education is `other` in a regional plan whatever
  legal form and other words its name holds (O68, as the РЦОИ, O19); in a municipal plan it stays external."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize
from normalizers.executors.mining import mine_glossary


def _read(cell: str, title: str | None = None, level: str = "municipal") -> list[tuple[str, str, bool]]:
    glossary = mine_glossary(title) if title else None
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, glossary or None, level).executors]


_KINDERGARTEN = ("Годовой план работы муниципального автономного дошкольного образовательного учреждения "
                 "«Детский сад № 14 «Ласточка»» (далее – ДОУ) на 2027-2028 учебный год")
_SCHOOL = ("План работы муниципального бюджетного общеобразовательного учреждения «Гимназия № 2» (далее – ОУ) "
           "на 2026/2027 учебный год")


@pytest.mark.parametrize(("cell", "title", "role"), [
    ("Воспитатели ДОУ", _KINDERGARTEN, "воспитатели дошкольного образовательного учреждения"),
    ("Заведующий ДОУ Смирнова А.А.", _KINDERGARTEN, "заведующий дошкольным образовательным учреждением"),
    ("Специалисты ДОУ", _KINDERGARTEN, "специалисты дошкольного образовательного учреждения"),
    ("Учителя ОУ", _SCHOOL, "учителя образовательного учреждения"),
    ("Директор ОУ", _SCHOOL, "директор образовательного учреждения"),
])
def test_a_role_over_the_plans_own_institution_its_title_defines_names_its_kind(cell, title, role):
    assert _read(cell, title, "institution") == [(role, "role", False)]


def test_outside_an_institutions_plan_a_defined_institution_keeps_its_name():
    assert "«Гимназия № 2»" in _read("Учителя ОУ", _SCHOOL)[0][0]


@pytest.mark.parametrize(("title", "short", "group"), [
    ("План мероприятий по повышению качества образования в общеобразовательных организациях Энского муниципального "
     "района (далее – ОО) на 2027 год", "ОО", "общеобразовательные организации"),
    ("Дорожная карта развития дошкольного образования в дошкольных образовательных организациях города Энска "
     "(далее – ДОО) на 2026-2028 годы", "ДОО", "дошкольные образовательные организации"),
    ("План работы по профилактике в муниципальных общеобразовательных учреждениях городского округа Энск "
     "(далее – МОУ) на 2026 год", "МОУ", "муниципальные общеобразовательные учреждения"),
])
def test_a_titles_group_after_a_preposition_is_named_without_the_plans_territory(title, short, group):
    assert mine_glossary(title)[short] == group


def test_a_titles_group_names_the_roles_and_the_group_of_a_cell():
    title = ("План мероприятий по поддержке одарённых детей в общеобразовательных организациях Энского района "
             "(далее – ОО) на 2026 год")
    assert _read("Заместители руководителей ОО, ОО", title) == [
        ("заместители руководителей общеобразовательных организаций", "role", False),
        ("общеобразовательные организации", "schools", False)]


@pytest.mark.parametrize(("title", "short", "kept"), [
    ("План работы комиссии по делам несовершеннолетних и защите их прав при администрации Энского района "
     "(далее – КДНиЗП) на 2026 год", "КДНиЗП", "при администрации Энского района"),
    ("План работы МКУ «Центр развития образования» Энского района (далее – ЦРО) на 2026 год", "ЦРО",
     "Энского района"),
])
def test_a_body_defined_in_a_title_keeps_its_tie_and_territory(title, short, kept):
    assert mine_glossary(title)[short].endswith(kept)


@pytest.mark.parametrize(("cell", "ministry", "rest"), [
    ("Минобрнауки АО", "Минобрнауки АО", []),
    ("Минздрав АО, ГБУЗ АО «Областная больница»", "Минздрав АО",
     [("ГБУЗ АО «Областная больница»", "external", False)]),
    ("Минобрнауки АО совместно с ОМСУ", "Минобрнауки АО", [("органы местного самоуправления", "authority", False)]),
    ("Минтруд АО (по согласованию)", "Минтруд АО", []),
])
def test_a_ministrys_region_in_letters_of_a_legal_form_is_one_executor(cell, ministry, rest):
    read = _read(cell, level="regional")
    assert read[0][:2] == (ministry, "authority")
    assert read[1:] == rest


def test_a_company_named_after_its_legal_form_stays_an_executor():
    assert _read("АО «Энскэнерго»", level="regional") == [("АО «Энскэнерго»", "external", False)]


@pytest.mark.parametrize("cell", [
    "ГБУ ЭО «Центр информационных технологий и оценки качества образования»",
    "КГАУ «Краевой центр мониторинга качества образования» (по согласованию)",
    "ОГБУ «Региональный центр мониторинга и оценки качества образования Энской области»",
    "ГАУ «Республиканский центр оценки качества и информатизации образования»",
])
def test_the_regions_monitoring_centre_is_other_in_its_plan_external_in_a_towns(cell):
    assert _read(cell, level="regional")[0][1] == "other"
    assert _read(cell)[0][1] == "external"


@pytest.mark.parametrize(("cell", "post"), [
    ("Классные руководители ОУ", "классные руководители"),
    ("Педагоги-психологи ОУ", "педагоги-психологи"),
    ("Учителя начальных классов ОУ", "учителя начальных классов"),
])
def test_a_post_over_letters_a_document_defines_as_one_school_is_one_role(cell, post):
    assert _read(cell, _SCHOOL, "institution") == [(f"{post} образовательного учреждения", "role", False)]
    (name, kind, _), = _read(cell, _SCHOOL)
    assert kind == "role" and name.startswith(post) and name.endswith("«Гимназия № 2»")


@pytest.mark.parametrize(("title", "short", "name"), [
    (_SCHOOL, "ОУ", "муниципальное бюджетное общеобразовательное учреждение «Гимназия № 2»"),
    ("План работы муниципального казённого учреждения «Центр обеспечения деятельности школ» (далее – МКУ ЦОДШ) на "
     "2026 год", "МКУ ЦОДШ", "муниципальное казённое учреждение «Центр обеспечения деятельности школ»"),
    ("План мероприятий государственного бюджетного учреждения «Энский центр спорта» (далее – ГБУ ЭЦС)", "ГБУ ЭЦС",
     "государственное бюджетное учреждение «Энский центр спорта»"),
])
def test_one_institution_a_title_defines_in_the_genitive_is_named_in_the_nominative(title, short, name):
    assert mine_glossary(title)[short] == name


@pytest.mark.parametrize(("phrase", "kept"), [
    ("министерства, ведомства", "министерства, ведомства"),
    ("образовательные учреждения", "образовательные учреждения"),
    ("органы местного самоуправления", "органы местного самоуправления"),
])
def test_a_plural_with_no_singular_adjective_stays_plural(phrase, kept):
    from normalizers.executors.morphology import to_nominative

    assert to_nominative(phrase) == kept
