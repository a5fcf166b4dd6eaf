"""Executor classes the fourth other-regions set (tests/gold/other_regions_fourth/) showed broken, with examples
of our own, read as a municipality no glossary file exists for."""

from __future__ import annotations

import pytest
from unseen_reading import read


# -- posts of museums, libraries, houses of culture and forestries; students -----------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Хранитель музейных предметов Сидорова О.П.", [("хранитель музейных предметов", "role")]),
    ("Заведующий музеем Иванов П.П., хранитель Петрова А.А.", [("заведующий музеем", "role"), ("хранитель", "role")]),
    ("Экскурсоводы", [("экскурсоводы", "role")]),
    ("Хормейстер Кузнецова Л.М.", [("хормейстер", "role")]),
    ("Отдел сельского хозяйства администрации, лесничие", [("Отдел сельского хозяйства администрации", "authority"),
                                                           ("лесничие", "role")]),
    ("Преподаватели, студенты 2 курса", [("преподаватели", "role"), ("студенты 2 курса", "role")]),
])
def test_culture_and_forestry_posts_and_students_are_roles(cell, expected):
    assert read(cell) == expected


def test_a_single_post_of_a_house_of_culture_stays_singular_before_its_body():
    assert read("Режиссёр РДК Савина Т.Т.") == [("режиссёр районного дома культуры", "role")]
