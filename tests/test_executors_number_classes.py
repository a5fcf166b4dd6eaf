"""The number a post or an institution is named in, and the one institution a plan's title defines (session 46,
issue 11). Made-up cells and titles."""

from __future__ import annotations

import pytest

from normalizers.executors import normalize_strict

TOWN = "Вымышленский муниципальный округ"


def _names(raw: str, level: str | None = "municipal", glossary: dict[str, str] | None = None) -> list[str]:
    return [e.name for e in normalize_strict(raw, TOWN, glossary, level).executors]


@pytest.mark.parametrize(("raw", "want"), [
    ("Старший воспитатель ДОУ", "старший воспитатель дошкольного образовательного учреждения"),
    ("Ст. воспитатель МДОУ", "старший воспитатель"),
    ("Старшая вожатая ОО", "старшая вожатая образовательной организации"),
    ("Главный бухгалтер управления образования", "главный бухгалтер управления образования"),
    ("Гл. бухгалтер УО", "главный бухгалтер управления образования"),
    ("Старшая медсестра ДОУ", "старшая медсестра дошкольного образовательного учреждения"),
])
def test_a_post_one_person_holds_in_each_body_keeps_its_singular(raw, want):
    (name,) = _names(raw)
    assert name.startswith(want)


@pytest.mark.parametrize(("raw", "want"), [
    ("Старшие воспитатели ДОУ", "старшие воспитатели дошкольных образовательных учреждений"),
    ("Главный специалист УО", "главные специалисты управления образования"),  # a grade: many hold it
    ("Старший методист ИМЦ", "старшие методисты"),
    ("Ведущий специалист УО", "ведущие специалисты управления образования"),
    ("Воспитатель ДОУ", "воспитатели дошкольных образовательных учреждений"),  # staff, a category
])
def test_a_graded_or_plural_post_stays_a_category(raw, want):
    (name,) = _names(raw)
    assert name.startswith(want)
