"""Rule: an abbreviation the document spells out by initials elsewhere, without "(далее – …)", is defined by it
(normalizers/executors/initials_definitions.py). Cells and texts made up for the rule, not taken from the gold.
"""

from __future__ import annotations

from unseen_reading import UNSEEN

from normalizers.executors import mine_glossary, normalize
from normalizers.executors.initials_definitions import initials_definitions

PASSPORT = "Исполнители программы: ГАУ ДПО «Центр непрерывного образования Тверской области», школы района."
TABLE = "Курсы для учителей\tоктябрь\tОтдел образования, ЦНОТО (по согласованию)"


def test_an_abbreviation_spelt_out_by_initials_is_defined_with_its_legal_forms():
    found = initials_definitions(PASSPORT + "\n" + TABLE, {})
    assert found == {"ЦНОТО": "ГАУ ДПО «Центр непрерывного образования Тверской области»"}


def test_the_name_is_put_in_the_nominative():
    text = "Совещание на базе Центра непрерывного образования Тверской области\nЦНОТО, ОО"
    assert initials_definitions(text, {}) == {"ЦНОТО": "Центр непрерывного образования Тверской области"}


def test_the_definition_reaches_the_executor_cell_through_the_mined_glossary():
    glossary = mine_glossary(PASSPORT + "\n" + TABLE)
    result = normalize("Отдел образования, ЦНОТО (по согласованию)", UNSEEN, glossary)
    assert [(e.name, e.kind, e.by_agreement) for e in result.executors] == [
        ("Отдел образования", "authority", False),
        ("ГАУ ДПО «Центр непрерывного образования Тверской области»", "external", True),
    ]
    assert result.warnings == []


def test_an_explicit_definition_outranks_the_initials():
    text = "Центр непрерывного образования Тверской области; Центр народного образования (далее – ЦНОТО)"
    assert mine_glossary(text)["ЦНОТО"] != "Центр непрерывного образования Тверской области"
    assert initials_definitions(text, {"ЦНОТО": "x"}) == {}


def test_two_names_with_the_same_initials_define_nothing():
    text = "Центр непрерывного образования Тверской области\nЦентр научного обеспечения Тульской области\nЦНОТО"
    assert initials_definitions(text, {}) == {}


def test_short_abbreviations_are_not_guessed():
    # ДО may be Департамент образования or дополнительное образование: three letters or fewer are left alone
    text = "Департамент образования Администрации города\nДО, ОО\nРайонный методический центр\nРМЦ"
    assert initials_definitions(text, {}) == {}


def test_a_heading_in_capitals_and_a_legal_form_are_not_abbreviations():
    text = ("ПЛАН мероприятий\nПроведение летних актуальных научных (ПЛАН)\n"
            "МБДОУ\nМуниципальное бюджетное дошкольное образовательное учреждение")
    assert initials_definitions(text, {}) == {}


def test_a_name_is_not_read_across_a_line_break():
    text = "Центр непрерывного\nобразования Тверской области\nЦНОТО"
    assert initials_definitions(text, {}) == {}


def test_short_words_break_the_run():
    # "Отдел по работе в …" is no run of initials: the function words would have to be read as letters
    text = "Отдел по работе в области спорта\nОПРВ"
    assert initials_definitions(text, {}) == {}
