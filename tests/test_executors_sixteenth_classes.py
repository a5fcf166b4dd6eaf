"""Executor classes the sixteenth other-regions set (tests/gold/other_regions_sixteenth/, session 39's blind set)
showed broken, with examples of our own, read as a municipality no glossary file exists for: letters of fields
listed by a comma alone stay in the department's name ("Отдел по делам ГО, ЧС"); the last of coordinated adjectives
before a shared plural noun takes its own number ("сельских и городского поселений": "городского поселения"); an
unknown abbreviation with a federal service's letters is that service's office, external, also with the unit's
number before it or its place after it ("7 ОФПС", "ОГПН г. Энска"); rescue is a field outside education (O40); a
compound field word whose hyphen the source lost ("жилищнокоммунальному") is still that field; the "и" of a relative
clause ("органы, в ведении которых находятся школы и колледжи") joins no two executors; a capital after a territory
noun cut short with its dot ("… администрации г. Энска", "г.о. Энск") is the territory's name, not a new executor; in a
regional plan a body named after the region it serves with "по" ("отдел … по Энской области") is an office of a body
above the region, external (O16); a bare plural "организации", "учреждения" is a group outside the system, external
(as the sixth set's E005 and the sixteenth's W05 label it); a plural post over settlements, a colon and their names
("Главы администраций сёл: Лесное, Полевое") is that post of each settlement (O58)."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, level).executors]


@pytest.mark.parametrize("cell", ["Сектор по делам ГО, ЧС", "Отдел по военно-учётной работе и делам ГО, ЧС",
                                  "Отдел ГО, ЧС и мобилизационной подготовки", "Управление ГО, ЧС, ПБ"])
def test_field_letters_after_a_comma_stay_in_the_name(cell):
    assert _read(cell) == [(cell, "authority", False)]


def test_a_body_after_field_letters_is_still_its_own():
    assert _read("Сектор по делам ГО, ЕДДС") == [
        ("Сектор по делам ГО", "authority", False), ("единая дежурно-диспетчерская служба", "external", False)]


@pytest.mark.parametrize("cell, names", [
    ("Главы сельских и городского поселений", ["главы сельских поселений", "главы городского поселения"]),
    ("Главы городского и сельских поселений", ["главы городского поселения", "главы сельских поселений"]),
    ("Руководители районных и городской библиотек", ["руководители районных библиотек",
                                                     "руководители городской библиотеки"]),
])
def test_the_last_adjective_before_a_shared_noun_keeps_its_number(cell, names):
    assert [name for name, _, _ in _read(cell)] == names


@pytest.mark.parametrize("cell, name", [("ОГПН г. Энска", "ОГПН г. Энска"), ("12 ОФПС", "12 ОФПС"),
                                        ("ОФПС по Энскому району", "ОФПС по Энскому району"), ("ОГПН", "ОГПН")])
def test_federal_service_letters_name_its_office(cell, name):
    assert _read(cell) == [(name, "external", False)]


def test_a_numbered_office_after_an_institution_is_its_own():
    assert _read('МБУ "Центр спасения", 12 ОФПС (по согласованию), ОГПН г. Энска (по согласованию)') == [
        ("МБУ «Центр спасения»", "external", False), ("12 ОФПС", "external", True),
        ("ОГПН г. Энска", "external", True)]


@pytest.mark.parametrize("cell", ['МКУ "Служба спасения"', 'Муниципальное учреждение "Центр спасения города"',
                                  'МКУ "Заказчик по жилищнокоммунальному хозяйству"',
                                  'муниципальное бюджетное учреждение "Жилищнокоммунальная служба"'])
def test_rescue_and_glued_housing_fields_are_outside_education(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["external"]


@pytest.mark.parametrize("cell", ["органы местного самоуправления, в ведении которых находятся школы и колледжи",
                                  "органы власти, у которых есть музеи и театры, работающие с детьми"])
def test_the_and_of_a_relative_clause_joins_no_two_executors(cell):
    assert _read(cell) == [(cell, "authority", False)]


def test_a_relative_clause_closed_by_a_comma_ends_there():
    assert _read("организации, которым выделены субсидии, и Отдел спорта") == [
        ("организации, которым выделены субсидии", "external", False), ("Отдел спорта", "authority", False)]


@pytest.mark.parametrize("cell", ["заместители главы местной администрации г.о. Энск",
                                  "начальник отдела администрации г. Энска", "специалисты администрации с.п. Лесное"])
def test_a_contracted_territory_keeps_its_name_in_the_role(cell):
    assert _read(cell) == [(cell, "role", False)]


def test_a_contracted_territory_then_a_body():
    assert _read("зам. главы администрации г. Энска, Отдел культуры") == [
        ("заместитель главы администрации г. Энска", "role", False), ("Отдел культуры", "authority", False)]


@pytest.mark.parametrize("cell", ["отдел лесных ресурсов по Энской области Северного бассейнового управления",
                                  "Управление по Республике Энск", "Инспекция по Энской и Северной областям"])
def test_a_body_serving_the_region_is_external_in_its_plan(cell):
    assert _read(cell, "regional") == [(cell, "external", False)]


@pytest.mark.parametrize("cell", ["министерство лесного хозяйства Энской области",
                                  "Комитет по делам молодежи Энской области", "Отдел по Энскому району"])
def test_the_regions_own_bodies_stay_authority(cell):
    assert _read(cell, "regional") == [(cell, "authority", False)]


@pytest.mark.parametrize("cell, names", [("Организации", ["Организации"]),
                                         ("Отдел спорта, учреждения", ["Отдел спорта", "учреждения"]),
                                         ("Учреждения, предприятия", ["Учреждения", "предприятия"])])
def test_bare_organisations_are_outside_the_system(cell, names):
    read = _read(cell)
    assert [name for name, _, _ in read] == names
    assert [kind for name, kind, _ in read if name.lower() in ("организации", "учреждения")] == ["external"]


def test_a_post_over_settlements_before_a_colon_is_one_role_each():
    assert [name for name, _, _ in _read("Главы администраций сел: Лесное, Б. Полевое, посёлка Северный Двор")] == [
        "главы администрации села Лесное", "главы администрации села Б. Полевое",
        "главы администрации посёлка Северный Двор"]


@pytest.mark.parametrize("cell", ["Главы поселений: Лесное, Полевое", "Главы сельских поселений: Лесное, Полевое"])
def test_a_post_over_settlements_keeps_the_settlements_kind(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["role", "role"]
    assert all(name.endswith(("поселения Лесное", "поселения Полевое")) for name, _, _ in _read(cell))


def test_persons_after_the_colon_are_not_settlements():
    assert all("Иванов" not in name for name, _, _ in _read("Главы администраций сел: Иванов И.И., Петров П.П."))


@pytest.mark.parametrize("cell, names", [
    ("начальник отдела администрации г. Энска П.П. Сидоров", ["начальник отдела администрации г. Энска"]),
    ("Отдел спорта администрации г.о. Энск А.Б. Петрова", ["Отдел спорта", "А.Б. Петрова"]),
])
def test_a_contracted_territory_before_initials_first_holder(cell, names):
    assert [name for name, _, _ in _read(cell)] == names
