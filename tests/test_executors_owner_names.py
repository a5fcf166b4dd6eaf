"""A known body of government with the administration it belongs to, named by its place, keeps the owner in its
name (owner_names.py; issue 11); a generic owner, a municipal formula of letters and an owner after a comma stay a
qualifier. Cells are made up, read as a municipality without a glossary file."""

from __future__ import annotations

import pytest
from unseen_reading import read


@pytest.mark.parametrize(("cell", "expected"), [
    # one executor with its owner, named without it (R4: municipal_qualifiers.py)
    ("Управление образования администрации Заозёрного района", [("Управление образования", "authority")]),
    ("Управление образования администрации г. Энска, КДН",
     [("Управление образования", "authority"), ("комиссия по делам несовершеннолетних и защите их прав", "external")]),
    ("Управление образования администрации города Энска Кротова Л.Д.",
     [("Управление образования", "authority"), ("Кротова Л.Д.", "role")]),
])
def test_an_owner_named_by_its_place_is_one_executor_with_the_body(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize("cell", [
    "Управление образования администрации района",
    "Управление образования администрации МО ГО «Энский»",
    "Управление образования, администрации города Энска",
])
def test_other_owners_stay_a_qualifier(cell):
    assert read(cell) == [("Управление образования", "authority")]
