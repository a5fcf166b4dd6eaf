"""Executor classes the thirteenth other-regions set (tests/gold/other_regions_thirteenth/) showed broken, with
examples of our own, read as a municipality no glossary file exists for: a municipal health institution's legal form
("МУЗ", "МБУЗ") opens a body's name as the state ones do; legal forms, then a place and a known body's letters are one
body ("МУЗ Кимовская ЦРБ"); a place of two parts joined by a hyphen ("Усть-Кутская ЦРБ") is one place (O40)."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, level).executors]


@pytest.mark.parametrize("cell, name", [
    ("МУЗ ЦРБ", "МУЗ «Центральная районная больница»"),
    ("МБУЗ Лебяжинская ЦРБ", "МБУЗ «Лебяжинская центральная районная больница»"),
    ("ГБУЗ Сосновская ЦРБ", "ГБУЗ «Сосновская центральная районная больница»"),
    ("МБУК Озёрский РДК", "МБУК «Озёрский районный дом культуры»"),
])
def test_legal_forms_before_a_place_and_a_known_body_are_one_body(cell, name):
    assert _read(cell) == [(name, "external", False)]


@pytest.mark.parametrize("cell, name", [
    ("Усть-Ручьёвская ЦРБ", "Усть-Ручьёвская центральная районная больница"),
    ("Ново-Липовская ЦРБ", "Ново-Липовская центральная районная больница"),
    ("МУЗ Верхне-Озёрская ЦРБ", "МУЗ «Верхне-Озёрская центральная районная больница»"),
])
def test_a_place_of_two_parts_joined_by_a_hyphen_is_one_place(cell, name):
    assert _read(cell) == [(name, "external", False)]


def test_the_body_keeps_its_agreement_and_the_bodies_around_it():
    assert _read("Отдел культуры, МУЗ Сосновская ЦРБ (по согласованию)") == [
        ("Отдел культуры", "authority", False), ("МУЗ «Сосновская центральная районная больница»", "external", True)]


def test_a_body_noun_before_a_place_is_no_first_part_of_it():
    assert [name for name, _, _ in _read("Администрация, Сосновская ЦРБ")] == [
        "Администрация", "Сосновская центральная районная больница"]
