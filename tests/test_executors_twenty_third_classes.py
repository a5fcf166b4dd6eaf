"""Executor classes the twenty-third other-regions set (tests/gold/other_regions_twenty_third/, session 45's blind
set) showed broken, with examples of our own, read as a municipality no glossary file exists for:
- in one institution's own plan whose title defines the abbreviation as that institution's full name ("План работы
  … «Детский сад № 7» (далее – ДОУ)"), a role over the abbreviation names the kind of institution in the singular,
  as the spec names "Педагоги ДОУ" in such a plan, not the defined full name."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize
from normalizers.executors.mining import mine_glossary


def _read(cell: str, title: str | None = None, level: str = "municipal") -> list[tuple[str, str, bool]]:
    glossary = mine_glossary(title) if title else None
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, glossary or None, level).executors]


_KINDERGARTEN = ("Годовой план работы муниципального автономного дошкольного образовательного учреждения "
                 "«Детский сад № 14 «Ласточка»» (далее – ДОУ) на 2027-2028 учебный год")
_SCHOOL = ("План работы муниципального бюджетного общеобразовательного учреждения «Гимназия № 2» (далее – ОУ) "
           "на 2026/2027 учебный год")


@pytest.mark.parametrize(("cell", "title", "role"), [
    ("Воспитатели ДОУ", _KINDERGARTEN, "воспитатели дошкольного образовательного учреждения"),
    ("Заведующий ДОУ Смирнова А.А.", _KINDERGARTEN, "заведующий дошкольным образовательным учреждением"),
    ("Специалисты ДОУ", _KINDERGARTEN, "специалисты дошкольного образовательного учреждения"),
    ("Учителя ОУ", _SCHOOL, "учителя образовательного учреждения"),
    ("Директор ОУ", _SCHOOL, "директор образовательного учреждения"),
])
def test_a_role_over_the_plans_own_institution_its_title_defines_names_its_kind(cell, title, role):
    assert _read(cell, title, "institution") == [(role, "role", False)]


def test_outside_an_institutions_plan_a_defined_institution_keeps_its_name():
    assert "«Гимназия № 2»" in _read("Учителя ОУ", _SCHOOL)[0][0]
