"""Executor classes of issue 11 that session 47 noticed and left (the second lot), with cells of our own, read as a
municipality no glossary file exists for."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import mine_glossary, normalize


def _read(cell: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in normalize(cell, UNSEEN).executors]


# -- a plural post over institutions each with its own legal form: one role per institution (R12) ---
@pytest.mark.parametrize(("cell", "names"), [
    ("Учителя МБОУ «Лесная СОШ» и МАОУ «Гимназия № 3»", ["учителя МБОУ «Лесная СОШ»", "учителя МАОУ «Гимназия № 3»"]),
    ("Педагоги МБОУ «Школа № 4», МКОУ «Ключевская ООШ»",
     ["педагоги МБОУ «Школа № 4»", "педагоги МКОУ «Ключевская ООШ»"]),
    ("Директора МБОУ «СОШ № 1», МАОУ «Лицей № 2» и МКОУ «ООШ № 5»",
     ["директора МБОУ «СОШ № 1»", "директора МАОУ «Лицей № 2»", "директора МКОУ «ООШ № 5»"]),
    ("Воспитатели МБДОУ «Детский сад «Ромашка»» и МАДОУ «Детский сад № 7»",
     ["воспитатели МБДОУ «Детский сад «Ромашка»»", "воспитатели МАДОУ «Детский сад № 7»"]),
    ('Учителя МБОУ "СОШ № 1" и МАОУ "Лицей № 2"', ["учителя МБОУ «СОШ № 1»", "учителя МАОУ «Лицей № 2»"]),
    ("Учителя МБОУ «СОШ № 1», МАОУ ДО «Дом творчества»",
     ["учителя МБОУ «СОШ № 1»", "учителя МАОУ ДО «Дом творчества»"]),
])
def test_a_plural_post_over_institutions_with_their_own_forms(cell, names):
    read = _read(cell)
    assert [name for name, _ in read] == names
    assert {kind for _, kind in read} == {"role"}


def test_a_body_after_the_institutions_stays_a_body():
    read = _read("Руководители МБОУ «СОШ № 1», МАОУ «Лицей № 2», управление образования")
    assert [kind for _, kind in read] == ["role", "role", "authority"]


def test_a_post_held_by_one_person_leaves_the_next_institution_alone():
    read = _read("Директор МБОУ «СОШ № 1», МАОУ «Лицей № 2»")
    assert read[0] == ("директор МБОУ «СОШ № 1»", "role")
    assert read[1][1] == "school"


# -- definitions in a plan's title: a state legal form before the quoted name, a participle clause after its noun ---
@pytest.mark.parametrize(("title", "short", "want"), [
    ("План мероприятий ГАУ ДПО «Энский институт развития образования» (далее – ИРО) на 2026 год", "ИРО",
     "ГАУ ДПО «Энский институт развития образования»"),
    ("Дорожная карта ГБУ ДПО «Центр непрерывного повышения мастерства» (далее – ЦНППМ)", "ЦНППМ",
     "ГБУ ДПО «Центр непрерывного повышения мастерства»"),
    ("Совместно с ГАОУ ДПО «Институт повышения квалификации работников образования» (далее – ИПК)", "ИПК",
     "ГАОУ ДПО «Институт повышения квалификации работников образования»"),
])
def test_a_state_legal_form_stays_in_a_defined_name(title, short, want):
    assert mine_glossary(title)[short] == want


def test_a_defined_regional_institute_is_external():
    glossary = mine_glossary("План ГБУ ДПО «Центр оценки качества образования» (далее – ЦОКО) на 2026 год")
    assert [(e.name, e.kind) for e in normalize("ЦОКО", UNSEEN, glossary).executors] == [
        ("ГБУ ДПО «Центр оценки качества образования»", "external")]


@pytest.mark.parametrize(("title", "short", "want"), [
    ("Учреждения, подведомственные отделу образования (далее – ПУ), обеспечивают", "ПУ",
     "учреждения, подведомственные отделу образования"),
    ("Приказ. Школы, подведомственные управлению образованием (далее – подведомственные школы)",
     "подведомственные школы", "школы, подведомственные управлению образованием"),
    ("План работы. Организации, находящиеся в ведении комитета (далее – подведомственные организации)",
     "подведомственные организации", "организации, находящиеся в ведении комитета"),
    ("план для организаций, находящихся в ведении отдела образования (далее – ПО)", "ПО",
     "организации, находящиеся в ведении отдела образования"),
])
def test_a_participle_clause_defines_the_group_before_it(title, short, want):
    assert mine_glossary(title)[short] == want


# -- a settlement's kind cut short ("д.", "пгт", "ст.", "х.", "рп") or spelt out, then its name: part of the role ---
@pytest.mark.parametrize(("cell", "name"), [
    ("Глава администрации д. Берёзовка", "глава администрации д. Берёзовка"),
    ("Глава администрации пгт Сосновый", "глава администрации пгт Сосновый"),
    ("Староста пгт. Луговой", "староста пгт. Луговой"),
    ("Специалисты администрации ст. Луговская", "специалисты администрации ст. Луговская"),
    ("Учителя школы х. Зелёный", "учителя школы х. Зелёный"),
    ("Глава администрации рп Озёрный", "глава администрации рп Озёрный"),
    ("Глава администрации аула Кунчук", "глава администрации аула Кунчук"),
    ("Директор школы деревни Берёзовка", "директор школы деревни Берёзовка"),
])
def test_a_settlement_after_a_role_stays_in_it(cell, name):
    assert _read(cell) == [(name, "role")]


def test_a_holder_after_a_dotted_settlement_is_dropped_not_read_as_the_place():
    assert [kind for _, kind in _read("Администрация д. Берёзовки П.Р. Сидоров")] == ["authority", "role"]
    assert _read("Администрация д. Берёзовки П.Р. Сидоров")[0][0] == "Администрация д. Берёзовки"


# -- one kindergarten singled out by its number or its own name is one named institution, kind school ---
@pytest.mark.parametrize("cell", ["МБДОУ «Детский сад № 12»", "МАДОУ «Колокольчик»", "Детский сад № 8",
                                  "МКДОУ «Детский сад № 2 «Звёздочка»»", "ДОУ № 6"])
def test_one_named_kindergarten_is_kind_school(cell):
    assert [kind for _, kind in _read(cell)] == ["school"]


def test_each_numbered_kindergarten_is_kind_school_and_the_group_stays_preschools():
    assert [kind for _, kind in _read("МБДОУ № 11, 12")] == ["school", "school"]
    assert [kind for _, kind in _read("МБДОУ «Детский сад № 4», ДОУ района")] == ["school", "preschools"]
    assert [kind for _, kind in _read("Заведующие ДОУ, ДОО")] == ["role", "preschools"]
