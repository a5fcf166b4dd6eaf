"""Executor classes the fifth other-regions set (tests/gold/other_regions_fifth/) showed broken, with examples
of our own, read as a municipality no glossary file exists for (or at the level given)."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN, read

from normalizers.executors import normalize
from normalizers.executors.typing_slips import mend_stray_signs


# -- health bodies by their sector-wide short names and clipped words --------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("ЛПУ", [("лечебно-профилактические учреждения", "external")]),
    ("Отдел социальной защиты, ЛПУ района", [("Отдел социальной защиты", "authority"),
                                            ("лечебно-профилактические учреждения", "external")]),
    ("пол-ка № 4", [("поликлиника № 4", "external")]),
    # an adjective before a clipped noun names the body with it, not extra text
    ("Отдел образования, районные пол-ки", [("Отдел образования", "authority"), ("районные поликлиники", "external")]),
    ("Отдел культуры, сельские б-ки", [("Отдел культуры", "authority"), ("сельские библиотеки", "external")]),
])
def test_health_bodies_by_short_and_clipped_names(cell, expected):
    assert read(cell) == expected


def test_an_adjective_before_a_clipped_noun_is_no_extra_text():
    result = normalize("Управление культуры, городские пол-ки", UNSEEN)
    assert [e.name for e in result.executors] == ["Управление культуры", "городские поликлиники"]
    assert result.warnings == []


# -- a region named in short after a glued ministry ----------------------------------------------------------------
@pytest.mark.parametrize(("cell", "level", "expected"), [
    ("Минздрав Татарии", "regional", [("Минздрав Татарии", "authority")]),
    ("Минздрав Татарии", "municipal", [("Минздрав Татарии", "external")]),
    ("Минздрав Якутии, Отдел культуры", "regional", [("Минздрав Якутии", "authority"),
                                                     ("Отдел культуры", "authority")]),
    ("Минобразования Бурятии", "municipal", [("Минобразования Бурятии", "external")]),
])
def test_a_glued_ministry_of_a_region_named_in_short(cell, level, expected):
    assert [(e.name, e.kind) for e in normalize(cell, UNSEEN, None, level).executors] == expected


# -- slips of typing: stray signs inside words, words started and typed again ---------------------------------------
@pytest.mark.parametrize(("cell", "mended"), [
    ("Учите*ль физики", "Учитель физики"),
    ("Библиоте°карь", "Библиотекарь"),
    # left alone: a sign between words or after a capital
    ("отдел * сектор", "отдел * сектор"),
    ("Отдел | сектор", "Отдел | сектор"),
])
def test_stray_signs_inside_words_are_dropped(cell, mended):
    assert mend_stray_signs(cell) == mended


@pytest.mark.parametrize(("cell", "expected"), [
    ("Зам Заместитель главы, Специ°алист отдела", [("заместитель главы", "role"), ("специалисты отдела", "role")]),
    ("Пе Педагог-организатор", [("педагог-организатор", "role")]),
    ("Н Начальник отдела", [("начальник отдела", "role")]),
    ("Дир Директор, учителя", [("директор", "role"), ("учителя", "role")]),
])
def test_a_word_started_and_typed_again_names_nobody(cell, expected):
    result = normalize(cell, UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == expected
    assert result.warnings == []


@pytest.mark.parametrize(("cell", "count"), [
    ("П Петрова", 1),  # an initial before the surname: no false start
    ("Центр Центрального района", 1),  # longer than a false start
])
def test_what_is_no_false_start_stays(cell, count):
    assert len(normalize(cell, UNSEEN).executors) == count
