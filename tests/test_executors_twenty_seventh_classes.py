"""Executor classes the twenty-seventh other-regions set (tests/gold/other_regions_twenty_seventh/, session 49's blind
set) showed broken, with examples of our own, read as a municipality no glossary file exists for:
- a definition whose name opens a line under lines of other cells ("в течение года" / "МКУ «Отдел …»" /
  "Научно-методический центр (далее – НМЦ)"): the name starts at the line whose words spell the letters from its
  first word on, the parts of a hyphenated compound counted ("научно-методический" spells "нм");
- a body followed by its municipality written short ("… АМС г. Энска", "… АМСУ Энского района", "МКУ «Управление
  …» МО «Энский район»", "… МР «…»", "… МО ГО «…»"): one executor named without the qualifier (R4), not the body and
  the municipality beside it; an institution's town after its quoted name stays ("МБУ «Центр …» МО «…»");
- a methodical association of members written as a hyphenated compound ("… объединение педагогов-психологов",
  "… учителей-предметников"): one body, not the body and the compound's second part a role of its own;
- a participle clause after a comma that agrees with the role or with the group it is over ("руководители
  организаций, реализующих …", "руководители ОО, осуществляющих …", "заместители директоров, курирующие …"): the
  role keeps it as written, no group of schools or extra text beside it; a post after the comma ("директора школ,
  заведующие ДОО") is a role of its own, and a list before the clause is still distributed;
- a body of a city that is a region ("Комитет по образованию Санкт-Петербурга", "Департамент … города Москвы") in
  the plan of a district inside it: `external` (a higher level), `authority` in the city's own plan; a district's
  body with the city after the district ("Отдел … администрации N-ского района Санкт-Петербурга") named without
  the qualifier (R4);
- a definition that opens with a state legal form and its region's letters ("ГАУ ДПО ЭО «Энский институт …»
  (далее – ЭИРО)"): mined from the form on; a cell writing the form before the defined letters ("ГАУ ДПО ЭО
  «ЭИРО»", "ГАУ ДПО «ЭИРО»") names that institution as defined, the form not written twice; other letters
  after a form ("ГКУ ЭО ЦЗН") keep their region;
- a post with words of its own followed straight by the letters of one institution a document defines ("Педагоги
  дополнительного образования ДДТ", "Специалисты по охране труда ЦО"): one role, the institution's staff, not the
  post and the institution beside it;
- an executive committee of a town named without "города" ("Отдел культуры исполкома Энска", "Исполком Заинска"):
  the municipality's, `authority`; a society's committee ("Исполком Собора …", "… общества инвалидов") `external`."""

from __future__ import annotations

import re
import sys

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import mine_glossary, normalize
from normalizers.executors.text import FOLDED_TWICE_DIFFERS, as_ignorecase_reads


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    municipality = None if level == "regional" else UNSEEN
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, municipality, None, level).executors]


@pytest.mark.parametrize(("text", "short", "name"), [
    ("по направлениям работы\nМКУ «Отдел образования» МО «Энский район»\nНаучно-методический центр (далее – НМЦ)",
     "НМЦ", "Научно-методический центр"),
    ("по итогам года\nИнформационно-методический кабинет (далее – ИМК)", "ИМК", "Информационно-методический кабинет"),
    ("у всех участников\nАдминистрация района\nУчебно-методический отдел (далее – УМО)", "УМО",
     "Учебно-методический отдел"),
    ("март\nМуниципальное казённое учреждение\nНаучно-методический центр (далее – МКУ НМЦ)", "МКУ НМЦ",
     "Муниципальное казённое учреждение Научно-методический центр"),
])
def test_a_definition_under_other_cells_starts_at_the_line_that_spells_it(text, short, name):
    assert mine_glossary(text).get(short) == name


@pytest.mark.parametrize(("cell", "name", "agreed"), [
    ("Управление образования АМС г. Энска (по согласованию)", "Управление образования", True),
    ("Отдел образования АМСУ Энского района", "Отдел образования", False),
    ("Комитет по культуре АМС Энского муниципального района", "Комитет по культуре", False),
    ("Управление образования администрации местного самоуправления г. Энска", "Управление образования", False),
    ("МКУ «Управление образования» МО «Энский район»", "МКУ «Управление образования»", False),
    ("МКУ «Отдел образования» МР «Энский район» (по согласованию)", "МКУ «Отдел образования»", True),
    ("МКУ «Комитет по образованию» МО ГО «Город Энск»", "МКУ «Комитет по образованию»", False),
])
def test_a_body_with_its_municipality_written_short_is_one_executor(cell, name, agreed):
    assert _read(cell) == [(name, "authority", agreed)]


def test_an_institutions_municipality_after_its_quoted_name_stays_in_its_name():
    assert [name for name, _, _ in _read("МБУ «Центр развития образования» МО «Энский район»")] == [
        "МБУ «Центр развития образования» МО «Энский район»"]


@pytest.mark.parametrize(("cell", "name", "count"), [
    ("Городское методическое объединение педагогов-психологов, ОО",
     "городские методические объединения педагогов-психологов", 2),
    ("Районные методические объединения учителей-логопедов, руководители ОО",
     "районные методические объединения учителей-логопедов", 2),
    ("методическое объединение учителей-дефектологов", "методическое объединение учителей-дефектологов", 1),
])
def test_a_methodical_association_of_hyphenated_members_is_one_body(cell, name, count):
    got = _read(cell)
    assert got[0] == (name, "methodical_service", False)
    assert len(got) == count


@pytest.mark.parametrize(("cell", "name"), [
    ("Руководители общеобразовательных организаций, реализующих программы дополнительного образования",
     "руководители общеобразовательных организаций, реализующих программы дополнительного образования"),
    ("Руководители образовательных организаций, реализующих адаптированные программы",
     "руководители образовательных организаций, реализующих адаптированные программы"),
    ("Руководители ОО, осуществляющих обучение детей-инвалидов",
     "руководители образовательных организаций, осуществляющих обучение детей-инвалидов"),
    ("Заместители директоров, курирующие воспитательную работу",
     "заместители директоров, курирующие воспитательную работу"),
])
def test_a_participle_clause_stays_in_the_role(cell, name):
    assert _read(cell) == [(name, "role", False)]


def test_a_post_after_the_comma_and_a_list_before_the_clause_are_still_read():
    assert [name for name, _, _ in _read("Директора школ, заведующие ДОО")] == [
        "директора школ", "заведующие дошкольными образовательными организациями"]
    assert [name for name, _, _ in _read("Руководители учреждений и организаций, находящихся в поселении")] == [
        "руководители учреждений, находящихся в поселении", "руководители организаций, находящихся в поселении"]


@pytest.mark.parametrize(("cell", "municipality", "kind"), [
    ("Комитет по образованию Санкт-Петербурга", "Энский район", "external"),
    ("Департамент образования и науки города Москвы", "район Энское", "external"),
    ("Департамент образования города Севастополя", "город Севастополь", "authority"),
    ("Комитет по образованию Санкт-Петербурга", "Санкт-Петербург", "authority"),
    ("Администрация Энского района Санкт-Петербурга", "Энский район", "authority"),
])
def test_a_body_of_a_city_that_is_a_region_is_above_a_district_inside_it(cell, municipality, kind):
    assert [e.kind for e in normalize(cell, municipality, None, "municipal").executors] == [kind]


@pytest.mark.parametrize("cell", ["Отдел образования администрации Энского района Санкт-Петербурга",
                                  "Отдел образования администрации Энского района города Москвы"])
def test_a_districts_body_with_its_city_after_the_district_is_named_without_them(cell):
    assert [e.name for e in normalize(cell, "Энский район", None, "municipal").executors] == ["Отдел образования"]


_DEFINING = "Министерство, ГАУ ДПО ЭО «Энский институт развития образования» (далее – ЭИРО)"
_INSTITUTE = "ГАУ ДПО ЭО «Энский институт развития образования»"


def test_a_definition_opening_with_a_state_form_and_its_regions_letters_is_mined_from_the_form():
    assert mine_glossary(_DEFINING)["ЭИРО"] == _INSTITUTE


@pytest.mark.parametrize("cell", ["ГАУ ДПО ЭО «ЭИРО» Петрова Н.А.", "ГАУ ДПО «ЭИРО»", "ГАУ ДПО ЭИРО"])
def test_a_form_before_the_defined_letters_names_the_defined_institution(cell):
    got = normalize(cell, None, mine_glossary(_DEFINING), "regional").executors
    assert got[0].name == _INSTITUTE


def test_other_letters_after_a_form_keep_their_region():
    assert [e.name for e in normalize("ГКУ ЭО ЦЗН", None, mine_glossary(_DEFINING), "regional").executors] == [
        "ГКУ ЭО ЦЗН"]


_ONE_BODIES = {"ДДТ": "«Дом детского творчества «Радуга»»", "НМЦ": "Научно-методический центр",
               "ЦО": "МБОУ «Центр образования № 5»"}


@pytest.mark.parametrize(("cell", "name"), [
    ("Педагоги дополнительного образования ДДТ",
     "педагоги дополнительного образования «Дом детского творчества «Радуга»»"),
    ("Педагоги дополнительного образования НМЦ", "педагоги дополнительного образования Научно-методического центра"),
    ("Специалисты по охране труда ЦО", "специалисты по охране труда МБОУ «Центр образования № 5»"),
])
def test_a_post_with_words_of_its_own_before_one_institutions_letters_is_its_staff(cell, name):
    assert [(e.name, e.kind) for e in normalize(cell, "Энск", _ONE_BODIES, "institution").executors] == [(name, "role")]


@pytest.mark.parametrize(("cell", "kind"), [
    ("Отдел культуры исполкома Энска", "authority"), ("Исполком Заинска", "authority"),
    ("Отдел спорта исполкома Казани", "authority"), ("Исполком Собора русских общин", "external"),
    ("Исполнительный комитет Всероссийского общества инвалидов", "external"),
])
def test_an_executive_committee_of_a_town_named_alone_is_the_municipalitys(cell, kind):
    assert [k for _, k, _ in _read(cell)] == [kind]


def test_the_letters_folded_twice_differently_are_the_interpreters():
    """as_ignorecase_reads folds once unless one of these letters is in the text: the list must be the whole of
    Unicode's (checked over every code point, as the Unicode tables of the interpreter give them)."""
    differ = "".join(ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.upper().lower() != ch.lower())
    pattern = re.compile(f"[{FOLDED_TWICE_DIFFERS}]")
    assert len(pattern.findall(differ)) == len(differ) == sum(1 for _ in pattern.finditer(
        "".join(map(chr, range(sys.maxunicode + 1)))))


@pytest.mark.parametrize("text", ["Совместно с ОО", "ᲃовместно ᲄ.", "Straße ſ", "АБВ. гд", "ﬁ ΣΑΣ"])
def test_the_text_reads_as_ignoring_case_does(text):
    assert as_ignorecase_reads(text) == text.upper().lower()
