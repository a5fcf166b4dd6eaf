"""A role over a group and the letters after it (roles_over_groups.py; issue 11): "и" and a body's letters after a
role with its organisation names the same post there; a group's letters right after a role with no organisation
of its own are that role's organisation. Cells are made up, read as a municipality without a glossary file."""

from __future__ import annotations

import pytest
from unseen_reading import read


@pytest.mark.parametrize(("cell", "expected"), [
    ("Заведующие ДОО и ОО", [("заведующие дошкольными образовательными организациями", "role"),
                             ("заведующие образовательными организациями", "role")]),
    ("Методисты ОУ и ДОУ", [("методисты образовательных учреждений", "role"),
                            ("методисты дошкольных образовательных учреждений", "role")]),
    ("Председатели садоводческих товариществ и ТСЖ", [("председатели садоводческих товариществ", "role"),
                                                      ("председатели товариществ собственников жилья", "role")]),
    ("Заместители директоров ОО и ДОО", [("заместители директоров образовательных организаций", "role"),
                                         ("заместители директоров дошкольных образовательных организаций", "role")]),
])
def test_the_post_is_shared_over_and(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("Учителя географии ОУ", [("учителя географии образовательных учреждений", "role")]),
    ("Учителя химии ОО города", [("учителя химии образовательных организаций города", "role")]),
    ("Музыкальные руководители ДОО", [("музыкальные руководители дошкольных образовательных организаций", "role")]),
])
def test_a_group_right_after_a_role_is_its_organisation(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    # a comma lists a group after the role (O62)
    ("Методисты ОУ, ДОУ", [("методисты образовательных учреждений", "role"),
                           ("дошкольные образовательные учреждения", "preschools")]),
    # a person is no role over a group
    ("Петрова В.К. ДОО", [("Петрова В.К.", "role"), ("дошкольные образовательные организации", "preschools")]),
    # a methodical association after "и" acts as a body beside the role
    ("Инспекторы школ и ГМО", [("инспекторы школ", "role"), ("городские методические объединения",
                                                             "methodical_service")]),
    # a full name after "и" is a body of its own
    ("Методисты ОУ и Управление образования", [("методисты образовательных учреждений", "role"),
                                               ("Управление образования", "authority")]),
])
def test_left_alone(cell, expected):
    assert read(cell) == expected
