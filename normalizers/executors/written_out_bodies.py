"""A post over a body written out in words reads as it does over the body's letters (R12), so the cell's reading
does not depend on whether the body is spelt out: staff of a body are a category, in the plural ("специалист УО"
and "специалист отдела образования" alike)."""

from __future__ import annotations

from normalizers.executors.morphology import can_be, is_adjective
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues


def opens_with_a_body(tail: list[Item]) -> bool:
    """Whether the words after a post open with a body written out in the genitive ("отдела образования",
    "районного комитета …"), not a field ("по охране труда") or a subject; an institution's own staff
    ("медицинская сестра школы", "научный сотрудник музея") are left in the number written."""
    heads = cues().authority_heads
    for k, word in enumerate(tail):
        if word.is_abbreviation or word.is_number:
            return False
        if word.key in heads:
            return can_be(word.lower, "NOUN", "gent")
        if not (is_adjective(word.lower) or _first_part(word, tail[k + 1:k + 2])):
            return False
    return False


def _first_part(word: Item, following: list[Item]) -> bool:
    """"информационно" of "информационно-методического": the first part of a compound adjective."""
    return word.lower.endswith("о") and bool(following) and is_adjective(following[0].lower)
