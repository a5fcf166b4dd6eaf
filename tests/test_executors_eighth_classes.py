"""Executor classes the eighth other-regions set (tests/gold/other_regions_eighth/) and the earlier dev sets showed
broken, with examples of our own, read as a municipality no glossary file exists for (or at the level given)."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize
from normalizers.executors.morphology import inflect_phrase


def _read(cell: str, level: str | None = "municipal") -> list[tuple[str, str, bool]]:
    municipality = None if level in ("regional", "federal") else UNSEEN
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, municipality, None, level).executors]


def _names(cell: str, level: str | None = "municipal") -> list[str]:
    return [name for name, _, _ in _read(cell, level)]


# -- farms and private traders: shared vocabulary, spelt out inside a role ---
@pytest.mark.parametrize(("cell", "name"), [
    ("Председатель КФХ", "председатель крестьянского (фермерского) хозяйства"),
    ("Сотрудники КФХ", "сотрудники крестьянского (фермерского) хозяйства"),
])
def test_a_farm_by_its_initials_is_spelt_out_in_a_role(cell, name):
    assert _read(cell) == [(name, "role", False)]


@pytest.mark.parametrize("cell", ["КФХ", "крестьянское (фермерское) хозяйство", "фермерское хозяйство"])
def test_a_farm_is_outside_the_plans_authority(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["external"]


def test_a_word_glossing_an_adjective_in_parentheses_is_inflected_with_it():
    assert inflect_phrase("крестьянское (фермерское) хозяйство", "datv") == "крестьянскому (фермерскому) хозяйству"


def test_private_traders_after_a_list_are_kept():
    assert _read("директора рынков, индивидуальные предприниматели")[-1] == (
        "индивидуальные предприниматели", "external", False)


# -- a post over a body written in the singular keeps the singular -------------
def test_the_head_of_a_municipality_is_of_one_municipality():
    assert _names("Глава муниципального образования") == ["глава муниципального образования"]


def test_the_heads_of_municipalities_stay_plural():
    assert _names("главы муниципальных образований") == ["главы муниципальных образований"]


# -- "муниципальное образование – <its name>": the legal formula names one municipality ---
@pytest.mark.parametrize(("cell", "name", "kind"), [
    ("глава муниципального образования – Верхнеозёрское сельское поселение",
     "глава муниципального образования - Верхнеозёрское сельское поселение", "role"),
    ("заместитель главы муниципального образования - Сосновский муниципальный округ Энской области",
     "заместитель главы муниципального образования - Сосновский муниципальный округ Энской области", "role"),
])
def test_a_municipality_named_after_a_dash_is_one_executor(cell, name, kind):
    assert _read(cell) == [(name, kind, False)]


def test_agreement_after_the_formula_covers_the_one_executor():
    assert _read("директор ДК, глава муниципального образования - Луговское сельское поселение (по согласованию)")[
        -1] == ("глава муниципального образования - Луговское сельское поселение", "role", True)


def test_a_comma_before_a_territory_still_separates():
    assert len(_read("глава муниципального образования, Луговское сельское поселение")) == 2


# -- initials after "и" that go on with the object of "с" inside a field: one body ---
@pytest.mark.parametrize("cell", [
    "отдел по связям с общественностью и СМИ администрации города Энска",
    "Комитет по работе с населением и СМИ",
])
def test_initials_that_close_a_fields_object_belong_to_the_name(cell):
    assert len(_read(cell)) == 1


def test_partners_of_a_body_after_с_stay_apart():
    assert len(_read("Отдел культуры с ЦЗН и КДН")) == 3


# -- an adjective before "и" awaiting the noun after it: one qualifier, one executor per territory ---
def test_a_known_plural_body_over_a_town_and_villages_is_one_per_territory():
    assert _names("органы местного самоуправления городского и сельских поселений Луговского района") == [
        "органы местного самоуправления городского поселения Луговского района",
        "органы местного самоуправления сельских поселений Луговского района"]


def test_a_singular_body_over_a_town_and_villages_is_one_body():
    assert len(_names("Управление образования администрации городского и сельских поселений")) == 1


# -- "и.о." (исполняющий обязанности): an acting holder of the post after it, not "и" joining two names ---
@pytest.mark.parametrize(("cell", "names"), [
    ("И.о. начальника отдела архитектуры", ["исполняющий обязанности начальника отдела архитектуры"]),
    ("Отдел спорта, и.о. директора ДЮСШ", ["Отдел спорта", "исполняющий обязанности директора ДЮСШ"]),
    ("и. о. заведующего МБДОУ № 7, воспитатели", ["исполняющий обязанности заведующего МБДОУ № 7", "воспитатели"]),
    ("Сидоренко В.П., и.о. директора МКОУ СОШ № 4", ["исполняющий обязанности директора МКОУ СОШ № 4"]),
])
def test_an_acting_post_is_one_role(cell, names):
    read = _read(cell)
    assert [name for name, _, _ in read] == names
    assert read[-1][1] == "role"


def test_the_mention_of_an_acting_post_is_as_written():
    executor = normalize("Отдел спорта, и.о. директора ДЮСШ", UNSEEN, None, "municipal").executors[-1]
    assert executor.mention == "и.о. директора ДЮСШ"


def test_initials_after_a_surname_are_no_acting_post():
    assert "исполняющий" not in " ".join(_names("Кузьмин И.О. директор"))


# -- "гл.": главный before a post, глава before the body it heads ---
@pytest.mark.parametrize(("cell", "name"), [
    ("гл. администрации поселка", "глава администрации поселка"),
    ("Гл. поселения", "глава поселения"),
    ("гл. админ.", "глава администрации"),
    ("гл. агроном хозяйства", "главный агроном хозяйства"),
])
def test_an_abbreviated_head_is_read_by_what_follows(cell, name):
    assert _read(cell) == [(name, "role", False)]


def test_a_person_then_a_chief_post_is_one_role():
    assert _names("Белова Н.Н., гл. библиотекарь районной библиотеки") == ["главный библиотекарь районной библиотеки"]


# -- an executive committee: a municipality's executive body, or a society's ---
@pytest.mark.parametrize(("cell", "kind"), [
    ("Исполком Луговского муниципального района", "authority"),
    ("Исполнительный комитет г. Энска", "authority"),
    ("исполком районного Совета ветеранов", "external"),
    ("Исполнительный комитет Собора народов Энского края", "external"),
])
def test_an_executive_committee_is_read_by_its_owner(cell, kind):
    assert [k for _, k, _ in _read(cell)] == [kind]
