"""Is this a Russian word? The vocabulary behind joining words a narrow PDF column broke in two.

pymorphy3's dictionary answers; the analyser is built once, on the first question, because most
documents never ask.
"""

from __future__ import annotations

from functools import cache, lru_cache


@cache
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def is_known_word(piece: str) -> bool:
    """True when the dictionary knows `piece` as a whole word (any case, ё spelt е or ё)."""
    word = piece.lower()
    if not word.isalpha():
        return False
    return bool(_morph().word_is_known(word))
