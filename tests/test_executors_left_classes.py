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
    ("Специалист администрации", "специалисты администрации"),
    ("Методист администрации", "методисты администрации"),
    ("Специалист администрации сельсовета", "специалисты администрации сельсовета"),
])
def test_staff_over_a_body_noun_alone_are_plural(cell, name):
    assert _names(cell) == [name]


def test_a_head_post_over_a_body_noun_stays_singular():
    assert _names("Заместитель главы администрации") == ["заместитель главы администрации"]
