"""Executor classes the seventeenth other-regions set (tests/gold/other_regions_seventeenth/, session 40's blind set)
showed broken, with examples of our own, read as a municipality no glossary file exists for: the letters of two
fields joined by their own "и" ("ФКиС": физическая культура и спорт) after a list opened by "по" stay in the
department's name, as "делам ГО, ЧС" does; the federal education ministry's short name of 1996-2004
("Минобразование России") is that ministry, also when a line break the source lost runs it into the next
ministry's short name; the same glued word before a region ("Минобразование Энской области", the nominative the
regions' ministries write as their short name) is the region's ministry, as "Минобразования …" already was; a glued
ministry the glossary does not hold before the country's name ("Минсельхоз России") is spelt out as a region's is,
the plan's own level in a federal plan (O39), not a name kept whole and read as an outside body."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, level).executors]


@pytest.mark.parametrize("cell, name", [
    ("Комитет по культуре, ФКиС", "Комитет по культуре, ФКиС"),
    ("Сектор по вопросам туризма, ФКиС администрации округа", "Сектор по вопросам туризма, ФКиС"),  # R4
    ("Управление по делам искусства, ФКиС и туризма", "Управление по делам искусства, ФКиС и туризма"),
    ("Отдел по вопросам защиты, ГОиЧС", "Отдел по вопросам защиты, ГОиЧС")])
def test_joined_field_letters_after_an_open_list_stay_in_the_name(cell, name):
    assert _read(cell) == [(name, "authority", False)]


def test_a_body_after_the_joined_field_letters_is_still_its_own():
    assert _read("Комитет по культуре, ФКиС, ЕДДС") == [
        ("Комитет по культуре, ФКиС", "authority", False), ("единая дежурно-диспетчерская служба", "external", False)]


@pytest.mark.parametrize("cell", ["Сектор по делам туризма и культуры, КДНиЗП", "Комитет культуры, ФКиС"])
def test_no_open_list_or_a_body_after_the_comma_splits(cell):
    # the list after "по" closed with its own "и", or no "по" at all, or letters that name a body (a commission)
    assert len(_read(cell)) == 2


@pytest.mark.parametrize("cell, level, kind", [("Минобразование России", "federal", "authority"),
                                               ("Минобразования РФ", "federal", "authority"),
                                               ("Минобразование России", "municipal", "external")])
def test_the_education_ministrys_old_short_name(cell, level, kind):
    assert _read(cell, level) == [("Министерство образования Российской Федерации", kind, False)]


def test_ministries_run_together_by_a_lost_line_break_are_two():
    assert _read("Минздрав России Минобразование России", "federal") == [
        ("Министерство здравоохранения Российской Федерации", "authority", False),
        ("Министерство образования Российской Федерации", "authority", False)]


@pytest.mark.parametrize("cell, name", [("Минобразование Энской области", "Минобразование Энской области"),
                                        ("Минобразование Республики Ирий", "Минобразование Республики Ирий"),
                                        ("Минобразование ЭО", "Минобразование ЭО")])
def test_the_glued_education_ministry_before_a_region_is_the_regions(cell, name):
    assert _read(cell, "regional") == [(name, "authority", False)]
    assert _read(cell) == [(name, "external", False)]


@pytest.mark.parametrize("cell, name", [("Минсельхоз России", "Министерство сельского хозяйства России"),
                                        ("Минсоцразвития России", "Министерство социального развития России")])
def test_a_glued_ministry_before_the_country_is_federal(cell, name):
    assert _read(cell, "federal") == [(name, "authority", False)]
    assert _read(cell, "regional") == [(name, "external", False)]
