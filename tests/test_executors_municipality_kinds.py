"""The letters of a municipality's kind after an administration or its head are spelt out in the name
(normalizers/executors/municipality_kinds.py); made-up cells, read as an unseen municipality."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize
from normalizers.executors.municipality_kinds import spell_municipality_kind


@pytest.mark.parametrize(("cell", "name", "kind"), [
    ("администрация МР", "администрация муниципального района", "authority"),
    ("Администрация СП", "Администрация сельского поселения", "authority"),
    ("глава МО", "глава муниципального образования", "role"),
])
def test_kind_letters_after_an_administration_are_spelt_out(cell, name, kind):
    (executor,) = normalize(cell, UNSEEN).executors
    assert (executor.name, executor.kind, executor.mention) == (name, kind, cell)


def test_one_name_however_the_plan_writes_it():
    short = normalize("Отдел спорта, администрация ГО", UNSEEN).executors
    spelt = normalize("Отдел спорта, администрация городского округа", UNSEEN).executors
    assert [e.name for e in short] == [e.name for e in spelt]
    assert short[1].mention == "администрация ГО"


@pytest.mark.parametrize("name", [
    "руководители МО",  # a methodical association, not a municipality
    "ответственный за ГО и ЧС",  # civil defence
    "администрация МОУ «Лицей № 3»",  # a school's legal form, not a municipality
])
def test_letters_elsewhere_stay_as_written(name):
    assert spell_municipality_kind(name) == name


def test_two_kinds_in_a_row_are_both_spelt():
    assert (spell_municipality_kind("Администрация МО ГО «Северный»")
            == "Администрация муниципального образования городского округа «Северный»")
