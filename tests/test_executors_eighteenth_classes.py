"""Executor classes the eighteenth other-regions set (tests/gold/other_regions_eighteenth/, session 41's blind set)
showed broken, each also among the earlier blind sets' first-reading misses (notes of session 41, h11kinds), with
examples of our own, read as a municipality no glossary file exists for:
- a name split inside itself (OVER_NAME): "по делам <genitive> и <genitive>" goes on with the fields of one body
  ("Управление по делам архивов и музеев области"), whatever the words after "и" could name alone;
- posts run together with no comma (UNDER_RUNON): a post in the nominative right after the genitive complement of
  the role before it opens a role of its own ("директора гимназий инструкторы по плаванию");
- an institution by a generic municipal form named in words none of which is the education system's
  (KIND_INST; "МКУ «Хозяйственно-эксплуатационная служба»") is outside education, external (O40), as the sets label
  every such name; letters (O41), offices (O61) and the system's own institutions keep their readings;
- a region's or the country's government is a body of government read by level (O16): authority in its own plan;
- a collegial body the glossary knows, followed by the territory it is named by in words (OWNER_CUT: "Антинаркотическая
  комиссия Энского района"), keeps that territory in its name, as a department keeps its administration;
- a definition "(далее - X)" after a name broken by hyphenated line breaks defines the whole name, mended (O66), for
  the cells that use X alone (the ingest mines the document's definitions)."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize
from normalizers.executors.mining import mine_glossary


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, level).executors]


@pytest.mark.parametrize("cell", ["Управление по делам архивов и музеев области",
                                  "Комитет по делам семьи и детских домов края",
                                  "Департамент по вопросам молодежи и студенческих отрядов области"])
def test_a_genitive_after_and_goes_on_with_the_fields_of_one_body(cell):
    assert _read(cell, "regional") == [(cell, "authority", False)]


def test_the_genitive_conjunct_survives_a_broken_word():
    assert _read("Комитет по делам ар- хивов и му- зеев области", "regional") == [
        ("Комитет по делам архивов и музеев области", "authority", False)]


@pytest.mark.parametrize("cell", ["Отдел по делам молодежи и Управление культуры", "Отдел по делам молодежи, ЕДДС"])
def test_a_body_after_the_fields_is_still_its_own(cell):
    assert len(_read(cell)) == 2


@pytest.mark.parametrize("cell, roles", [
    ("Директора гимназий инструкторы по физической культуре",
     ["директора гимназий", "инструкторы по физической культуре"]),
    ("учителя начальных классов педагоги-организаторы", ["учителя начальных классов", "педагоги-организаторы"]),
    ("Руководители учреждений культуры методисты по туризму", ["руководители учреждений культуры",
                                                               "методисты по туризму"]),
])
def test_posts_run_together_without_a_comma_are_roles_of_their_own(cell, roles):
    assert _read(cell) == [(role, "role", False) for role in roles]


@pytest.mark.parametrize("cell", ["заместители директора гимназии", "Ответственные за питание специалисты ОО"])
def test_a_post_in_the_genitive_or_a_qualified_post_stays_one_role(cell):
    assert len(_read(cell)) == 1


@pytest.mark.parametrize("cell", ["МКУ «Служба материально-технического обеспечения»",
                                  "МКУ «Центр обслуживания зданий»", "МАУ «Центр досуга и отдыха»"])
def test_a_generic_institution_named_in_words_is_outside_education(cell):
    assert _read(cell) == [(cell, "external", False)]


@pytest.mark.parametrize("cell, kind", [("МБУ «ЦКБС»", "other"), ("МКУ «Управление образования»", "authority"),
                                        ("МБУ «Центр психолого-педагогического сопровождения»", "other")])
def test_letters_offices_and_the_systems_institutions_keep_their_kind(cell, kind):
    assert [k for _, k, _ in _read(cell)] == [kind]


@pytest.mark.parametrize("cell, level, kind", [("Правительство края", "regional", "authority"),
                                               ("Правительство Энской области", "municipal", "external"),
                                               ("Правительство Российской Федерации", "federal", "authority"),
                                               ("Правительство Российской Федерации", "regional", "external")])
def test_a_government_is_read_by_the_plans_level(cell, level, kind):
    assert _read(cell, level) == [(cell, kind, False)]


@pytest.mark.parametrize("cell, name", [
    # a municipal territory is R4's qualifier, dropped (municipal_qualifiers.py); "N-ского района" alone may be a
    # city's district or an office's area, kept
    ("Антинаркотическая комиссия Верхнеполянского муниципального округа", "антинаркотическая комиссия"),
    ("АТК Заречного района", "антитеррористическая комиссия Заречного района")])
def test_a_commission_and_the_territory_it_is_named_by_are_one_executor(cell, name):
    assert _read(cell) == [(name, "other", False)]


def test_a_commission_of_a_territory_not_named_stays_as_the_glossary_spells_it():
    assert _read("Антинаркотическая комиссия округа") == [("антинаркотическая комиссия", "other", False)]


def test_a_definition_after_a_name_broken_by_hyphens_defines_the_whole_name():
    # a name defined in one cell and used bare in the next ones: the document's definitions carry it (ingest)
    mined = mine_glossary("Управление по делам ар- хивов и му- зеев края (далее - Управление), ОМВД")
    assert mined == {"Управление": "Управление по делам архивов и музеев края"}
    assert [(e.name, e.kind) for e in normalize("Управление, ОМВД", UNSEEN, mined, "regional").executors] == [
        ("Управление по делам архивов и музеев края", "authority"), ("ОМВД", "external")]


@pytest.mark.parametrize("cell, names", [
    ("Начальники отделов и служб, расположенных на территории района",
     ["начальники отделов, расположенных на территории района",
      "начальники служб, расположенных на территории района"]),
    ("руководители предприятий и учреждений, действующих в городе",
     ["руководители предприятий, действующих в городе", "руководители учреждений, действующих в городе"])])
def test_a_participle_clause_after_a_plural_heads_complements_qualifies_each(cell, names):
    """O76 over "X и Y, <participle> …": one role per complement, the participle's clause with both."""
    assert [(name, kind) for name, kind, _ in _read(cell)] == [(name, "role") for name in names]
