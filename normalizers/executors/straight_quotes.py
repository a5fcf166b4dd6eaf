"""Straight quotes opened and not closed before a point of a cell. Writers who nest straight quotes close them all
with one mark ('ФГУП "ПО "Севмаш", МУП …'), so a straight quote right after a word and right before a comma or a
semicolon closes every quote opened before it; only the quotes after the last such mark are counted (splitting.py)."""

from __future__ import annotations

import re

_CLOSING_BEFORE_A_SEPARATOR_RE = re.compile(r"\w[\"”]\s*[,;]")
_STRAIGHT = '"“”'


def straight_quotes_open(before: str) -> bool:
    """Whether an odd number of straight quotes stands in `before` after its last closing quote before a separator."""
    start = 0
    for match in _CLOSING_BEFORE_A_SEPARATOR_RE.finditer(before):
        start = match.end()
    return sum(before.count(q, start) for q in _STRAIGHT) % 2 == 1
