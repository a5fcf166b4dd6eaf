"""Executor classes the ninth other-regions set (tests/gold/other_regions_ninth/, plans outside education) showed
broken, with examples of our own, read as a municipality no glossary file exists for."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str | None = "municipal") -> list[tuple[str, str, bool]]:
    municipality = None if level in ("regional", "federal") else UNSEEN
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, municipality, None, level).executors]


# -- a post over an office keeps the territory the office serves, and a second field of the office after "и" ---
@pytest.mark.parametrize(("cell", "name"), [
    ("начальник ОНД по Верхнеозёрскому району", "начальник отдела надзорной деятельности по Верхнеозёрскому району"),
    ("начальник отдела полиции по Верхнеозёрскому району", "начальник отдела полиции по Верхнеозёрскому району"),
    ("начальник отдела надзорной деятельности и профилактической работы по Верхнеозёрскому району",
     "начальник отдела надзорной деятельности и профилактической работы по Верхнеозёрскому району"),
])
def test_a_post_over_an_office_keeps_the_territory_it_serves(cell, name):
    assert _read(cell) == [(name, "role", False)]


def test_a_town_then_listed_districts_after_po_are_one_territory():
    cell = "ОНД по г. Ново-Озёрск, Ново-Озёрскому и Заречному районам, глава района"
    assert [kind for _, kind, _ in _read(cell)] == ["external", "role"]
    assert _read(cell)[0][0].endswith("по г. Ново-Озёрск, Ново-Озёрскому и Заречному районам")


def test_a_second_field_of_the_office_after_and_is_no_executor():
    assert _read("начальник управления строительства и дорожного хозяйства") == [
        ("начальник управления строительства и дорожного хозяйства", "role", False)]
    assert len(_read("начальник отдела образования и заместитель главы района")) == 2


# -- a plural post over listed complements shares the genitive written after the last one (O76, O30) ---
@pytest.mark.parametrize("cell", ["Руководители хозяйств, фермерских хозяйств всех форм собственности",
                                  "руководители хозяйств и кооперативов всех форм собственности"])
def test_a_genitive_after_the_last_complement_is_shared(cell):
    names = [name for name, _, _ in _read(cell)]
    assert len(names) == 2 and all(name.endswith("всех форм собственности") for name in names)


# -- private owners and tenants, nature parks, a closed town's name, camps listed among bodies ---
@pytest.mark.parametrize("cell", ["владельцы собак", "собственники жилых домов", "арендаторы земельных участков"])
def test_private_owners_are_outside_the_plans_authority(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["external"]


def test_a_nature_park_institution_is_outside_education():
    assert _read('МБУ "Озёрный природный парк"')[0][1] == "external"


def test_zato_after_a_group_is_its_municipality_not_a_body():
    assert [kind for _, kind, _ in _read("образовательные учреждения ЗАТО Озёрный")] == ["schools"]


def test_summer_camps_in_a_list_are_bodies_not_a_season():
    kinds = [kind for _, kind, _ in _read("образовательные учреждения города, летние оздоровительные лагеря")]
    assert kinds == ["schools", "external"]
