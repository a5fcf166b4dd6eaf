"""General executor rules for classes seen on unseen municipalities (issue 11): a position that governs the
instrumental written with genitive modifiers of its body, a group of people with a parenthesised gloss, a
numbered unit of a body outside education.

Cells are made-up examples of each class, read as a municipality without a glossary file. Each rule has cases
where it applies and cases where it must not.
"""

from __future__ import annotations

import pytest
from unseen_reading import read


# -- modifiers of the body after a position that governs the instrumental (genitive_bodies.case_of_the_modifiers) --
@pytest.mark.parametrize(("cell", "expected"), [
    # "заведующий" governs the instrumental, but plans write its body in the genitive as often
    ("заведующие подведомственных ДОУ", [("заведующие подведомственных дошкольных образовательных учреждений",
                                         "role")]),
    ("заведующие подведомственными ДОУ", [("заведующие подведомственными дошкольными образовательными учреждениями",
                                          "role")]),
    ("Заведующие сельских ДОУ, старшие воспитатели",
     [("заведующие сельских дошкольных образовательных учреждений", "role"), ("старшие воспитатели", "role")]),
    # plural-only modifiers make the body a group whatever number the abbreviated post is read in
    ("Зав. муниципальных ДОУ", [("заведующие муниципальных дошкольных образовательных учреждений", "role")]),
    # a singular modifier keeps one organisation
    ("заведующий муниципального ДОУ", [("заведующий муниципального дошкольного образовательного учреждения",
                                       "role")]),
])
def test_modifiers_in_the_genitive_or_the_governed_case_stay_with_the_role(cell, expected):
    """They used to be cut off as a role of their own ("заведующие подведомственных") with the body as a
    second executor."""
    assert read(cell) == expected


def test_modifiers_in_the_instrumental_do_not_join_a_position_that_governs_the_genitive():
    """"руководители" governs the genitive only: an instrumental adjective after it does not describe its
    body, so the role is not composed with the group."""
    got = read("руководители подведомственными ДОУ")
    assert ("руководители подведомственными дошкольными образовательными учреждениями", "role") not in got
    assert got[-1] == ("дошкольные образовательные учреждения", "preschools")
