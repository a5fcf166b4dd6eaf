"""A definition that names a legal form, not a body: "государственного бюджетного учреждения Энской области
(далее – ГБУ ЭО) «…»". Its short form opens with a legal form's letters and its name is one institution with no
name of its own (no quotes, no number): read as a body, it would split every later "ГБУ ЭО «…»" into a form and a
name. A plural ("муниципальные бюджетные общеобразовательные учреждения (далее – МБОУ)") names a group: kept."""

from __future__ import annotations

import re

from normalizers.executors.legal_form_shapes import reads_as_state_form
from normalizers.executors.vocabulary import cues

_OWN_NAME_MARKS = set("«»\"“”№0123456789")
# the nominative singular of an institution's noun, as mining gives a defined name
_ONE_INSTITUTION_RE = re.compile(r"\b(?:учреждение|организация|предприятие)\b", re.IGNORECASE)


def defines_a_legal_form(abbreviation: str, name: str) -> bool:
    first = abbreviation.split()[0] if abbreviation.split() else ""
    if not first.isupper() or any(ch in _OWN_NAME_MARKS for ch in name) or not _ONE_INSTITUTION_RE.search(name):
        return False
    return first.lower() in cues().legal_forms or reads_as_state_form(first)
