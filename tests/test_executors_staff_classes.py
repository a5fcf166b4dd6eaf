"""Executor classes the made-up staff set (tests/gold/executors_staff/) showed broken, with other made-up cells of
school, kindergarten and education-office plans, read as a municipality no glossary file exists for."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str) -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, "municipal").executors]


# -- service and office staff, abbreviated posts: shared vocabulary ---
@pytest.mark.parametrize(("cell", "name"), [
    ("Кладовщик", "кладовщик"),
    ("Шеф-повар", "шеф-повар"),
    ("шеф-повар пищеблока", "шеф-повар пищеблока"),
    ("Техн. специалист ППЭ", "технический специалист ППЭ"),
    ("Инстр. по плаванию", "инструктор по плаванию"),
    ("Учитель физ. культуры", "учитель физической культуры"),
    ("Юрист УО", "юристы управления образования"),  # staff of a named body: a category (R12)
])
def test_service_staff_and_clipped_posts_are_roles_spelt_out(cell, name):
    assert _read(cell) == [(name, "role", False)]


def test_a_post_of_the_service_staff_next_to_another_is_its_own_executor():
    assert _read("Шеф-повар, кастелянша") == [("шеф-повар", "role", False), ("кастелянша", "role", False)]


# -- a post written singular with an abbreviated half keeps its number (O43) ---
@pytest.mark.parametrize("cell", ["Пед.-психолог", "пед. - психолог", "педагог-психолог"])
def test_an_abbreviated_compound_post_stays_singular(cell):
    assert _read(cell) == [("педагог-психолог", "role", False)]


def test_the_plural_and_the_bare_psychologist_still_name_the_category():
    assert _read("Педагоги-психологи") == [("педагоги-психологи", "role", False)]
    assert _read("Психолог") == [("педагоги-психологи", "role", False)]  # sample ruling R12


# -- parents are outside the education system (F14) ---
@pytest.mark.parametrize(("cell", "name"), [
    ("Родители", "родители"),
    ("родители обучающихся", "родители обучающихся"),
    ("Родители (законные представители)", "родители (законные представители)"),  # the gloss kept (glosses.py)
])
def test_parents_are_external(cell, name):
    assert _read(cell) == [(name, "external", False)]


def test_parents_next_to_staff_and_their_committee_keep_their_kinds():
    assert _read("Учителя, родители") == [("учителя", "role", False), ("родители", "external", False)]
    assert _read("Председатель родительского комитета") == [("председатель родительского комитета", "role", False)]
    assert _read("Родительский комитет") == [("родительский комитет", "other", False)]


# -- school units by their common abbreviations, spelt out inside a role ---
@pytest.mark.parametrize(("cell", "name"), [
    ("Воспитатели ГПД", "воспитатели групп продлённого дня"),
    ("Председатель ППО", "председатель первичной профсоюзной организации"),
])
def test_a_school_unit_abbreviation_is_spelt_out_in_a_role(cell, name):
    assert _read(cell) == [(name, "role", False)]


# -- subject acronyms after a teaching post, spelt out (subject_acronyms.py) ---
@pytest.mark.parametrize(("cell", "name"), [
    ("Преподаватель ФК", "преподаватель физической культуры"),
    ("учителя физо", "учителя физо"),  # a lower-case word is no acronym
    ("Инструктор по ФК бассейна", "инструктор по физической культуре бассейна"),
])
def test_a_subject_acronym_after_a_teaching_post_is_spelt_out(cell, name):
    assert _read(cell) == [(name, "role", False)]


def test_other_acronyms_and_acronyms_after_other_words_stay():
    assert _read("Учитель ОБЖ") == [("учитель ОБЖ", "role", False)]
    assert _read("учителя ИЗО") == [("учителя ИЗО", "role", False)]
    assert _read("Руководитель ФК «Олимп»")[0][0] == "руководитель ФК «Олимп»"


# -- acronyms of a post's own title, read only after that post (post_acronyms) ---
@pytest.mark.parametrize(("cell", "name"), [
    ("Педагог ДО", "педагог дополнительного образования"),
    ("педагоги ДО, вожатые", "педагоги дополнительного образования"),
    ("Председатель ПК школы", "председатель профсоюзного комитета школы"),
])
def test_an_acronym_of_the_posts_title_is_spelt_out_after_it(cell, name):
    assert _read(cell)[0] == (name, "role", False)


def test_the_same_letters_after_another_word_keep_their_reading():
    assert _read("Специалисты ДО")[0][0] == "специалисты ДО"
    assert [kind for _, kind, _ in _read("Министерство образования ПК")] == ["external"]
