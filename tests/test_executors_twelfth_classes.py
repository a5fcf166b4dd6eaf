"""Executor classes the twelfth and eleventh other-regions sets (tests/gold/other_regions_twelfth/, _eleventh/) showed
broken, with examples of our own, read as a municipality no glossary file exists for: a plural post before a colon
over the institutions it heads (O58, O29); one territory's administration, then after a comma the settlements of
other administrations in the genitive plural (O76)."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in normalize(cell, UNSEEN, None, level).executors]


# -- a plural post, a colon, the institutions it heads -------------------------------------------------------------
def test_a_plural_post_before_a_colon_heads_each_institution_after_it():
    assert _read("Директора: ДШИ, ЦДТ, ДЮСШ № 2") == [
        ("директор ДШИ", "role"), ("директор ЦДТ", "role"), ("директор ДЮСШ № 2", "role")]


def test_the_post_list_after_a_body_keeps_the_body():
    assert _read("Отдел культуры, директора: ДШИ, ЦДТ") == [
        ("Отдел культуры", "authority"), ("директор ДШИ", "role"), ("директор ЦДТ", "role")]


def test_persons_after_the_colon_are_still_the_posts_holders():
    assert [kind for _, kind in _read("Руководители кружков: Иванова А.А. Петрова Б.Б.")] == ["role", "role"]


def test_a_post_of_one_institution_without_a_colon_is_one_role():
    assert [name for name, _ in _read("Директора школ, ДШИ")] == ["директора школ", "ДШИ"]  # R17: no comma undone


# -- one territory's administration, then other settlements' -------------------------------------------------------
@pytest.mark.parametrize("cell, second", [
    ("Администрация округа, сел", "администрации сел"),
    ("администрация города, сельских поселений", "администрации сельских поселений"),
    ("Администрация округа, деревень", "администрации деревень")])
def test_settlements_in_the_plural_after_a_comma_are_their_administrations(cell, second):
    found = _read(cell)
    assert [name.lower() for name, _ in found] == [cell.split(",")[0].lower(), second]
    assert {kind for _, kind in found} == {"authority"}


def test_two_settlement_lists_joined_by_and_are_one_administration_each():
    assert [name for name, _ in _read("Администрация района, поселков и сел")][1:] == [
        "администрации поселков", "администрации сел"]


@pytest.mark.parametrize("cell", ["Администрация района, города", "Администрация района, учреждений культуры"])
def test_a_singular_settlement_or_another_noun_stays_as_it_was_read(cell):
    assert len(_read(cell)) == 1
