"""The name a segment no glossary knows is given, by the kind a rule read it as: a school keeps its compound's
hyphen ("МБОУ «Школа – интернат № 9»" -> "Школа-интернат"), a collegial body in an oblique case goes to the
nominative ("совместно с Избирательной комиссией области"), initials and legal forms stay as written, a role
and a group start in lower case. Moved out of segmentation.py (its size bar)."""

from __future__ import annotations

import re

from normalizers.executors.classification import bare
from normalizers.executors.morphology import can_be_nominative, to_nominative
from normalizers.executors.text import Item, tidy
from normalizers.executors.vocabulary import cues

_COMPOUND_DASH_RE = re.compile(r"(?<=[А-Яа-яЁё])\s*[-–—]\s*(?=[а-яё])")


def unknown_name(first: Item, text: str, kind: str) -> str:
    """The name of the unknown segment written `text`, opening with the word `first`, read as `kind`."""
    text = tidy(text)
    vocab = cues()
    if kind == "school":
        return _COMPOUND_DASH_RE.sub("-", text)  # "МБОУ «Школа – интернат № 9»" -> "Школа-интернат"
    if kind == "other" and not first.is_abbreviation and not can_be_nominative(first.lower):
        return to_nominative(text)  # "совместно с Избирательной комиссией области": a collegial body
    if kind == "other" or first.is_abbreviation or bare(first) in vocab.legal_forms:
        return text
    if kind == "role":
        return text[:1].lower() + text[1:]
    text = to_nominative(text)
    if kind in vocab.group_kinds:
        text = text[:1].lower() + text[1:]
    return text
