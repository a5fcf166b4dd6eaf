"""A legal form no list holds, read by its letters: "ГОКУ" (государственное областное казённое учреждение),
"ФФГУЗ" (филиал федерального государственного учреждения здравоохранения). The letters of a level (Ф, Г, О,
К, Р), of a type of funding (Б, А, К) and an "У" of учреждение, perhaps of health or culture (З, К), name a
state institution: an organisation outside the municipal education system, whatever month or number its name
or a reference after it holds (issue 11); so do they after the initial of the region's name ("НОГАУ", "ТОГБУ")."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues


@lru_cache(maxsize=1)
def _state_form_re() -> re.Pattern[str]:
    """The letters of a state legal form (executor_cues.yaml, state_form_letters) as one pattern."""
    level, funding, institution, field = (more_cues()["state_form_letters"][part]
                                          for part in ("level", "funding", "institution", "field"))
    letters = more_cues()["state_form_letters"]
    # the region's own initial before a regional form ("НОГАУ": Н-ское областное ГАУ; "ТОГБУ"): the region's
    # level and "государственное" spelt, so a municipal school's "МОБУ" does not read so
    regional = f"[а-яё][{letters['regional']}]г[{funding}]{{1,2}}[{institution}][{field}]?"
    return re.compile(f"[{level}][{funding}]{{1,3}}[{institution}][{field}]?|{regional}")


@lru_cache(maxsize=4096)
def _state_form(bare: str) -> bool:
    return _state_form_re().fullmatch(bare) is not None


def reads_as_state_form(letters: str) -> bool:
    """Whether a bare run of capitals ("ГОКУ") reads as the legal form of a state institution."""
    return _state_form(letters)


def is_state_form(item: Item) -> bool:
    """Whether an abbreviation reads as the legal form of a state (federal or regional) institution."""
    return item.is_abbreviation and _state_form(item.bare)
