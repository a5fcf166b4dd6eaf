"""Executor classes the twenty-second other-regions set (tests/gold/other_regions_twenty_second/, session 44's blind
set) and the twentieth showed broken, with examples of our own, read as a municipality no glossary file exists for:
- two roles run together with no comma, the first over an abbreviation ("методисты ЦДТ педагоги-организаторы"): the
  abbreviation has no case of its own, so the nominative post after it opens the next role;
- a post followed by a word it cannot govern ("Кл. рук. родители"): a word with a nominative reading and none in the
  case the post governs is the next executor, not the post's complement ("заместитель директора" stays one);
- a singular post, a comma and a person ("ответственный за питание, Лебедева О.Н."): the post's holder, dropped, as
  the person before a post is (O29); after a group the person stays an executor of its own (O56);
- a trade union's organisation of a territory is a non-government body, external (spec); a school's primary one
  stays the school's own;
- the testing centres of the sport complex ГТО are sport institutions of a town, external (O40);
- in a region's own plan its state institution of additional professional education (ДПО) is the region's
  methodical service whatever its quoted name says (O18); in a municipal plan it stays external;
- an executive committee followed by its territory's initials ("Исполком НМР") is the municipality's authority;
- an exam point in parentheses after a school ("(ППЭ № 7)") is what it serves as: extra text, no executor;
- an office named with the district it sits "в" ("Отдел … в N-ском районе") is a higher body's, external (O16); a
  district's own department names its administration in the genitive."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, level).executors]


@pytest.mark.parametrize(("cell", "first", "second"), [
    ("методисты ЦДТ педагоги-организаторы", "методисты ЦДТ", "педагоги-организаторы"),
    ("специалисты ИМЦ руководители РМО", "специалисты ИМЦ", "руководители районных методических объединений"),
    ("педагоги ДЮЦ руководители кружков", "педагоги ДЮЦ", "руководители кружков"),
])
def test_a_post_after_a_role_over_an_abbreviation_opens_the_next_role(cell, first, second):
    assert _read(cell) == [(first, "role", False), (second, "role", False)]


@pytest.mark.parametrize(("cell", "post", "then"), [
    ("Кл. рук. родители", "классные руководители", ("родители", "external")),
    ("Зам. дир. родители", "заместитель директора", ("родители", "external")),
    ("Кл. рук. обучающиеся", "классные руководители", ("обучающиеся", "role")),
])
def test_a_word_the_post_cannot_govern_is_the_next_executor(cell, post, then):
    assert _read(cell) == [(post, "role", False), (*then, False)]


@pytest.mark.parametrize("cell", ["заместитель директора", "Зам. дир. по ВР", "заместитель заведующего"])
def test_a_post_in_the_case_the_post_before_governs_stays_one_role(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["role"]


@pytest.mark.parametrize(("cell", "posts"), [
    ("ответственный за питание, Лебедева О.Н.", ["ответственный за питание"]),
    ("Специалисты УО, ответственный за ГИА, Мухина Е.П.", ["специалисты управления образования",
                                                          "ответственный за ГИА"]),
    ("директор ДДТ, Гусев А.В.", ["директор ДДТ"]),
])
def test_a_person_after_a_singular_post_and_a_comma_holds_it(cell, posts):
    assert [name for name, _, _ in _read(cell)] == posts


def test_a_person_after_a_group_and_a_comma_is_an_executor_of_its_own():
    assert _read("Классные руководители, Лебедева О.Н.") == [("классные руководители", "role", False),
                                                            ("Лебедева О.Н.", "role", False)]


@pytest.mark.parametrize("cell", ["Районная профсоюзная организация работников здравоохранения",
                                  "Городская организация профсоюза работников культуры",
                                  "Территориальная профсоюзная организация"])
def test_a_trade_unions_organisation_is_external(cell):
    assert _read(cell) == [(cell, "external", False)]


def test_a_schools_primary_trade_union_organisation_stays_the_schools_own():
    assert [kind for _, kind, _ in _read("Первичная профсоюзная организация")] == ["other"]


@pytest.mark.parametrize("cell", ["Центр тестирования ГТО", "Муниципальный центр тестирования ВФСК ГТО"])
def test_a_gto_testing_centre_is_external(cell):
    assert _read(cell) == [(cell, "external", False)]


@pytest.mark.parametrize("cell", ["ГАУ ДПО «ИОП»", "ГБУ ДПО РС «Региональный ресурсный центр»",
                                  "ГАОУ ДПО «Центр оценки профессионального мастерства»"])
def test_a_regions_dpo_institution_is_its_methodical_service_in_its_plan(cell):
    assert [kind for _, kind, _ in _read(cell, "regional")] == ["methodical_service"]
    assert [kind for _, kind, _ in _read(cell)] == ["external"]


@pytest.mark.parametrize("cell", ["Исполком НМР", "Исполнительный комитет АМР", "исполком ЗГО"])
def test_an_executive_committee_with_its_territorys_initials_is_an_authority(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["authority"]


@pytest.mark.parametrize("cell", ["Исполком", "исполком движения"])
def test_an_executive_committee_with_no_territory_stays_outside(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["external"]


@pytest.mark.parametrize("cell", ["МБОУ «СОШ № 7» (ППЭ № 3401)", "МАОУ «Лицей № 2» (пункт проведения экзаменов)"])
def test_an_exam_point_in_parentheses_is_what_the_school_serves_as(cell):
    result = normalize(cell, UNSEEN, None, "municipal")
    assert [(e.name, e.kind) for e in result.executors] == [(cell[:cell.index(" (")], "school")]
    assert result.warnings == ["extra_text"]


def test_persons_listed_after_a_post_are_executors_of_their_own():
    assert _read("Библиотекарь, Лебедева О.Н., Орлова И.И.") == [("библиотекарь", "role", False),
                                                                ("Лебедева О.Н.", "role", False),
                                                                ("Орлова И.И.", "role", False)]


@pytest.mark.parametrize("cell", ["Отдел социальной защиты МТиСЗ РК в Озёрном муниципальном районе",
                                  "Территориальный отдел социальной защиты населения во Введенском районе"])
def test_an_office_placed_in_a_district_is_a_higher_bodys(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["external"]


@pytest.mark.parametrize("cell", ["Отдел образования администрации Озёрного района", "Сектор опеки отдела образования"])
def test_a_districts_own_department_stays_its_authority(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["authority"]
