"""Executor classes the nineteenth other-regions set (tests/gold/other_regions_nineteenth/, session 42's blind set)
showed broken, each also among the earlier blind sets' first-reading misses (notes of session 41, h11kinds), with
examples of our own, read as a municipality no glossary file exists for:
- a name split inside itself (OVER_NAME) at the comma of a list of fields after "по" closed by "и" and followed by
  the department's owner ("Отдел по МР, ГО и ЧС администрации N-ского округа"), and at the commas of the places a
  territorial office serves after "в" ("… в г. N, N-ском, M-ском районах": prepositional, no nominative);
- a numbered unit written after a part's letters with no comma (DROPPED / OVER_NAME: "5 ПСЧ 3 ПСО ФПС …" is the
  station of the 3rd detachment), one executor;
- glued ministries run together with no comma (MINISTRY, UNDER_RUNON): a glued ministry after another one and its
  region opens a second ministry;
- institutions of the education system a region founds (KIND_INST): an institute of additional professional
  education is the region's methodical service in its own plan (O18), whatever words its quoted name uses; a centre
  of psychological and pedagogical help is the system's own, other (O68), whatever its state legal form."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, level).executors]


@pytest.mark.parametrize("cell, name", [("Отдел по МР, ГО и ЧС администрации Лесного округа", "Отдел по МР, ГО и ЧС"),
                                        ("Сектор по ЖКХ, ГО и ЧС Администрации Озерского района",
                                         "Сектор по ЖКХ, ГО и ЧС")])
def test_an_open_list_of_fields_keeps_its_owner(cell, name):
    """One body whose mention keeps its owner; its name drops the municipal qualifier (R4)."""
    assert _read(cell) == [(name, "authority", False)]
    assert [e.mention for e in normalize(cell, UNSEEN, None, "municipal").executors] == [cell]


def test_a_body_after_the_owned_list_is_still_its_own():
    assert _read("Отдел по МР, ГО и ЧС администрации Лесного округа, ЕДДС") == [
        ("Отдел по МР, ГО и ЧС", "authority", False),
        ("единая дежурно-диспетчерская служба", "external", False)]


@pytest.mark.parametrize("cell", [
    "Территориальный отдел Управления Роспотребнадзора по Энской области в г. Энске, Лесном, Заречном районах",
    "ТО Роспотребнадзора в г. Энске, Заречном и Лесном районах",
    "Филиал ФКУ УИИ в г. Энске, Энском районе"])
def test_the_places_an_office_serves_stay_in_its_name(cell):
    assert _read(cell) == [(cell, "external", False)]


def test_a_body_in_the_nominative_after_a_place_is_its_own():
    assert [name for name, _, _ in _read("Отдел полиции в г. Энске, Лесная СОШ")] == [
        "Отдел полиции в г. Энске", "Лесная СОШ"]
    assert len(_read("ТО Роспотребнадзора в г. Энске, Заречном и Лесном районах, Энская ЦРБ")) == 2


@pytest.mark.parametrize("cell", ["7 ПСЧ 2 ПСО ФПС ГПС ГУ МЧС России по Энской области",
                                  "12 ПСЧ 4 ПСО ФПС ГПС ГУ МЧС России по Лесной области"])
def test_a_station_of_a_numbered_detachment_is_one_unit(cell):
    assert _read(cell) == [(cell, "external", False)]


def test_the_numbered_detachment_after_a_comma_is_another_executor():
    assert [name for name, _, _ in _read("ПЧ-12, 3 ПСО ФПС ГПС ГУ МЧС России по Энской области")] == [
        "пожарная часть № 12", "3 ПСО ФПС ГПС ГУ МЧС России по Энской области"]


@pytest.mark.parametrize("cell, names", [
    ("Минспорт Энской области Минздрав Энской области",
     ["Минспорт Энской области", "Минздрав Энской области"]),
    ("Минфин Энской области Минтруд Энской области",
     ["Минфин Энской области", "Минтруд Энской области"]),
    ("Минприроды Энского края Минсельхоз Энского края",
     ["Минприроды Энского края", "Минсельхоз Энского края"])])
def test_glued_ministries_run_together_are_two(cell, names):
    assert _read(cell, "regional") == [(name, "authority", False) for name in names]


def test_a_region_s_ministries_are_external_in_a_municipal_plan():
    assert [kind for _, kind, _ in _read("Минздрав Энской области Минтруд Энской области")] == ["external", "external"]


@pytest.mark.parametrize("cell", ["ГАУ ДПО Лесного края «Лесной институт образования»",
                                  "ГБОУ ДПО «Энский областной институт педагогического образования»"])
def test_an_institute_of_additional_professional_education_is_the_region_s_methodical_service(cell):
    assert _read(cell, "regional") == [(cell, "methodical_service", False)]
    assert _read(cell) == [(cell, "external", False)]  # a regional institute in a municipal plan (O18)


@pytest.mark.parametrize("cell", [
    "ГБУ Энской области «Центр психолого-педагогической, медицинской и социальной помощи»",
    "ГКУ «Лесной краевой центр психолого-педагогической и социальной поддержки»"])
def test_a_centre_of_psychological_and_pedagogical_help_is_the_system_s_own(cell):
    assert _read(cell, "regional") == [(cell, "other", False)]
    assert _read(cell) == [(cell, "other", False)]


@pytest.mark.parametrize("cell", [
    "ГБУ Энской области «Центр занятости населения»", "ГАУ «Лесной центр социальной помощи семье и детям»",
    "ФГБОУ ВО «Энский институт культуры»"])
def test_other_state_institutions_stay_outside(cell):
    assert _read(cell, "regional")[0][1] == "external"
