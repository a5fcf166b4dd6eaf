""""и др.", "и т. д." closing the words of a name no glossary knows name nobody (gap_bounds._list_closed_at; issue
11): the name ends before them, as after a known name. Cells are made up."""

from __future__ import annotations

import pytest
from unseen_reading import read


@pytest.mark.parametrize(("cell", "expected"), [
    ("Сектор спорта, школы и др.", [("Сектор спорта", "authority"), ("школы", "schools")]),
    ("музеи и т. д.", [("музеи", "external")]),
    ("учреждения спорта и пр.", [("учреждения спорта", "external")]),
])
def test_the_closer_is_no_part_of_the_name(cell, expected):
    assert read(cell) == expected


def test_other_bodies_named_after_and_stay():
    assert read("музеи и другие учреждения") == [("музеи", "external"), ("другие учреждения", "external")]
