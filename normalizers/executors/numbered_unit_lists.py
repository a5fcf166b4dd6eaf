"""Numbered units after an abbreviation nobody explained ("ЖЭУ №№ 1, 2", "ПЭЖУ NN 1, 2, 3"): one executor per
number, like the schools of sample ruling R17 (fresh set F18); and the Latin "N", "NN" that old documents and
typewritten tables use for "№", "№№" before a number. The sign is swapped letter for letter, so offsets (and
mentions cut by them) stay where they were."""

from __future__ import annotations

import re

from normalizers.executors.text import items

_LATIN_SIGN_RE = re.compile(r"(?<![A-Za-zА-Яа-яЁё])N{1,2}(?=\s?\d)")


def latin_number_signs(text: str) -> str:
    """"школа N 5" -> "школа № 5", "ЖЭУ NN 1, 2" -> "ЖЭУ №№ 1, 2"."""
    if "N" not in text:
        return text
    return _LATIN_SIGN_RE.sub(lambda m: "№" * len(m.group()), text)


def numbered_unit_head(head: str) -> str | None:
    """The abbreviation that closes the words before "№" ("ООО «Жилсервис» ПЭЖУ" -> "ПЭЖУ"): the unit the
    numbers after it are of; None when the words end otherwise."""
    words = items(head)
    if not words:
        return None
    last = words[-1]
    if not last.is_abbreviation or len(last.text) < 2 or not last.text.isupper():
        return None
    return last.text
