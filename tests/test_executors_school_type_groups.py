"""School types in the plural name a group of schools, as "школы" does (kind_rules, executor_cues.yaml; issue 11);
one of them is `school`. Cells are made up."""

from __future__ import annotations

import pytest
from unseen_reading import kinds


@pytest.mark.parametrize(("cell", "expected"), [
    ("гимназии", ["schools"]),
    ("Лицеи, школы района", ["schools", "schools"]),
    ("Лицей № 7", ["school"]),
])
def test_school_types(cell, expected):
    assert kinds(cell) == expected
