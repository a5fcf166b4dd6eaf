"""A plan's definitions read by every cell of the plan: names defined by short forms of words over commas, and
definitions of a legal form that name no body (made-up cells)."""

import pytest

from normalizers.executors import mine_glossary, normalize


@pytest.mark.parametrize(("text", "short", "name"), [
    ("Отдел связи, транспорта и дорожного хозяйства администрации города Энска (далее – отдел связи)",
     "отдел связи", "Отдел связи, транспорта и дорожного хозяйства администрации города Энска"),
    ("Школы совместно с Управлением культуры, спорта и туризма района (далее – Управление культуры)",
     "Управление культуры", "Управление культуры, спорта и туризма района"),
    ("Комитет по делам семьи, материнства и детства (далее – Комитет) проводит", "Комитет",
     "Комитет по делам семьи, материнства и детства"),
])
def test_a_word_short_form_defines_the_name_it_opens(text, short, name):
    assert mine_glossary(text)[short] == name


def test_a_short_form_already_opening_the_phrase_keeps_it():
    assert mine_glossary("Отдел образования администрации Энского района (далее – Отдел)") == {
        "Отдел": "Отдел образования администрации Энского района"}


def test_the_defining_cell_reads_the_same_with_its_plan_definitions():
    cell = "Отдел связи, транспорта и дорожного хозяйства администрации города Энска (далее – отдел связи)"
    alone = normalize(cell, "город Энск", None, "municipal").executors
    in_plan = normalize(cell, "город Энск", mine_glossary(cell), "municipal").executors
    assert [(e.name, e.kind) for e in in_plan] == [(e.name, e.kind) for e in alone]
    assert len(in_plan) == 1


@pytest.mark.parametrize("legal_form", [
    "государственного бюджетного учреждения Энской области (далее – ГБУ ЭО)",
    "областного государственного казённого учреждения (далее – ОГКУ)",
])
def test_a_definition_of_a_legal_form_names_no_body(legal_form):
    definitions = mine_glossary(f"Директор {legal_form} «Районная станция по борьбе с болезнями животных»")
    short = next(iter(definitions))
    cell = f"Специалисты {short} «Районная станция по борьбе с болезнями животных»"
    got = normalize(cell, None, definitions, "municipal").executors
    assert len(got) == 1 and got[0].kind == "role"
    assert "«Районная станция по борьбе с болезнями животных»" in got[0].name


@pytest.mark.parametrize(("text", "short", "name"), [
    # the line before is another cell (a deadline) whose first letter the abbreviation also opens with
    ("март 2027\nМинистерство образования и науки Энской Республики (далее – Минобрнауки ЭР)",
     "Минобрнауки ЭР", "Министерство образования и науки Энской Республики"),
    ("май\nМуниципальный опорный центр (далее – МОЦ)", "МОЦ", "Муниципальный опорный центр"),
    # a name that wraps keeps its capitalised opening line
    ("Муниципальное казённое учреждение\nМетодический центр (далее – МЦ)", "МЦ",
     "Муниципальное казённое учреждение Методический центр"),
])
def test_a_definition_starts_on_its_own_line_after_another_cell(text, short, name):
    assert mine_glossary(text)[short] == name
