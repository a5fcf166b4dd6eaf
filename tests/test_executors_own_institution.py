"""The plan of one institution (O60, O74): its level read from the plan's title or the document's issuer,
and roles over the plan's own kind of institution in the singular. Made-up cells and titles."""

from __future__ import annotations

import pytest

from normalizers.executors import level_of_title, normalize_strict

SCHOOL = "МБОУ «СОШ № 7» (вымышленная)"


def _read(raw: str, level: str | None) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in normalize_strict(raw, SCHOOL, None, level).executors]


@pytest.mark.parametrize("title", [
    "План работы МБОУ «СОШ № 12» на 2025-2026 учебный год",
    "План мероприятий школы по профилактике детского травматизма",
    "План воспитательной работы гимназии на 2025 год",
    "Годовой план работы ДОУ",
    "План работы МКДОУ детский сад № 8 «Солнышко»",
    "Дорожная карта по введению обновлённых ФГОС в МАОУ «Лицей № 3»",
    "План работы детского сада № 14 на летний период",
    "План мероприятий МБОУ СОШ № 2, посвящённых Дню учителя",
])
def test_a_title_naming_one_institution_reads_as_its_plan(title):
    assert level_of_title(title) == "institution"


@pytest.mark.parametrize("title", [
    "План работы отдела образования на 2025 год",
    "Дорожная карта управления образования по подготовке к ГИА",
    "План мероприятий по подготовке к ГИА",
    "План мероприятий по организации питания обучающихся МОУ на 2025 год",  # a legal form without a name
    "Мероприятия по подготовке к зиме (котельные в МБОУ)",
    "План работы школ района на 2025 год",  # a plural
    "План работы школы молодого педагога",  # a noun with a qualifier of its own: a district's programme
    "План работы учреждений культуры района",
    "План работы МБУК «Районная библиотека» на май",  # an institution, not an educational one
    "",
    None,
])
def test_a_title_naming_no_one_institution_says_nothing(title):
    assert level_of_title(title) is None


def test_the_issuer_of_the_document_names_its_plan_when_the_title_does_not():
    title = "План мероприятий к празднованию Дня города"
    assert level_of_title(title, "МБДОУ «Детский сад № 5 «Ёлочка»»") == "institution"
    assert level_of_title(title, "Управление образования администрации города") is None
    assert level_of_title(title, None) is None


@pytest.mark.parametrize(("raw", "want"), [
    ("Администрация ОУ", [("администрация образовательного учреждения", "role")]),
    ("Воспитатели, специалисты ДОУ", [("воспитатели", "role"),
                                      ("специалисты дошкольного образовательного учреждения", "role")]),
    ("Педагоги ОО", [("педагоги образовательной организации", "role")]),
    ("Администрация, учителя-предметники", [("администрация", "role"), ("учителя-предметники", "role")]),
    ("Администрация", [("администрация", "role")]),
])
def test_roles_over_the_plans_own_kind_of_institution_are_singular(raw, want):
    assert _read(raw, "institution") == want


@pytest.mark.parametrize("raw", ["Администрация ОУ", "Педагоги ДОУ", "Специалисты ОО, родители", "Администрация"])
def test_nothing_changes_at_the_other_levels(raw):
    municipal = _read(raw, "municipal")
    assert municipal == _read(raw, None)
    assert _read(raw, "institution") != municipal


@pytest.mark.parametrize("raw", ["Учителя школ", "Педагоги ОУ района", "Педагоги всех ДОУ"])
def test_a_group_written_out_or_of_a_territory_keeps_its_number_in_an_institutions_plan(raw):
    assert _read(raw, "institution") == _read(raw, "municipal")


def test_bodies_read_in_an_institutions_plan_as_in_a_municipal_one():
    raw = "Управление образования администрации района, ОГИБДД (по согласованию)"
    assert _read(raw, "institution") == _read(raw, "municipal")
