"""Executor classes the seventh other-regions set (tests/gold/other_regions_seventh/) and the earlier dev sets showed
broken, with examples of our own, read as a municipality no glossary file exists for (or at the level given)."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str | None = None) -> list[tuple[str, str, bool]]:
    municipality = None if level in ("regional", "federal") else UNSEEN
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, municipality, None, level).executors]


def _names(cell: str, level: str | None = None) -> list[str]:
    return [name for name, _, _ in _read(cell, level)]


# -- a plural head over coordinated complements: one body or group per complement ---
@pytest.mark.parametrize(("cell", "names"), [
    ("администрации поселков и станиц", ["администрации поселков", "администрации станиц"]),
    ("Администрации волостей, станиц и хуторов", ["Администрации волостей", "Администрации станиц",
                                                   "Администрации хуторов"]),
    ("районные администрации городских округов и муниципальных районов Энской области",
     ["районные администрации городских округов Энской области",
      "районные администрации муниципальных районов Энской области"]),
])
def test_a_plural_authority_over_listed_complements_is_one_body_per_complement(cell, names):
    assert _names(cell, "regional") == names


@pytest.mark.parametrize(("cell", "names"), [
    ("руководители фабрик и кооперативов", ["руководители фабрик", "руководители кооперативов"]),
    ("директора библиотек, музеев и архивов", ["директора библиотек", "директора музеев", "директора архивов"]),
    ("Председатели местных советов городского и сельских поселений",
     ["председатели местных советов городского поселения", "председатели местных советов сельских поселений"]),
])
def test_people_by_a_plural_position_over_listed_complements_are_one_role_each(cell, names):
    read = _read(cell, "municipal")
    assert [name for name, _, _ in read] == names
    assert {kind for _, kind, _ in read} == {"role"}


def test_an_adjective_listed_before_a_complement_shares_its_noun():
    assert _names("администрации городских, сельских поселений и муниципальных округов", "regional") == [
        "администрации городских поселений", "администрации сельских поселений", "администрации муниципальных округов"]


def test_adjectives_listed_before_one_plural_head_each_take_it():
    assert _names("районные и городские отделы архивов", "regional") == [
        "районные отделы архивов", "городские отделы архивов"]


def test_agreement_after_a_distributed_list_covers_every_complement():
    assert _read("Администрации поселков и станиц (по согласованию)", "regional") == [
        ("Администрации поселков", "authority", True), ("Администрации станиц", "authority", True)]


@pytest.mark.parametrize("cell", [
    "Комитет по культуре и туризму",  # a singular head: one body
    "Департамент образования и молодёжной политики",
    "Учителя химии и биологии",  # one post teaches both subjects
])
def test_a_singular_head_or_a_teaching_post_stays_one_executor(cell):
    assert len(_read(cell, "municipal")) == 1


def test_a_list_the_document_names_as_one_stays_one():
    cell = "органы местного самоуправления городских, сельских поселений (далее – органы местного самоуправления)"
    assert _names(cell, "regional") == ["органы местного самоуправления городских, сельских поселений"]


# -- the organiser a federal assessment schedule names is a body, not a post (O39) ---
def test_the_federal_organiser_is_a_body_of_kind_other():
    assert _read("Федеральный организатор, региональные координаторы", "federal") == [
        ("федеральный организатор", "other", False), ("региональные координаторы", "role", False)]


# -- a territory or a government in the genitive after a name completes it (genitive_tails) ---
@pytest.mark.parametrize(("cell", "name"), [
    ("председатели советов муниципальных округов Республики Энмарий",
     "председатели советов муниципальных округов Республики Энмарий"),
    ("Администрация Губернатора и Правительства Энской области",
     "Администрация Губернатора и Правительства Энской области"),
])
def test_a_genitive_owner_after_a_name_is_part_of_it(cell, name):
    assert _names(cell, "regional") == [name]


def test_a_government_in_the_nominative_after_a_comma_stays_an_executor():
    assert _names("Отдел архивов, Правительство Энской области", "municipal") == [
        "Отдел архивов", "Правительство Энской области"]


# -- "ОИВ" spelt out as such plans do; a clause after a comma is no higher level of the name before it ---
def test_oiv_is_the_executive_bodies_of_the_regions():
    assert _read("ОИВ, ОМСУ", "federal")[0] == (
        "органы исполнительной власти субъектов Российской Федерации", "authority", False)


def test_a_participial_clause_after_a_known_name_stays_with_it():
    cell = "Органы исполнительной власти субъектов Российской Федерации, осуществляющие государственное управление в " \
           "сфере культуры"
    assert _names(cell, "federal") == [cell]


# -- a full stop typed twice after a holder's initials; "ГОО" as the town's education department ---
def test_a_doubled_stop_after_initials_still_gives_the_holder_post():
    assert _read("Лапин Д.Е.., руководитель студии «Звёздочка»", "municipal") == [
        ("руководитель студии «Звёздочка»", "role", False)]


def test_goo_is_the_town_education_department():
    assert _read("ГОО, ОО", "municipal")[0] == ("городской отдел образования", "authority", False)
