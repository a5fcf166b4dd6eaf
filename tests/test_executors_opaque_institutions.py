"""A state institution named by its form and letters nobody defines is `other` + unknown_executor in a plan of its
own level, `external` in a plan below it (opaque_institutions.py; O41, O40). Cells are made up."""

from __future__ import annotations

import pytest

from normalizers.executors import normalize
from normalizers.outcomes import Code


def _read(cell: str, level: str) -> tuple[list[tuple[str, str]], list]:
    result = normalize(cell, None, None, level)
    return [(e.name, e.kind) for e in result.executors], result.warnings


@pytest.mark.parametrize(("cell", "level"), [
    ('ГКУ "ОСПТЛ"', "regional"),
    ("ГАУ ЦМОКР", "regional"),
    ("ФГБУ «НИЦПБ»", "federal"),
])
def test_letters_of_the_plans_own_level_say_nothing(cell, level):
    executors, warnings = _read(cell, level)
    assert [kind for _, kind in executors] == ["other"]
    assert Code.UNKNOWN_EXECUTOR in warnings


@pytest.mark.parametrize(("cell", "level"), [
    ('ГКУ "ОСПТЛ"', "municipal"),  # the region's institution in a district's plan: a higher level
    ("ФГБУ «НИЦПБ»", "regional"),
    ("ГБУЗ «ОКДБ»", "regional"),  # the form names the field: health
    ("ООО «ТРЭКС»", "regional"),  # a company
    ("ГКУ ЦЗН", "regional"),  # letters the common glossary knows
])
def test_other_institutions_keep_their_reading(cell, level):
    executors, _ = _read(cell, level)
    assert [kind for _, kind in executors] == ["external"]


def test_the_warning_is_added_once_to_a_cell_with_more_unknowns():
    executors, warnings = _read("ГКУ «ОСПТЛ», ЗХЦ", "regional")
    assert [kind for _, kind in executors] == ["other", "other"]
    assert warnings.count(Code.UNKNOWN_EXECUTOR) == 1
