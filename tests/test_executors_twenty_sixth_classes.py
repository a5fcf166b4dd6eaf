"""Executor classes the twenty-sixth other-regions set (tests/gold/other_regions_twenty_sixth/, session 48's blind
set) showed broken, with examples of our own, read as a municipality no glossary file exists for:
- a body written out, then its short name alone in parentheses ("Управление образования администрации N-ского
  района (УО)", "ГБУ «Центр …» (РЦОИ)"): one executor with that abbreviation, not the body and the short name's
  glossary reading beside it; a short name of another kind of body, or after a short name, stays an executor;
- a noun for a person no list of posts holds ("дворник", "уборщица", "гардеробщик"): a `role`, not an unknown
  `other`; residents and sponsors hold no post and are not read so;
- a state legal form after the initial of its region's name ("НОГАУ ДПО", "ТОГБУ", "ЯОГАУ"): a state institution
  (`external` in a municipal plan, the region's methodical service in its own plan when it trains teachers); a
  municipal school's "МОБУ" is no such form;
- the region's centre of teachers' continuing education or professional development, or its methodical centre
  ("центр непрерывного педагогического образования", "центр профессионального развития педагогов", "региональный
  методический центр"): the region's methodical service in its own plan, `external` in a municipal one (O18);
- a short name in bare parentheses after an institution written out with its legal form ("ГАУ «Центр …» (РЦОИ)"):
  the document defines it so (mine_glossary), and another cell's bare short name reads as that institution;
- a defined name whose fields are listed with a comma ("Департамент образования, науки и спорта … (далее – ДОНиС)"):
  the whole name, not the words after the comma;
- a ministry written short ("Минобрнауки ЭР", "Минпросвещения области") where the document writes it in full in
  another place: defined as that full name, when exactly one full name's region matches its letters or kind;
- teachers over subjects listed with commas alone ("учителя химии, географии, истории"): one role per subject (O76);
  joined by "и" the subjects stay one post's."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import mine_glossary, normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str | None, str, bool]]:
    municipality = None if level == "regional" else UNSEEN
    return [(e.name, e.abbreviation, e.kind, e.by_agreement)
            for e in normalize(cell, municipality, None, level).executors]


@pytest.mark.parametrize(("cell", "name", "short", "kind"), [
    ("Управление образования администрации Энского муниципального района (УО)",
     "Управление образования", "УО", "authority"),
    ("Комитет по образованию администрации Энского района (УО), общеобразовательные организации",
     "Комитет по образованию", "УО", "authority"),
    ("Отдел образования администрации Энского округа (УО) (по согласованию)", "Отдел образования", "УО", "authority"),
])
def test_a_bodys_own_short_name_in_parentheses_names_no_second_body(cell, name, short, kind):
    got = _read(cell)
    assert got[0][1:3] == (short, kind)
    assert got[0][0].startswith(name)
    assert len(got) == 1 + cell.count(",")


@pytest.mark.parametrize("cell", [
    "ГАУ «Энский центр оценки качества образования» (РЦОИ), ГЭК",
    "ГБУ ЭО «Центр мониторинга качества образования» (РЦОИ)",
])
def test_a_centres_short_name_in_parentheses_is_the_centres(cell):
    got = _read(cell, "regional")
    assert got[0][1] == "РЦОИ" and got[0][0].startswith("ГБУ" if cell.startswith("ГБУ") else "ГАУ")
    assert [name for name, *_ in got].count("региональный центр обработки информации") == 0
    assert len(got) == 1 + cell.count(",")


@pytest.mark.parametrize("cell", ["Управление образования (ДДТ)", "Отдел образования (ИМЦ)", "НГТУ (САРФТИ)"])
def test_a_short_name_of_another_body_in_parentheses_stays_an_executor(cell):
    assert len(_read(cell)) == 2


@pytest.mark.parametrize(("cell", "names"), [
    ("Завхоз, гардеробщик", ["заведующий хозяйством", "гардеробщик"]),
    ("уборщицы, гардеробщик", ["уборщицы", "гардеробщик"]),
    ("Воспитатели групп, дворник", ["воспитатели групп", "дворник"]),
    ("электрик", ["электрик"]),
])
def test_a_noun_for_a_person_is_a_role(cell, names):
    assert [(name, kind) for name, _, kind, _ in _read(cell, "institution")] == [(n, "role") for n in names]


@pytest.mark.parametrize("cell", ["жители района", "граждане"])
def test_people_who_hold_no_post_are_no_role_by_their_noun(cell):
    assert [kind for *_, kind, _ in _read(cell)] != ["role"]


@pytest.mark.parametrize(("cell", "level", "kind"), [
    ("НОГАУ ДПО «Центр развития педагогов» (по согласованию)", "municipal", "external"),
    ("ТОГБУ «Ресурсный центр развития» (по согласованию)", "municipal", "external"),
    ("ЯОГАУ ДПО «Институт образования»", "regional", "methodical_service"),
])
def test_a_state_form_after_its_regions_initial_is_a_state_institution(cell, level, kind):
    got = _read(cell, level)
    assert len(got) == 1 and got[0][2] == kind


@pytest.mark.parametrize("cell", ["МОБУ «СОШ № 4»", "МОБУ СОШ № 12"])
def test_a_municipal_schools_form_is_no_state_form(cell):
    assert _read(cell)[0][2] == "school"


@pytest.mark.parametrize(("cell", "level", "kind"), [
    ("ГБУ ЭАО «Центр непрерывного педагогического образования»", "regional", "methodical_service"),
    ("ГАУ «Региональный центр непрерывного педагогического образования»", "regional", "methodical_service"),
    ("ГАУ «Региональный центр непрерывного педагогического образования»", "municipal", "external"),
    ("КГАУ «Центр профессионального развития педагогов»", "regional", "methodical_service"),
    ("ГБУ «Региональный методический центр»", "regional", "methodical_service"),
    ("ГБУ «Региональный методический центр» (по согласованию)", "municipal", "external"),
])
def test_the_regions_centre_of_teachers_continuing_education(cell, level, kind):
    assert [k for *_, k, _ in _read(cell, level)] == [kind]


@pytest.mark.parametrize(("cell", "names"), [
    ("учителя химии, географии, истории", ["учителя химии", "учителя географии", "учителя истории"]),
    ("Учителя музыки, изобразительного искусства", ["учителя музыки", "учителя изобразительного искусства"]),
    ("Педагоги-психологи, учителя математики, информатики",
     ["педагоги-психологи", "учителя математики", "учителя информатики"]),
])
def test_teachers_over_subjects_listed_with_commas_are_one_role_per_subject(cell, names):
    assert [(name, kind) for name, _, kind, _ in _read(cell, "institution")] == [(n, "role") for n in names]


@pytest.mark.parametrize("cell", ["учителя химии и биологии", "учитель истории, обществознания"])
def test_subjects_joined_by_and_or_after_one_teacher_stay_one_post(cell):
    assert len(_read(cell, "institution")) == 1


@pytest.mark.parametrize(("text", "short", "name"), [
    ("ГАУ ЭО «Центр оценки качества образования» (РЦОИ) готовит отчёт. РЦОИ направляет его",
     "РЦОИ", "ГАУ ЭО «Центр оценки качества образования»"),
    ("Исполнители: МАУ «Информационно-методический центр» (ИМЦ), школы", "ИМЦ",
     "МАУ «Информационно-методический центр»"),
    ("ОГБУ ДПО «Институт «Учитель»» (ИнУ)", "ИнУ", "ОГБУ ДПО «Институт «Учитель»»"),
])
def test_a_short_name_in_bare_parentheses_after_an_institution_is_defined(text, short, name):
    assert mine_glossary(text).get(short) == name


@pytest.mark.parametrize("text", ["МБОУ «СОШ № 7» (ППЭ)", "Управление образования (УО)", "«Центр досуга» (ЦД)"])
def test_a_capacity_or_a_body_without_its_legal_form_defines_nothing_so(text):
    assert all(short not in mine_glossary(text) for short in ("ППЭ", "УО", "ЦД"))


def test_a_short_name_defined_so_in_another_cell_reads_as_the_institution():
    definitions = mine_glossary("ГБУ ЭО «Центр мониторинга качества образования» (РЦОИ)\nГЭК, РЦОИ")
    got = normalize("ГЭК, РЦОИ", None, definitions, "regional").executors
    assert [e.name for e in got] == ["государственная экзаменационная комиссия",
                                     "ГБУ ЭО «Центр мониторинга качества образования»"]


@pytest.mark.parametrize(("text", "short", "name"), [
    ("Департамент образования, науки и спорта Энской области (далее – ДОНиС)", "ДОНиС",
     "Департамент образования, науки и спорта Энской области"),
    ("Управление культуры, туризма и молодёжной политики (далее – УКТМП)", "УКТМП",
     "Управление культуры, туризма и молодёжной политики"),
])
def test_a_defined_names_fields_listed_with_a_comma_stay_in_the_name(text, short, name):
    assert mine_glossary(text)[short] == name


def test_a_body_before_a_comma_stays_out_of_the_next_bodys_definition():
    assert "Управление" not in mine_glossary("Управление образования, МКУ «Центр развития образования» (далее – ЦРО)")[
        "ЦРО"]


@pytest.mark.parametrize(("text", "short", "name"), [
    ("Министерство образования и науки Энской Республики\nМинобрнауки ЭР, школы", "Минобрнауки ЭР",
     "Министерство образования и науки Энской Республики"),
    ("Министерство просвещения Энской области\nМинпросвещения области совместно с ИРО", "Минпросвещения области",
     "Министерство просвещения Энской области"),
    ("Министерство образования Энского края; Минобразования ЭК", "Минобразования ЭК",
     "Министерство образования Энского края"),
])
def test_a_ministry_written_short_and_in_full_in_one_document_is_defined(text, short, name):
    assert mine_glossary(text).get(short) == name


@pytest.mark.parametrize("text", [
    "Минобрнауки ЭР, школы",  # never written in full
    "Министерство образования и науки Энской области, Министерство образования и науки Н-ской области\nМинобрнауки",
    "Министерство образования и науки Энской области\nМинобрнауки НР",  # another region's letters
])
def test_a_ministry_short_name_no_one_full_name_matches_defines_nothing(text):
    assert not any(short.startswith("Мин") for short in mine_glossary(text))
