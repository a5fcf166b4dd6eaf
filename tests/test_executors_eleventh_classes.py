"""Executor classes the eleventh other-regions set (tests/gold/other_regions_eleventh/) showed broken, with examples
of our own, read as a municipality or region no glossary file exists for."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str = "municipal") -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, level).executors]


# -- bodies of government run together, their line break lost ------------------------------------------------------
def test_a_lower_case_head_after_a_genitive_opens_the_next_body():
    assert _read("Комитет лесного хозяйства области комитет природных ресурсов области", "regional") == [
        ("Комитет лесного хозяйства области", "authority", False),
        ("комитет природных ресурсов области", "authority", False)]


def test_three_departments_run_together_are_three():
    names = [name for name, _, _ in _read("Отдел ЖКХ района отдел экономики района сектор опеки района")]
    assert names == ["Отдел ЖКХ района", "отдел экономики района", "сектор опеки района"]


@pytest.mark.parametrize("cell", ["Отдел управления делами", "Комитет по управлению имуществом района"])
def test_a_head_in_an_oblique_case_stays_in_the_name(cell):
    assert len(_read(cell)) == 1


# -- a settlement's own name after its territory noun belongs to the post ------------------------------------------
def test_a_settlement_name_after_a_post_belongs_to_it():
    assert _read("Специалист администрации сельского поселения Кедровый") == [  # staff are a category (R12)
        ("специалисты администрации сельского поселения Кедровый", "role", False)]


def test_a_settlement_name_before_the_holder_after_a_dash_keeps_one_role():
    assert _read("Глава городского поселения Лесной – Сидорова А.П.") == [
        ("глава городского поселения Лесной", "role", False)]


def test_a_surname_with_initials_after_a_territory_is_the_holder():
    names = [name for name, _, _ in _read("Глава района Петренко В.В.")]
    assert not any("Петренко" in name and "глава" in name for name in names)


# -- veterinary services of a district or of farms are outside its authority ----------------------------------------
@pytest.mark.parametrize("cell", ["Госветслужба района", "Ветслужба района"])
def test_a_veterinary_service_is_external(cell):
    assert [kind for _, kind, _ in _read(cell)] == ["external"]


# -- a word the dictionary reads as a verb and, often enough, as a noun: a name's word, not a sentence's verb -------
def test_a_list_ending_in_a_word_that_may_be_a_verb_still_names_its_bodies():
    """"сел" reads first as сесть's past, then as село's genitive plural: the cell is a list of bodies, never empty."""
    names = [name for name, _, _ in _read("Управление сельского хозяйства, сел")]
    assert names and "Управление сельского хозяйства" in names[0]


@pytest.mark.parametrize("cell", ["Проведено совещание руководителей", "Школы стали участниками конкурса"])
def test_a_cell_with_a_plain_verb_still_names_nobody(cell):
    assert _read(cell) == []
