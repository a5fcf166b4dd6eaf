"""Executor classes the twentieth other-regions set (tests/gold/other_regions_twentieth/, cells written in session 43)
showed broken, each also among the earlier blind sets' first-reading misses (notes of session 41, h11kinds), with
examples of our own, read as a municipality no glossary file exists for:
- an owner cut off its unit (OWNER_OFF): a body written in the genitive right after a commission or a unit, with only a
  space between, is the unit's owner, one executor ("Комиссия по делам несовершеннолетних Исполнительного комитета
  Энского района"); a unit no rule knew takes its owner's kind; a body in the nominative after it is a new executor;
- posts run together with no comma (UNDER_RUNON) where the second post could also be a genitive singular
  ("учителя"): after a plural post whose complement names a place, it is the next role ("Педагоги центра учителя
  биологии"); after a person it stays the complement;
- a regional institute under its older name, of teachers' improvement ("институт усовершенствования учителей", ИУУ;
  KIND_INST), is the region's methodical service in its region's plan and external in a town's, as the institute of
  education development is (O18);
- a name split at a comma inside it (OVER_NAME): the districts an office serves listed "в N-ском, M-ском районах"
  continue its name, as a "по" list of territories does; a body after the comma is written in the nominative."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, level).executors]


@pytest.mark.parametrize(("cell", "name", "kind"), [
    ("КДН и ЗП Исполнительного комитета Заречного муниципального района",
     "комиссия по делам несовершеннолетних и защите их прав", "external"),  # R4: the owner is a qualifier
    ("Приемная служба Отделения ПФР по Энской области в г. Озёрске",
     "Приемная служба Отделения ПФР по Энской области в г. Озёрске", "external"),
])
def test_a_body_in_the_genitive_after_a_unit_is_its_owner(cell, name, kind):
    assert _read(cell) == [(name, kind, False)]


def test_a_body_in_the_nominative_after_a_unit_is_an_executor_of_its_own():
    assert len(_read("КДН и ЗП Исполнительный комитет Заречного муниципального района")) == 2


@pytest.mark.parametrize("cell", ["Отдел культуры Учреждения культуры района",
                                  "КДН и ЗП Организации отдыха и оздоровления детей"])
def test_a_group_that_may_be_nominative_plural_is_not_taken_for_an_owner(cell):
    assert len(_read(cell)) == 2


def test_an_owner_after_a_comma_is_not_joined():
    assert len(_read("КДН и ЗП, Исполнительного комитета Заречного муниципального района")) == 2


@pytest.mark.parametrize(("cell", "roles"), [
    ("Педагоги художественной студии учителя изобразительного искусства",
     ["педагоги художественной студии", "учителя изобразительного искусства"]),
    ("Воспитатели лагеря учителя начальных классов", ["воспитатели лагеря", "учителя начальных классов"]),
])
def test_a_plural_post_after_a_place_is_the_next_role(cell, roles):
    assert [name for name, kind, _ in _read(cell)] == roles


def test_a_post_after_a_person_in_the_genitive_stays_its_complement():
    assert len(_read("Помощники заместителя директора")) == 1


@pytest.mark.parametrize(("level", "kind"), [("regional", "methodical_service"), ("municipal", "external")])
def test_an_institute_of_teachers_improvement_is_read_by_level(level, kind):
    cell = "ГАОУ ДПО «Северный краевой институт усовершенствования учителей»"
    assert _read(cell, level) == [("ГАОУ ДПО «Северный краевой институт усовершенствования учителей»", kind, False)]
    assert _read("СКИУУ", level)[0][1] == kind


def test_districts_listed_in_the_prepositional_continue_the_office():
    cell = "Территориальный отдел Управления Роспотребнадзора по Энской области в Северном, Озёрном районах"
    assert _read(cell) == [(cell, "external", False)]


def test_a_body_after_the_comma_is_an_executor_of_its_own():
    assert len(_read("Территориальный отдел Управления Роспотребнадзора в Северном районе, Отдел образования")) == 2
