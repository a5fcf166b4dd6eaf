"""Glued ministries whose clipped field the dictionary reads as a word of its own ("Минтранс": "транс";
"Минприроды": "природа"; "Минлесхоз": "лесхоз"), or does not read at all ("Минюст", "Минэнерго", "Минпромторг"):
the field comes from the vocabulary (glued_ministries in executor_cues.yaml), so the ministry is spelt out like
"Минздрав …", the plan's own body in a plan of its level, an outside one below it (issue 11: glued ministries
broke the first reading of three blind sets). Made-up cells, read as a municipality no glossary file exists for."""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import normalize


def _read(cell: str, level: str) -> list[tuple[str, str, bool]]:
    return [(e.name, e.kind, e.by_agreement) for e in normalize(cell, UNSEEN, None, level).executors]


@pytest.mark.parametrize("cell, name", [
    ("Минтранс России", "Министерство транспорта России"),
    ("Минэнерго России", "Министерство энергетики России"),
    ("Минюст России", "Министерство юстиции России"),
    ("Минпромторг России", "Министерство промышленности и торговли России"),
    ("Минприроды России", "Министерство природных ресурсов и экологии России"),
])
def test_a_clipped_field_before_the_country_is_the_federal_ministry(cell, name):
    assert _read(cell, "federal") == [(name, "authority", False)]
    assert _read(cell, "municipal") == [(name, "external", False)]


@pytest.mark.parametrize("cell, name", [
    ("Минтранс Энской области", "Минтранс Энской области"),
    ("Минлесхоз Энской области", "Минлесхоз Энской области"),
    ("Минрегион ЭО", "Минрегион ЭО"),
    ("МинЖКХ Энской области", "МинЖКХ Энской области"),
])
def test_a_clipped_field_before_a_region_is_the_regions_ministry(cell, name):
    assert _read(cell, "regional") == [(name, "authority", False)]


def test_clipped_fields_in_a_list_stay_apart():
    assert _read("Минтранс России, Минюст России", "federal") == [
        ("Министерство транспорта России", "authority", False), ("Министерство юстиции России", "authority", False)]


def test_a_word_that_only_starts_like_a_ministry_is_not_one():
    assert all(not name.startswith("Министерство") for name, _, _ in _read("Минтрансгаз", "municipal"))
