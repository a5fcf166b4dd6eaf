"""A place adjective the dictionary reads as a surname ("Алябьевская", "Ильинский"): capitalised, with the ending
of a place adjective in the nominative. Before more words it qualifies a body ("Алябьевская сельская
библиотека"): it opens the next body run together without a comma, and is not the head of the name."""

from __future__ import annotations

import re

from normalizers.executors.text import Item

_PLACE_ADJECTIVE_RE = re.compile(r"[сц]к(?:ая|ий|ое|ие)$")


def place_adjective(item: Item) -> bool:
    return item.capitalised and not item.is_abbreviation and _PLACE_ADJECTIVE_RE.search(item.lower) is not None
