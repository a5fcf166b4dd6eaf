"""A word broken by a hyphen with no space after it ("куль-туры", "образо-вания", "учреж-дений"): a line break of
the source whose space the extraction lost (O66). Joined when the whole is a dictionary word, the hyphenated form is
not and it is no clipped noun ("пол-ки", clipped_words), so compounds stay ("педагог-психолог", "Ростов-на-Дону"),
nor a first half that is a word ending in a linking vowel ("пожарно-спасательная", whose joined form the dictionary
also knows)."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.clipped_words import is_clipped
from normalizers.executors.morphology import is_known

_BREAK_HINT_RE = re.compile(r"[а-яё]-[а-яё]")  # a quick search first: most hyphens stand between other letters
_GLUED_BREAK_RE = re.compile(r"(?<![А-Яа-яЁё-])([А-Яа-яЁё][а-яё]+)-([а-яё]{2,})(?![А-Яа-яЁё-])")


@lru_cache(maxsize=4096)
def _joined(left: str, right: str) -> str | None:
    whole = left + right
    compound = left[-1] in "оеОЕ" and is_known(left.lower())  # "пожарно-спасательная": a linking vowel
    if compound or is_clipped(left, right):
        return None
    if is_known(whole.lower()) and not is_known(f"{left}-{right}".lower()):
        return whole
    return None


def _mend(match: re.Match) -> str:
    return _joined(match.group(1), match.group(2)) or match.group()


def mend_glued_breaks(text: str) -> str:
    """The text with every hyphen-broken word joined (offsets move: called on the cell before it is read)."""
    return _GLUED_BREAK_RE.sub(_mend, text) if _BREAK_HINT_RE.search(text) is not None else text
