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


# The speed-ups stand in for a pattern run over the whole cell; they must find what the pattern finds. The old
# forms of в, о, с, т (ᲀ…ᲅ) are letters IGNORECASE reads as those, str.lower() does not.
_FAST_ALPHABET = st.one_of(_CELL_ALPHABET, st.sampled_from(list("ᲀᲁᲂᲃᲄᲅßİ5аб") + ["согл.", "т.ч.", " и ", "кл."]))
_FAST_TEXTS = st.one_of(st.text(), st.lists(_FAST_ALPHABET, max_size=30).map("".join))
_FAST_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST_SETTINGS
@given(text=_FAST_TEXTS, offset=st.integers(0, 9))
def test_tokens_read_piece_by_piece_are_the_patterns_tokens(text, offset):
    from normalizers.executors.text import _TOKEN_RE, items

    assert [(w.text, w.start, w.end) for w in items(text, offset)] == [
        (m[0], m.start() + offset, m.end() + offset) for m in _TOKEN_RE.finditer(text)]


@_FAST_SETTINGS
@given(text=_FAST_TEXTS)
def test_substring_hints_find_what_the_patterns_find(text):
    from normalizers.executors import splitting

    assert splitting._holds_a_connector_hint(text) == (splitting._CONNECTOR_HINT_RE.search(text) is not None)
    assert splitting.without_agreement(text) == splitting._AGREEMENT_RE.sub(lambda m: " " * len(m.group()), text)
    assert splitting._punctuation_runs(text) == [m.span() for m in splitting._PUNCTUATION_SEPARATOR_RE.finditer(text)]
