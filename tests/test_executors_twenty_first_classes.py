"""Executor classes the twenty-first other-regions set (tests/gold/other_regions_twenty_first/, cells written in
session 44) showed broken, with examples of our own, read as a municipality no glossary file exists for:
- kinds by a name's form: a commercial company (ООО, ЗАО, ОАО, ПАО; АО opening a name) is an enterprise, external,
  whatever school words its name has; an oblast's institution written with "О" alone (ОКУ, ОБУ, ОАУ) is a legal form
  that opens the name, as ОГКУ is; "СШ" (средняя школа) before a number is a school; a house or centre of children's
  creativity is additional education (`other`) whatever state form founds it;
- a unit of an authority whose own words call it methodical ("Методический отдел управления образования") is a
  methodical body (other-regions O41), other units stay the authority's;
- after a body named with the territory it serves ("… по N-ской области"), a comma and an abbreviated office ("УФНС
  России по …") open a new executor: an abbreviation opens no hyphenated place name of a "по" list;
- a unit or a collegial body of the schools with the group's abbreviation right after it ("Комиссии по питанию ДОО")
  is that body of the schools, one executor; a body of its own run together with the group stays two (sample R15);
- a school type of several words before its number ("Центр образования № 15") is one school, not a methodical centre;
- two territories joined by "и" after a body ("… г. Энска и Энского района") are the places it serves, not a second
  executor; a body after "и" still is one;
- the colleges as a group ("профессиональные образовательные организации", ПОО) are no school group: outside the
  system in a municipal plan (the common glossary), the region's own in its plan, `other` (as sample R11 reads
  additional education), with no unknown_executor warning;
- a territory's initials right after a body ("УО ЭГО": городской округ, "… КМР": муниципальный район) qualify it;
- words in parentheses after executors naming their capacity or project ("(стажировочные площадки)", "(проект
  «…»)") are extra text, not an executor;
- a centre of children's education ("Центр цифрового образования детей") is additional education, `other`;
- a lowercase noun in parentheses in the case and number of the noun before it ("ассистенты (помощники)") is its
  second name, one executor;
- in a region's own plan a centre named by the region's adjective alone ("Региональный центр финансовой
  грамотности") is the region's, not a higher level's: `other`, as the same words without the adjective read; a
  municipal plan keeps it external;
- a relative clause whose pronoun follows a preposition and a noun ("…, на базе которых организованы лагеря") is
  about the name before the comma, as "…, в которых …" is (O22, O76);
- a part of a body a glossary knows ("Заречный филиал ЦНППМ", "филиал ЦЗН") is of that body's kind."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, level).executors]


@pytest.mark.parametrize("cell", ["ООО «Школьный комбинат питания»", "ЗАО «Школьная форма»",
                                  "ПАО «Детский мир»", "АО «Учебная техника»"])
def test_a_commercial_company_is_external_whatever_its_name_says(cell):
    assert _read(cell) == [(cell, "external", False)]


@pytest.mark.parametrize("cell", ["ОКУ ЦЗН г. Верхнеозёрска", "ОБУ «Центр социальной помощи семье и детям»"])
def test_an_oblast_institution_keeps_its_legal_form_in_one_name(cell):
    assert _read(cell) == [(cell, "external", False)]


def test_an_agreed_oblast_institution_is_one_executor_agreed_with():
    assert _read("ОКУ ЦЗН Озёрного района (по согласованию)") == [("ОКУ ЦЗН Озёрного района", "external", True)]


def test_a_numbered_list_of_sredniye_shkoly_is_one_school_each():
    assert _read("МБОУ СШ № 3, № 8, № 11") == [("МБОУ СШ № 3", "school", False), ("МБОУ СШ № 8", "school", False),
                                               ("МБОУ СШ № 11", "school", False)]


@pytest.mark.parametrize("cell", ["БУ ДО «Заречный районный Дом детского творчества»",
                                  "ГАУ ДО «Областной центр детского творчества»"])
def test_childrens_creativity_is_additional_education_whatever_its_state_form(cell):
    assert _read(cell) == [(cell, "other", False)]


@pytest.mark.parametrize("cell", ["Методический отдел управления образования",
                                  "Отдел методической работы комитета образования",
                                  "методический сектор отдела образования"])
def test_an_authoritys_methodical_unit_is_methodical(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["methodical_service"]


@pytest.mark.parametrize("cell", ["Отдел общего образования комитета образования", "Сектор опеки отдела образования"])
def test_the_other_units_of_an_authority_stay_its_own(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["authority"]


@pytest.mark.parametrize("cell", ["Отделение СФР по Энской области (по согласованию), УФНС России по Энской области",
                                  "Управление Росреестра по Энской области, ГУ МЧС России по Энской области"])
def test_an_abbreviated_office_after_a_served_territory_is_a_new_executor(cell):
    assert len(_read(cell)) == 2


def test_a_hyphenated_place_after_a_comma_still_continues_the_served_territories():
    assert len(_read("ОНД по г. Верхне-Озёрску, Верхне-Озёрскому району")) == 1


@pytest.mark.parametrize(("cell", "name"), [
    ("Конфликтные комиссии ОО", "Конфликтные комиссии образовательных организаций"),
    ("Служба примирения ОО", "Служба примирения образовательных организаций"),
    ("Комиссии по питанию ДОО", "Комиссии по питанию дошкольных образовательных организаций"),
])
def test_a_unit_of_the_schools_with_their_abbreviation_is_one_executor(cell, name):
    assert [n for n, _, _ in _read(cell)] == [name]


@pytest.mark.parametrize("cell", ["Методический кабинет ОО", "Управление образования ОО", "Служба медиации, ОО",
                                  "Отдел образования ММС ОО"])
def test_a_body_of_its_own_before_the_group_stays_apart(cell):
    assert "образовательные организации" in [n for n, _, _ in _read(cell)]


@pytest.mark.parametrize("cell", ["МАОУ «Центр образования № 4»", "Центр образования № 15"])
def test_a_numbered_centre_of_education_is_a_school(cell):
    assert _read(cell) == [(cell, "school", False)]


def test_a_centre_of_education_development_stays_methodical():
    assert _read("МКУ «Центр развития образования»")[0][1] == "methodical_service"


@pytest.mark.parametrize("cell", ["Военный комиссариат г. Верхнеозёрска и Заречного района",
                                  "Прокуратура города Энска и Энского муниципального района"])
def test_two_territories_after_a_body_are_its_places(cell):
    assert [name for name, _, _ in _read(cell)] == [cell]


def test_a_body_after_a_territory_and_and_is_a_second_executor():
    assert len(_read("Администрация г. Энска и Отдел образования")) == 2


@pytest.mark.parametrize(("level", "kind"), [("regional", "other"), ("municipal", "external")])
def test_the_colleges_are_no_school_group(level, kind):
    for cell in ("ОО, ПОО", "школы, профессиональные образовательные организации"):
        result = normalize(cell, None if level == "regional" else UNSEEN, None, level)
        assert [e.kind for e in result.executors] == ["schools", kind]
        assert result.warnings == []


@pytest.mark.parametrize(("cell", "name"), [("УО ВГО", "Управление образования ВГО"),
                                            ("Отдел образования ЗМР", "Отдел образования ЗМР")])
def test_a_territorys_initials_after_a_body_qualify_it(cell, name):
    assert [(n, k) for n, k, _ in _read(cell)] == [(name, "authority")]


def test_the_bare_go_of_civil_defence_stays_in_its_name():
    assert [n for n, _, _ in _read("Отдел ГО и ЧС")] == ["Отдел ГО и ЧС"]


def test_initials_after_a_comma_are_no_qualifier():
    assert len(_read("Отдел образования, ВГО")) == 2


@pytest.mark.parametrize(("cell", "names"), [
    ("МБОУ «Лицей № 3», МБОУ «Гимназия № 9» (инновационные площадки)", ["МБОУ «Лицей № 3»", "МБОУ «Гимназия № 9»"]),
    ("Учителя технологии (проект «Кванториум в школе»)", ["учителя технологии"]),
    ("МБОУ СОШ № 12 (базовая площадка программы)", ["МБОУ СОШ № 12"]),
])
def test_a_capacity_in_parentheses_is_extra_text(cell, names):
    result = normalize(cell, UNSEEN, None, "municipal")
    assert [e.name for e in result.executors] == names
    assert "extra_text" in result.warnings


def test_an_executor_in_parentheses_stays_one():
    assert len(_read("Отдел образования (ИМЦ)")) == 2


@pytest.mark.parametrize("cell", ["Центр образования детей «Техноград»", "МАУ «Центр цифрового образования детей»"])
def test_a_centre_of_childrens_education_is_additional_education(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["other"]


@pytest.mark.parametrize(("cell", "names"), [
    ("Дефектологи, ассистенты (помощники) ОО", ["дефектологи", "ассистенты (помощники) образовательных организаций"]),
    ("Вожатые (наставники) отрядов", ["вожатые (наставники) отрядов"]),  # the second name kept (glosses.py)
])
def test_a_second_name_in_parentheses_is_one_executor(cell, names):
    assert [n for n, _, _ in _read(cell)] == names


@pytest.mark.parametrize(("level", "kind"), [("regional", "other"), ("municipal", "external")])
def test_a_centre_named_by_the_regions_adjective_alone(level, kind):
    result = normalize("Региональный центр детского чтения", None if level == "regional" else UNSEEN, None, level)
    assert [e.kind for e in result.executors] == [kind]


@pytest.mark.parametrize("cell", ["Областная больница", "Областной совет ветеранов войны и труда",
                                  "ГБУ «Областной центр спорта»"])
def test_a_body_outside_the_system_by_its_own_words_stays_external_in_the_regions_plan(cell):
    assert [e.kind for e in normalize(cell, None, None, "regional").executors] == ["external"]


@pytest.mark.parametrize("cell", ["Руководители учреждений, на базе которых работают лагеря",
                                  "Директора школ, на территории которых расположены пункты проведения экзаменов"])
def test_a_relative_clause_after_a_preposition_and_a_noun_stays_with_the_role(cell):
    result = normalize(cell, UNSEEN, None, "municipal")
    assert [e.name for e in result.executors] == [cell[:1].lower() + cell[1:]]
    assert result.warnings == []


@pytest.mark.parametrize("cell", ["Заречный филиал ЦНППМ", "Восточное отделение ЦЗН"])
def test_a_part_of_a_known_body_takes_its_kind(cell):
    assert _read(cell) == [(cell, "external", False)]
