"""Heads of methodical associations (role_number.py; issue 11): a head written singular over an association's
letters leads one association, as "директор ОО" heads one school (R12); "МО" after "руководители" is the schools'
methodical associations, where after other posts it may be a municipality. Cells are made up."""

from __future__ import annotations

import pytest
from unseen_reading import read


@pytest.mark.parametrize(("cell", "expected"), [
    ("Руководитель ШМО", "руководитель школьного методического объединения"),
    ("Рук. ШМО", "руководитель школьного методического объединения"),
    ("Руководители ШМО", "руководители школьных методических объединений"),
    ("Руководитель ШМО учителей истории", "руководитель школьного методического объединения учителей истории"),
])
def test_one_head_leads_one_association(cell, expected):
    assert read(cell) == [(expected, "role")]


@pytest.mark.parametrize(("cell", "expected"), [
    ("Руководители МО", [("руководители методических объединений", "role")]),
    ("Руководитель МО, социальный педагог", [("руководитель методического объединения", "role"),
                                             ("социальный педагог", "role")]),
])
def test_mo_after_a_head_is_a_methodical_association(cell, expected):
    assert read(cell) == expected


def test_mo_after_other_posts_is_left_as_it_was():
    assert read("Глава МО") == [("глава муниципального образования", "role")]
    assert read("Специалисты МО") == [("специалисты МО", "role")]
