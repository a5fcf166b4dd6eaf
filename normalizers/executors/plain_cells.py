"""A cell of letters and spaces alone ("Департамент образования", "Руководители ОО"), as many are, is one segment:
it holds no comma, semicolon, parenthesis, colon, number sign, dot or connector, so split_cell would cut
nothing and merge nothing; unless it names a person, whom split_cell sets apart. Answered here without the
splitting machinery; tests/test_executors.py holds it to split_cell on every gold cell."""

from __future__ import annotations

import re

from normalizers.executors.persons import ends_with_a_bare_holder, names_a_person
from normalizers.executors.splitting import CellWords, Segment, Split
from normalizers.executors.splitting import _holds_a_connector_hint as holds_a_connector_hint
from normalizers.executors.text import _LETTERS

_PLAIN = _LETTERS | {" "}
# The same characters as a pattern: iterating a Cyrillic string makes a new string of every character (only
# Latin-1 ones are shared), where the pattern reads them in place. Equal to _PLAIN on every code point
# (tests/test_executors.py holds it on the Latin and Cyrillic blocks).
_PLAIN_RE = re.compile(r"[A-Za-zА-Яа-яЁё ]*")


def plain_split(read: CellWords) -> Split | None:
    """split_cell's answer for a cell of letters and spaces with no connector and no person, else None."""
    text, words = read.text, read.words
    if not words or _PLAIN_RE.fullmatch(text) is None or holds_a_connector_hint(text):
        return None
    stripped = text.strip(" ")
    if names_a_person(stripped) or ends_with_a_bare_holder(words):
        return None  # "Учитель физкультуры Смирнов": the post alone; persons are set apart by split_cell
    start = text.index(stripped)
    return Split([Segment(start, start + len(stripped), stripped, words[:])], read.agreement_at, words)
