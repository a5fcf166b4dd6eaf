"""Executor rules of the fifth pass (issue 11): what generalises to municipalities nobody has read.

Cells are our own examples of each class, read as a municipality without a glossary file.
"""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import mine_glossary, normalize
from pipeline.normalize.glossary import document_glossary
from pipeline.structure.model import OrderMeta, Plan, RawMeasure, StructuredDocument


def _names(cell: str, definitions: dict[str, str] | None = None) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in normalize(cell, UNSEEN, definitions).executors]


@pytest.mark.parametrize(("cell", "expected"), [
    ("ИвановаА.А., ПетроваБ.Б.", [("ИвановаА.А.", "role"), ("ПетроваБ.Б.", "role")]),
    ("Учитель физкультуры Смирнов", [("учитель физкультуры", "role")]),
    ("Зам. зав. по ВМР", [("заместитель заведующего по ВМР", "role")]),
    ("ФБУЗ \"Центр гигиены и эпидемиологии\"", [("ФБУЗ «Центр гигиены и эпидемиологии»", "external")]),
    ("ОПДН", [("ОПДН", "external")]),
    ("НГТУ, ОмГУ", [("НГТУ", "external"), ("ОмГУ", "external")]),
    ("ГорОО", [("городской отдел образования", "authority")]),
    # in a municipal plan a region's ministries are of a higher level: external (O16)
    ("Минтруд НСО, Минобразования НСО", [("Минтруд НСО", "external"),
                                         ("Минобразования НСО", "external")]),
    ("Заместитель министра", [("заместитель министра", "role")]),
    ("Исполняющий обязанности директора", [("исполняющий обязанности директора", "role")]),
    ("Отдел образования с привлечением ГИБДД", [("Отдел образования", "authority"), ("ГИБДД", "external")]),
    ("МДОУ «Детский сад № 3»", [("МДОУ «Детский сад № 3»", "school")]),  # one named kindergarten
    ("Муниципальное казенное учреждение «Центр обеспечения деятельности образовательных учреждений»",
     [("Муниципальное казенное учреждение «Центр обеспечения деятельности образовательных учреждений»", "other")]),
    ("Муз. руководитель, Тренер-преподаватель", [("музыкальный руководитель", "role"),
                                                ("тренер-преподаватель", "role")]),
    ("Педагог дополнительного образования", [("педагог дополнительного образования", "role")]),
    ("ДО, ОО", [("ДО", "other"), ("образовательные организации", "schools")]),
    ("УО и МП, ОО", [("Управление образования и молодежной политики", "authority"),
                     ("образовательные организации", "schools")]),
    ("ОО и ДОО", [("образовательные организации", "schools"),
                  ("дошкольные образовательные организации", "preschools")]),
    ("ОО, МБОУ ДПО\nМЦ", [("образовательные организации", "schools"), ("МБОУ ДПО МЦ", "methodical_service")]),
    ("МБОУ\n«Школа – интернат № 9»", [("МБОУ «Школа-интернат № 9»", "school")]),
    ("Отдел образования, администрации сельских поселений",
     [("Отдел образования", "authority"), ("администрации сельских поселений", "authority")]),
])
def test_unseen_cells_read_by_shape_and_vocabulary(cell, expected):
    assert _names(cell) == expected


def test_an_abbreviation_defined_with_oo_is_also_read_in_its_ou_spelling():
    definitions = {"ОбОО": "подведомственные муниципальные образовательные организации"}
    assert _names("Департамент образования, ОБОУ", definitions)[1] == (
        "подведомственные муниципальные образовательные организации", "schools")


@pytest.mark.parametrize(("text", "short"), [
    ("Департаменту образования (далее также – Департамент) обеспечить", "Департамент"),
    ("отделу образования (далее именуемый – Отдел) поручить", "Отдел"),
    ("Управление образования, далее – УО, обеспечивает", "УО"),
])
def test_definitions_in_their_written_variants(text, short):
    assert list(mine_glossary(text)) == [short]


def test_a_deadline_continued_by_dalee_defines_nothing():
    assert mine_glossary("Сентябрь 2021 г., далее - ежегодно; декабрь 2021, далее – ЕЖЕГОДНО.") == {}


def test_definitions_are_collected_from_every_cell_of_the_document():
    measure = RawMeasure(number="1", name="Мониторинг",
                         cells={"executors": "Департамент образования (далее - ДО)", "result": "отчёт"})
    later = RawMeasure(number="2", name="Совещание", cells={"executors": "ДО, руководители ОО"})
    doc = StructuredDocument(meta=OrderMeta(), plans=[Plan(seq=1, title="План", measures=[measure, later])],
                             paragraphs=[])
    glossary = document_glossary(doc)
    assert glossary == {"ДО": "Департамент образования"}
    assert _names("ДО, руководители ОО", glossary)[0] == ("Департамент образования", "authority")
