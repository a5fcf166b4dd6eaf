"""Common adjectives before a known body's letters (adjective_abbreviations.py; issue 11): the body spelt out in
the adjectives' number and of its kind, where it used to stay as written or, for a group, come out unknown. Cells
are made up, read as a municipality without a glossary file."""

from __future__ import annotations

import pytest
from unseen_reading import read

from normalizers.executors import normalize
from normalizers.outcomes import Code


@pytest.mark.parametrize(("cell", "expected"), [
    ("поселковые ДК", ("поселковые дома культуры", "external")),
    ("городские ОУ", ("городские образовательные учреждения", "schools")),
    ("Сельские ДОО", ("сельские дошкольные образовательные организации", "preschools")),
    ("частные ДОО", ("частные дошкольные образовательные организации", "preschools")),
])
def test_the_body_is_spelt_out_in_the_adjectives_number(cell, expected):
    name, kind = read(cell)[0]
    assert (name.lower(), kind) == expected


def test_a_group_after_an_adjective_is_no_unknown_name():
    assert Code.UNKNOWN_EXECUTOR not in normalize("городские ОО", "nowhere-town").warnings


def test_letters_no_glossary_knows_stay_as_written():
    assert read("районные ЖКС") == [("районные ЖКС", "other")]


def test_a_capitalised_adjective_opening_a_list_agrees_too():
    """place_abbreviations reads a capitalised "-ские" first: the body spelt out takes its number as well."""
    assert [(n.lower(), k) for n, k in read("Городские ДК, музеи")] == [("городские дома культуры", "external"),
                                                                        ("музеи", "external")]
    assert read("Заречный РДК") == [("Заречный районный дом культуры", "external")]
