"""A legal form no list holds, read by its letters: "ГОКУ" (государственное областное казённое учреждение),
"ФФГУЗ" (филиал федерального государственного учреждения здравоохранения). The letters of a level (Ф, Г, О,
К, Р), of a type of funding (Б, А, К) and an "У" of учреждение, perhaps of health or culture (З, К), name a
state institution: an organisation outside the municipal education system, whatever month or number its name
or a reference after it holds (issue 11)."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.text import Item

_STATE_FORM_RE = re.compile(r"[фгокр][фгбакор]{1,3}у[зк]?")


@lru_cache(maxsize=4096)
def _state_form(bare: str) -> bool:
    return _STATE_FORM_RE.fullmatch(bare) is not None


def is_state_form(item: Item) -> bool:
    """Whether an abbreviation reads as the legal form of a state (federal or regional) institution."""
    return item.is_abbreviation and _state_form(item.bare)
