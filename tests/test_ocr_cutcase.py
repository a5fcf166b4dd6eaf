"""parsers.ocr.cutcase: the rest of a cut word that OCR read in capitals is lowered, abbreviations stay."""

from __future__ import annotations

import pytest

from normalizers.language import is_known_word
from parsers.ocr.cutcase import lowered


@pytest.mark.parametrize(("texts", "expected"), [
    (["Проведе", "НИЯ"], ["Проведе", "ния"]),
    (["для учреждени", "Й В городе"], ["для учреждени", "й в городе"]),
    (["специалисты", "ОО"], ["специалисты", "ОО"]),  # an abbreviation after a whole word
    (["Центр", "МКУ"], ["Центр", "МКУ"]),
    (["органи", "ЗАЦИЯ"], ["органи", "ЗАЦИЯ"]),  # "А" is no small capital: a true capital was read
])
def test_capitals_carrying_on_a_cut_word_are_lowered(texts, expected):
    assert lowered(texts, is_known_word) == expected
    assert lowered(texts, None) == texts
