"""Executor classes of issue 11 that session 47's helpers noticed and left, with cells of our own, read as a
municipality no glossary file exists for."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import mine_glossary, normalize


def _names(cell: str) -> list[str]:
    return [e.name for e in normalize(cell, UNSEEN).executors]


# -- staff over a body's head noun alone are a category, as over the noun with its place (R12) ---
@pytest.mark.parametrize(("cell", "name"), [
    ("Инспектор администрации", "инспекторы администрации"),
    ("Методист администрации", "методисты администрации"),
    ("Специалист администрации сельсовета", "специалисты администрации сельсовета"),
])
def test_staff_over_a_body_noun_alone_are_plural(cell, name):
    assert _names(cell) == [name]


def test_a_head_post_over_a_body_noun_stays_singular():
    assert _names("Помощник главы администрации") == ["помощник главы администрации"]


# -- a body, then its territory with a dotted abbreviation of the territory's kind: one executor ---
@pytest.mark.parametrize("cell", ["ТПМПК г.о. Заречный", "ТПМПК с. Кленовка", "Управление образования г.о. Заречный",
                                  "КДН и ЗП р.п. Сосновый", "Отдел культуры г.о. Старо-Озёрный"])
def test_a_dotted_territory_after_a_body_stays_in_its_mention(cell):
    result = normalize(cell, UNSEEN)
    assert [e.mention for e in result.executors] == [cell]
    assert not result.warnings


def test_a_commission_is_named_with_its_dotted_territory():
    result = normalize("ТПМПК г.о. Заречный, ОО", UNSEEN).executors
    assert result[0].mention == "ТПМПК г.о. Заречный"  # one executor with its territory,
    assert result[0].name == "территориальная психолого-медико-педагогическая комиссия"  # named without it (R4)
    assert len(result) == 2



# -- a post over a capitalised body in the genitive is one role, as over the body in lower case ---
@pytest.mark.parametrize(("cell", "lower"), [
    ("Ведущий специалист Управления культуры", "ведущий специалист управления культуры"),
    ("Инспектор Управления социальной защиты населения", "инспектор управления социальной защиты населения"),
    ("Методист Управления культуры", "методист управления культуры"),
])
def test_a_capitalised_body_after_a_post_reads_as_a_lower_case_one(cell, lower):
    assert [(e.name.lower(), e.kind) for e in normalize(cell, UNSEEN).executors] == \
        [(e.name.lower(), e.kind) for e in normalize(lower, UNSEEN).executors] == [(_names(lower)[0].lower(), "role")]


def test_a_body_in_the_nominative_after_a_post_is_an_executor_of_its_own():
    assert len(_names("Директор школы Управление образования")) == 2


# -- title definitions: a participle clause, a quoted name after other words, a republic's parenthesis ---
@pytest.mark.parametrize(("text", "short", "name"), [
    ("Помочь организациям, осуществляющим спортивную подготовку (далее – ОСП).", "ОСП",
     "организации, осуществляющие спортивную подготовку"),
    ("Список учреждений, оказывающих психологическую помощь (далее – УПП), обновить.", "УПП",
     "учреждения, оказывающие психологическую помощь"),
])
def test_a_participle_clause_is_defined_with_its_group(text, short, name):
    assert mine_glossary(text)[short] == name


@pytest.mark.parametrize(("text", "short", "name"), [
    ("Годовой отчёт МКУ «Городской информационный центр» (далее – ГИЦ) принять.", "ГИЦ",
     "МКУ «Городской информационный центр»"),
    ("Работа с резервом МБУ «Ресурсный центр» (далее – РЦ) организуется.", "РЦ", "МБУ «Ресурсный центр»"),
])
def test_a_quoted_name_that_spells_the_letters_is_the_name(text, short, name):
    assert mine_glossary(text)[short] == name


def test_a_start_inside_the_quoted_name_is_kept():
    text = "План работы муниципального казённого учреждения «Центр гражданских инициатив» (далее — ЦГИ) на год"
    assert mine_glossary(text)["ЦГИ"] == "«Центр гражданских инициатив»"


@pytest.mark.parametrize(("text", "short", "name"), [
    ("Министерство просвещения Республики Заозёрная (Озерия) (далее – Министерство) готовит.", "Министерство",
     "Министерство просвещения Республики Заозёрная (Озерия)"),
    ("Центр оценки качества Заозёрной Республики (Озерии) (далее – ЦОК) проводит.", "ЦОК",
     "Центр оценки качества Заозёрной Республики (Озерии)"),
])
def test_a_republics_parenthesis_stays_in_the_defined_name(text, short, name):
    assert mine_glossary(text)[short] == name


def test_a_parenthesis_after_a_body_that_is_no_republic_is_not_read_over():
    assert "(Минпрос)" not in mine_glossary("Письмо Министерства (Минпрос) об итогах (далее – Письмо).").get(
        "Письмо", "")


# -- a post a glossary knows over an institution written out in full is one role, its legal form kept ---
@pytest.mark.parametrize(("cell", "name"), [
    ("Педагог-психолог муниципального бюджетного общеобразовательного учреждения «Озёрная школа»",
     "педагог-психолог муниципального бюджетного общеобразовательного учреждения «Озёрная школа»"),
    ("Педагог-психолог муниципального автономного общеобразовательного учреждения «Озёрная школа»",
     "педагог-психолог муниципального автономного общеобразовательного учреждения «Озёрная школа»"),
    ("Классные руководители муниципального казённого общеобразовательного учреждения «Школа-интернат Берёзка»",
     "классные руководители муниципального казённого общеобразовательного учреждения «Школа-интернат Берёзка»"),
])
def test_a_known_post_over_a_written_out_institution_is_one_role(cell, name):
    assert [(e.name, e.kind) for e in normalize(cell, UNSEEN).executors] == [(name, "role")]


def test_a_known_post_then_a_comma_and_an_institution_are_two():
    assert len(_names("Педагог-психолог, муниципальное бюджетное общеобразовательное учреждение «Озёрная школа»")) == 2


# -- a post over institutions named in a list of quotes is the post of each ---
@pytest.mark.parametrize(("cell", "names"), [
    ("Педагоги МАОУ «Школа № 11» и «Школа № 14»", ["педагоги МАОУ «Школа № 11»", "педагоги МАОУ «Школа № 14»"]),
    ("Воспитатели детских садов «Капелька», «Сказка» и «Звёздочка»",
     ["воспитатели детских садов «Капелька»", "воспитатели детских садов «Сказка»",
      "воспитатели детских садов «Звёздочка»"]),
    ("Учителя муниципальных общеобразовательных учреждений «Гимназия № 4» и «Лицей № 6»",
     ["учителя муниципальных общеобразовательных учреждений «Гимназия № 4»",
      "учителя муниципальных общеобразовательных учреждений «Лицей № 6»"]),
])
def test_a_post_over_listed_quoted_names_is_a_role_of_each(cell, names):
    result = normalize(cell, UNSEEN)
    assert [(e.name, e.kind) for e in result.executors] == [(name, "role") for name in names]
    assert not result.warnings


def test_an_executor_of_its_own_after_a_role_is_not_taken_as_an_institution_of_the_post():
    assert _names("Педагоги МАОУ «Школа № 11», ансамбль «Ритм»")[1] == "ансамбль «Ритм»"
