"""Executor classes the twenty-fifth other-regions set (tests/gold/other_regions_twenty_fifth/, session 47's blind
set) showed broken, with examples of our own, read as a municipality no glossary file exists for:
- a territory's initials right after a group of institutions ("ОО ЭМР", "ДОУ ЭГО") qualify the group, as they
  qualify a body (the twenty-first set's class): one executor, not the group and an unknown one;
- a commission or unit followed by a government body in the genitive whose head could also be a nominative plural
  ("Аттестационная комиссия Министерства образования …", "Рабочая группа Управления образования") is one executor,
  the commission of that body; a commission of a body outside the plan's system is outside it too (external);
- a second territory in parentheses after the one it stands beside ("… муниципальных районов (городских
  округов)"): part of the name, which goes on after it (a participle clause), not a separator that cuts the name;
- a plural head over coordinated territories whose last is singular ("администрации муниципальных районов и
  городского округа"): one body per complement (O76), the singular's noun its own, not a shared qualifier;
- a post over a unit of an administration, then the administration's abbreviation ("начальник отдела … УО"; the
  twenty-first and twenty-second sets' class): one role of that unit, the abbreviation in the genitive; a body run
  together with the letters stays two executors (sample R15)."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    municipality = None if level == "regional" else UNSEEN
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, municipality, None, level).executors]


@pytest.mark.parametrize(("cell", "first"), [
    ("ОО ЭМР, ДОО", ("образовательные организации ЭМР", "schools", False)),
    ("ОО НГО", ("образовательные организации НГО", "schools", False)),
    ("ДОО КМО, УО", ("дошкольные образовательные организации КМО", "preschools", False)),
])
def test_a_territorys_initials_after_a_group_qualify_the_group(cell, first):
    got = _read(cell)
    assert got[0] == first
    assert len(got) == len(cell.split(","))


@pytest.mark.parametrize(("cell", "name", "kind"), [
    ("Аттестационная комиссия Министерства образования Энской области",
     "Аттестационная комиссия Министерства образования Энской области", "external"),
    ("Экспертная группа Министерства просвещения и науки Энского края",
     "Экспертная группа Министерства просвещения и науки Энского края", "external"),
    ("Комиссия Управления образования", "Комиссия Управления образования", "other"),
])
def test_a_commission_of_a_body_named_in_the_genitive_is_one_executor(cell, name, kind):
    assert _read(cell) == [(name, kind, False)]


def test_a_body_before_a_plural_of_bodies_stays_apart():
    got = _read("Министерство образования Энской области Управления образования муниципальных районов")
    assert [name for name, _, _ in got] == ["Министерство образования Энской области",
                                            "Управления образования муниципальных районов"]


@pytest.mark.parametrize(("cell", "name"), [
    ("органы местного самоуправления муниципальных районов (городских округов), осуществляющие управление в сфере "
     "образования", "органы местного самоуправления муниципальных районов (городских округов), осуществляющие "
                    "управление в сфере образования"),
    ("Администрации муниципальных округов (городских округов)", "Администрации муниципальных округов (городских "
                                                                "округов)"),
    ("органы управления образованием муниципального района (городского округа)",
     "органы управления образованием муниципального района (городского округа)"),
])
def test_a_second_territory_in_parentheses_is_part_of_the_name(cell, name):
    assert _read(cell, "regional") == [(name, "authority", False)]


def test_a_second_territory_in_parentheses_keeps_the_next_executor_apart():
    got = _read("Министерство образования, органы управления образованием муниципальных районов (городских округов)",
                "regional")
    assert [name for name, _, _ in got] == ["Министерство образования",
                                            "органы управления образованием муниципальных районов (городских округов)"]


@pytest.mark.parametrize(("cell", "names"), [
    ("Администрации муниципальных районов и городского округа Энской области",
     ["Администрации муниципальных районов Энской области", "Администрации городского округа Энской области"]),
    ("администрации муниципальных округов и городского округа",
     ["администрации муниципальных округов", "администрации городского округа"]),
    ("Главы сельских поселений и городского поселения", ["главы сельских поселений", "главы городского поселения"]),
])
def test_a_plural_head_over_territories_ending_in_a_singular_names_each(cell, names):
    assert [name for name, _, _ in _read(cell, "regional")] == names


@pytest.mark.parametrize(("cell", "name"), [
    ("начальник отдела дошкольного образования УО", "начальник отдела дошкольного образования управления образования"),
    ("Петрова А.А., заместитель начальника отдела кадров УО",
     "заместитель начальника отдела кадров управления образования"),
    ("Специалисты сектора опеки УО", "специалисты сектора опеки управления образования"),
])
def test_a_post_over_a_unit_takes_its_administrations_letters(cell, name):
    assert _read(cell) == [(name, "role", False)]


@pytest.mark.parametrize("cell", ["Отдел дошкольного образования УО", "начальник управления образования УО"])
def test_a_body_or_the_administrations_own_post_stays_apart_from_the_letters(cell):
    assert len(_read(cell)) == 2
