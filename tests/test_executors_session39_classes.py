"""Executor classes the sixth, eleventh and twelfth other-regions sets still showed broken (session 39), with cells
of our own, read as a municipality no glossary file exists for: a town's committee glued into one word with its
place's prefix; a body set up "при" a ministry; an administration named after the last of listed units, shared by
them (O30, for a comma as for "и")."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in normalize(cell, UNSEEN, None, level).executors]


# -- a committee glued with its place's prefix ------------------------------------------------------------------
@pytest.mark.parametrize("cell", ["Горкомэкологии", "Москомспорт", "Райкомимущество"])
def test_a_glued_committee_of_a_town_or_district_is_an_authority(cell):
    assert _read(cell) == [(cell, "authority")]


def test_glued_committees_in_a_list_are_each_an_authority():
    assert [kind for _, kind in _read("Москомспорт, Горкомэкологии", level="regional")] == ["authority", "authority"]


@pytest.mark.parametrize("cell", ["Горкомхоз", "Горкомбинат", "Райкомплекс"])
def test_a_short_field_or_a_word_after_the_prefix_is_no_committee(cell):
    assert [kind for _, kind in _read(cell)] != ["authority"]  # a utilities firm, a plant: not a committee


# -- a body set up at a ministry ---------------------------------------------------------------------------------
@pytest.mark.parametrize("cell", ["районный отдел при Минприроды РТ", "районная служба Лесоуправления при МПР РТ",
                                  "городской отдел при Министерстве лесного хозяйства"])
def test_a_body_at_a_ministry_is_outside_a_municipal_plan(cell):
    assert _read(cell) == [(cell, "external")]


def test_a_body_at_a_ministry_is_an_authority_of_the_regions_plan():
    assert _read("районный отдел при Минприроды РТ", level="regional") == [
        ("районный отдел при Минприроды РТ", "authority")]


@pytest.mark.parametrize("cell", ["Совет при главе района", "Комиссия при администрации района"])
def test_a_body_at_a_municipal_body_stays_as_it_was(cell):
    assert [kind for _, kind in _read(cell)] == ["other"]


def test_a_natural_resources_ministry_by_its_initials_is_spelt_out():
    assert _read("МПР РТ") == [("Министерство природных ресурсов РТ", "external")]


# -- an owner named after the last of listed units ---------------------------------------------------------------
@pytest.mark.parametrize("gap", [", ", " и "])
def test_a_named_administration_after_the_list_owns_each_unit(gap):
    assert _read(f"Финансовый департамент{gap}Отдел спорта Администрации города Энска") == [
        ("Финансовый департамент", "authority"), ("Отдел спорта", "authority")]  # R4: the owner no part of the names


def test_the_owner_reaches_back_over_several_units():
    assert [name for name, _ in _read("Комитет по делам молодежи, сектор опеки, Управа районов администрации "
                                      "города Энска")] == [
        "Комитет по делам молодежи", "сектор опеки", "Управа районов администрации города Энска"]  # R4, a group kept


@pytest.mark.parametrize("cell, first", [
    ("Отдел культуры, Управление спорта администрации района", "Отдел культуры"),  # a generic owner says nothing
    ("Отдел культуры Энского района, Управление спорта администрации города Энска", "Отдел культуры Энского района"),
    ("органы местного самоуправления, Управление спорта администрации города Энска", "органы местного самоуправления"),
    ("Администрация поселка, Управление спорта администрации города Энска", "Администрация поселка"),
])
def test_a_body_with_its_own_owner_or_no_unit_keeps_its_name(cell, first):
    assert _read(cell)[0][0] == first


# -- bodies run together with only a space -----------------------------------------------------------------------
@pytest.mark.parametrize("cell, names", [
    ("Отдел культуры района служба занятости населения", ["Отдел культуры района", "служба занятости населения"]),
    ("Отдел ЖКХ сельские библиотеки", ["Отдел ЖКХ", "сельские библиотеки"]),
    ("Управление образования районные музеи", ["Управление образования", "районные музеи"]),
])
def test_a_lowercase_service_or_adjectives_before_a_head_open_the_next_body(cell, names):
    assert [name for name, _ in _read(cell)] == names


@pytest.mark.parametrize("cell", ["Заречная территориальная администрация", "Отдел культуры и молодежной политики",
                                  "Управление образования и науки области"])
def test_one_name_is_not_cut_at_its_adjectives(cell):
    assert len(_read(cell)) == 1


def test_adjectives_joined_by_and_after_a_comma_name_a_body_each():
    assert _read("служба ЖКХ, районные и ведомственные ветслужбы") == [
        ("служба ЖКХ", "other"), ("районные ветслужбы", "external"), ("ведомственные ветслужбы", "external")]


def test_adjectives_joined_by_and_after_a_name_with_no_comma_name_a_body_each():
    assert _read("служба ЖКХ районные и ведомственные ветслужбы") == [
        ("служба ЖКХ", "other"), ("районные ветслужбы", "external"), ("ведомственные ветслужбы", "external")]


# -- a post over several territories -----------------------------------------------------------------------------
@pytest.mark.parametrize("cell", ["главный инспектор по Энскому району",
                                  "главный инспектор по Энскому, Заречному муниципальным районам",
                                  "главный инспектор по Энскому и Заречному районам и ЗАТО Светлый"])
def test_a_post_right_before_the_territories_it_serves_is_one_role(cell):
    assert _read(cell) == [(cell, "role")]


def test_a_closed_formation_after_the_territories_belongs_to_the_office():
    assert [name for name, _ in _read("ОНД по Энскому району и ЗАТО Светлый")] == [
        "отдел надзорной деятельности по Энскому району и ЗАТО Светлый"]


def test_a_direction_after_a_post_still_reads_as_before():
    assert _read("заместитель директора по УВР") == [("заместитель директора по УВР", "role")]
