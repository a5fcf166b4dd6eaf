"""Executor classes the sixth other-regions set (tests/gold/other_regions_sixth/) showed broken, with examples
of our own, read as a municipality no glossary file exists for (or at the level given)."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str | None = None) -> list[tuple[str, str, bool]]:
    municipality = None if level in ("regional", "federal") else UNSEEN
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, municipality, None, level).executors]


# -- "с <партнёры>" the cell cut off already: the partners in the nominative ---
@pytest.mark.parametrize(("cell", "partner"), [
    ("Органы местного самоуправления с участковыми комиссиями", "участковые комиссии"),
    ("Органы местного самоуправления с участковыми избирательными комиссиями", "участковые избирательные комиссии"),
    ("Органы местного самоуправления с общественными организациями (по согласованию)", "общественные организации"),
])
def test_partners_after_a_known_body_are_named_in_the_nominative(cell, partner):
    names = [name for name, _, _ in _read(cell, "regional")]
    assert names == ["органы местного самоуправления", partner]


# -- "и" inside a complement a preposition opened: one body ---
@pytest.mark.parametrize("cell", [
    "Управление по связям с органами государственной власти и органами местного самоуправления",
    "Отдел по работе с общественными объединениями и религиозными организациями",
    "Комитет по спорту и туризму",
])
def test_a_complement_joined_by_and_is_one_body(cell):
    assert _read(cell, "municipal") == [(cell, "authority", False)]


def test_a_nominative_after_and_is_still_a_second_body():
    assert [name for name, _, _ in _read("Отдел по работе с молодежью и общественными объединениями и отдел спорта",
                                         "municipal")] == [
        "Отдел по работе с молодежью и общественными объединениями", "отдел спорта"]
    assert len(_read("Отдел культуры и отдел спорта", "municipal")) == 2
    # "с" after a word that ends a name joins partners, each its own executor (with_partners.py)
    assert [name for name, _, _ in _read("Отдел культуры с отделом спорта и отделом туризма", "municipal")] == [
        "Отдел культуры", "отдел спорта", "отдел туризма"]


# -- a level adjective inside the complement says what the body deals with, not its level ---
def test_a_level_word_inside_the_complement_does_not_lift_the_body():
    cell = "Управление по взаимодействию с федеральными органами власти администрации края"
    assert _read(cell, "regional") == [(cell, "authority", False)]


def test_a_level_noun_still_places_the_body():
    assert _read("Управление Федеральной службы судебных приставов", "regional")[0][1] == "external"


# -- election commissions of any level are collegial bodies: other ---
@pytest.mark.parametrize(("cell", "level"), [
    ("Избирательная комиссия края", "regional"),
    ("Избирательная комиссия Республики Алтай", "municipal"),
    ("Центральная избирательная комиссия Российской Федерации", "federal"),
])
def test_election_commissions_are_other_at_every_level(cell, level):
    assert [kind for _, kind, _ in _read(cell, level)] == ["other"]


# -- a glued ministry with a region's short name; an institution followed by its founder ministry ---
def test_a_known_glued_ministry_takes_the_regions_short_name():
    assert _read("Минкультуры Удмуртии", "regional") == [("Минкультуры Удмуртии", "authority", False)]


@pytest.mark.parametrize("cell", [
    "БУ «Национальная библиотека» Минкультуры Удмуртии",
    "ГАУ «Дворец спорта» Минспорт Татарии",
])
def test_an_institution_and_its_founder_ministry_are_one_executor(cell):
    assert _read(cell, "regional") == [(cell, "external", False)]


def test_a_comma_keeps_the_institution_and_the_ministry_apart():
    assert [kind for _, kind, _ in _read("БУ «Национальная библиотека», Минкультуры Удмуртии", "regional")] == [
        "external", "authority"]


# -- a relative clause about a name: its verb does not make the cell a statement ---
def test_a_relative_clause_is_part_of_the_role():
    cell = "руководители организаций, в которых проходят практику студенты"
    assert _read(cell, "municipal") == [(cell, "role", False)]


def test_a_verb_outside_a_relative_clause_still_names_nobody():
    assert normalize("Проведено совещание с руководителями", UNSEEN).executors == []


# -- alternatives: "или" separates like "либо" ---------------------------------------------------------------------
@pytest.mark.parametrize("cell", ["Отдел культуры или отдел спорта", "Отдел культуры либо отдел спорта"])
def test_alternatives_are_two_executors(cell):
    assert [name for name, _, _ in _read(cell, "municipal")] == ["Отдел культуры", "отдел спорта"]


# -- heads of units outside civil service are roles; a collegial body after "совместно с" in the nominative ---------
def test_commanders_are_a_role():
    assert _read("Начальник штаба, командиры добровольных дружин", "municipal") == [
        ("начальник штаба", "role", False), ("командиры добровольных дружин", "role", False)]


def test_a_collegial_partner_is_named_in_the_nominative():
    assert _read("Отдел спорта совместно с Избирательной комиссией района", "municipal")[1] == (
        "Избирательная комиссия района", "other", False)


# -- a known body in an oblique case right after a role's words belongs to the role ---------------------------------
def test_a_body_the_roles_words_govern_is_no_executor_of_its_own():
    cell = "лица, назначенные районным органом местного самоуправления"
    assert _read(cell, "municipal") == [(cell, "role", False)]


def test_a_known_body_after_a_comma_is_still_its_own_executor():
    assert [kind for _, kind, _ in _read("ответственные лица, органы местного самоуправления", "municipal")] == [
        "role", "authority"]


# -- a hyphenation break stays in the mention and is mended in the name (O66) ----------------------------------------
@pytest.mark.parametrize(("cell", "mentions", "names"), [
    ("Отдел куль- туры, руко- водители школ", ["Отдел куль- туры", "руко- водители школ"],
     ["Отдел культуры", "руководители школ"]),
    ("Управление образо-\nвания", ["Управление образо- вания"], ["Управление образования"]),
])
def test_a_hyphenation_break_stays_in_the_mention(cell, mentions, names):
    executors = normalize(cell, UNSEEN).executors
    assert [e.mention for e in executors] == mentions
    assert [e.name for e in executors] == names


def test_a_compound_hyphen_is_no_break():
    assert [e.mention for e in normalize("педагог-психолог, Отдел культуры", UNSEEN).executors] == [
        "педагог-психолог", "Отдел культуры"]


# -- numbered units under a known abbreviation: one executor per number, the first too --------------------------------
def test_numbered_commissions_are_one_executor_each():
    assert _read("Отдел спорта, УИК №№ 7, 8", "municipal") == [
        ("Отдел спорта", "authority", False), ("участковая избирательная комиссия № 7", "other", False),
        ("участковая избирательная комиссия № 8", "other", False)]


# -- a post next to its holder stays in the singular it is written in (O29) -------------------------------------------
@pytest.mark.parametrize("cell", ["Сергеева Т.Н., методист РМК", "Сергеева Т.Н. - методист РМК",
                                  "Сергеева Т.Н. методист РМК"])
def test_a_held_post_is_not_pluralised(cell):
    assert _read(cell, "municipal") == [("методист районного методического кабинета", "role", False)]


def test_the_same_post_alone_names_the_staff():
    assert _read("методист РМК", "municipal") == [("методисты районного методического кабинета", "role", False)]


# -- territorial offices of federal bodies by their civil-defence abbreviation: the level says the kind ---
@pytest.mark.parametrize(("level", "kind"), [("federal", "authority"), ("regional", "external"),
                                             ("municipal", "external")])
def test_territorial_offices_of_federal_bodies_by_level(level, kind):
    assert _read("ТФОИВ", level) == [("территориальные органы федеральных органов исполнительной власти", kind, False)]


# -- a region after a complement of paired abbreviations, a republic's name after its word --------------------------
@pytest.mark.parametrize("cell", ["Управление по делам ГО и ЧС Республики Алтай",
                                  "Отдел по делам ГО и ЧС Тверской области"])
def test_a_region_after_paired_abbreviations_closes_one_body(cell):
    assert [name for name, _, _ in _read(cell, "municipal")] == [cell]


@pytest.mark.parametrize(("cell", "name"), [
    ("Минкультуры Республики Бурятия", "Минкультуры Республики Бурятия"),
    ("Минздрав Республики Адыгея", "Минздрав Республики Адыгея"),
    ("Минздрав Республики Алтай", "Минздрав Республики Алтай"),
])
def test_a_glued_ministry_keeps_the_republics_name(cell, name):
    assert _read(cell, "municipal") == [(name, "external", False)]


@pytest.mark.parametrize("cell", ["руководители клубов, где занимаются подростки",
                                  "руководители организаций, которые принимают участие в акции"])
def test_a_relative_clause_after_where_or_which_is_part_of_the_role(cell):
    assert _read(cell, "municipal") == [(cell, "role", False)]
