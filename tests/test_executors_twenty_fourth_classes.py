"""Executor classes the twenty-fourth other-regions set (tests/gold/other_regions_twenty_fourth/, session 46's blind
set) showed broken, with examples of our own, read as a municipality no glossary file exists for:
- a region's initials with a letter in parentheses glued to them ("РС(Я)": Республика Саха (Якутия)) are part of
  the legal form they follow: the institution is one executor, not the letters, the parenthesis and the name;
- the region's own state institution of additional education ("ГАУ ДО N «Центр …»") is `other` in the region's
  plan (spec: additional education is other; the regional level made it external only for a municipal plan, where
  it stays external);
- a methodical association named by the teachers of all subjects ("ГМО педагогов-предметников") is one
  association per subject: the plural, also under its heads; one named by one subject's teachers stays singular;
- the central and the territorial psychological-medical-pedagogical commissions written side by side are two
  bodies, not one commission."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    municipality = None if level == "regional" else UNSEEN
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, municipality, None, level).executors]


@pytest.mark.parametrize(("cell", "name", "kind"), [
    ("ГАУ ДПО РС(Я) «Институт непрерывного педагогического образования»",
     "ГАУ ДПО РС(Я) «Институт непрерывного педагогического образования»", "methodical_service"),
    ("ГБУ ДО РС(Я) «Дворец детского творчества «Радуга»»", "ГБУ ДО РС(Я) «Дворец детского творчества «Радуга»»",
     "other"),
    ("ГКУ РС(Я) «Центр социальной поддержки семьи»", "ГКУ РС(Я) «Центр социальной поддержки семьи»", "external"),
])
def test_a_regions_initials_with_a_letter_in_parentheses_stay_in_the_legal_form(cell, name, kind):
    assert _read(cell, "regional") == [(name, kind, False)]


def test_a_glued_parenthesis_in_initials_keeps_the_executors_after_it_apart():
    got = _read("ГАОУ ДПО РС(Я) «Академия учителя», ГБУ РС(Я) «Республиканский центр культуры» (по согласованию)",
                "regional")
    assert [name for name, _, _ in got] == ["ГАОУ ДПО РС(Я) «Академия учителя»",
                                            "ГБУ РС(Я) «Республиканский центр культуры»"]
    assert [agreed for _, _, agreed in got] == [False, True]


def test_a_parenthesis_after_a_space_still_holds_an_executor_of_its_own():
    assert len(_read("НИУ ВШЭ (ИОО ВШЭ)")) == 2


@pytest.mark.parametrize("cell", [
    "ГАУ ДО «Центр развития талантов «Вершина»»",
    "ГБУ ДО РК «Детский технопарк»",
    "ГАУДО «Центр поддержки одарённых детей «Созвездие»»",
])
def test_the_regions_institution_of_additional_education_is_other_in_its_plan(cell):
    assert [kind for _, kind, _ in _read(cell, "regional")] == ["other"]


def test_the_regions_institution_of_additional_education_is_external_in_a_municipal_plan():
    assert [kind for _, kind, _ in _read("ГАУ ДО «Центр развития талантов «Вершина»»")] == ["external"]


@pytest.mark.parametrize(("cell", "name"), [
    ("РМО педагогов-предметников", "районные методические объединения педагогов-предметников"),
    ("ГМО педагогов-предметников", "городские методические объединения педагогов-предметников"),
    ("ШМО учителей-предметников", "школьные методические объединения учителей-предметников"),
])
def test_an_association_of_all_subjects_teachers_is_one_per_subject(cell, name):
    assert _read(cell) == [(name, "methodical_service", False)]


@pytest.mark.parametrize(("cell", "name"), [
    ("Руководители ГМО педагогов-предметников",
     "руководители городских методических объединений педагогов-предметников"),
    ("руководители ШМО педагогов-предметников",
     "руководители школьных методических объединений педагогов-предметников"),
])
def test_the_heads_of_the_associations_of_all_subjects_teachers_are_over_many(cell, name):
    assert _read(cell) == [(name, "role", False)]


@pytest.mark.parametrize(("cell", "name"), [
    ("РМО учителей истории", "районное методическое объединение учителей истории"),
    ("ШМО учителей технологии", "школьное методическое объединение учителей технологии"),
])
def test_an_association_of_one_subjects_teachers_stays_singular(cell, name):
    assert _read(cell) == [(name, "methodical_service", False)]


@pytest.mark.parametrize(("cell", "names"), [
    ("ЦПМПК, ТПМПК", ["центральная психолого-медико-педагогическая комиссия",
                      "территориальная психолого-медико-педагогическая комиссия"]),
    ("ТПМПК; ЦПМПК (по согласованию)", ["территориальная психолого-медико-педагогическая комиссия",
                                        "центральная психолого-медико-педагогическая комиссия"]),
    ("ПМПК, ТПМПК", ["психолого-медико-педагогическая комиссия",
                     "территориальная психолого-медико-педагогическая комиссия"]),
])
def test_the_central_and_territorial_commissions_are_two_bodies(cell, names):
    assert [name for name, _, _ in _read(cell)] == names
