"""Arbitrary text never makes the executor normaliser raise (it runs on every cell of every file)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalizers.executors import Executor, mine_glossary, normalize_strict

pytestmark = pytest.mark.slow  # hypothesis: thousands of generated cells

# Cyrillic, digits, the punctuation of executor cells, and anything else unicode offers.
_CELL_ALPHABET = st.sampled_from(
    list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ0123456789")
    + list(" ,.;:()«»\"-–—№\n\t/\u00ad")
    + ["ОО", "УО", "МБОУ", "Школы", "№№", "по согласованию", "далее –", "и", "совместно с", "в т.ч.", "Л.В."]
)
_CELLS = st.one_of(st.text(), st.lists(_CELL_ALPHABET, max_size=40).map("".join))
_MUNICIPALITIES = st.sampled_from(["sarov", "smirnykhovsky", "bashmakovsky", "timashevsky", "", "../etc", "x"])
_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(raw=_CELLS, municipality=_MUNICIPALITIES, glossary=st.dictionaries(_CELLS, _CELLS, max_size=3))
def test_normalize_never_raises_and_returns_well_formed_executors(raw, municipality, glossary):
    result = normalize_strict(raw, municipality, glossary)
    assert all(isinstance(e, Executor) and e.name and e.kind for e in result.executors)
    assert len({e.name for e in result.executors}) == len(result.executors)
    assert all(isinstance(w, str) for w in result.warnings)
    assert len(result.short_names) == len(result.executors)
    # the fallback is total: words give an executor, or the cell says it holds none (issue 11)
    assert result.executors or not raw.strip() or "not_executors" in result.warnings


@_SETTINGS
@given(text=_CELLS)
def test_mine_glossary_never_raises(text):
    found = mine_glossary(text + " (далее – " + text[:5] + ")")
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in found.items())
