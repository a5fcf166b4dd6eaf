"""A unit of an authority named with the authority in the genitive: "ЦБ комитета образования" (its
centralised accounting office), "бухгалтерия управления образования". No rule knows the unit's own head, but
the body it belongs to is an authority of the plan's level, and so is the unit (spec: an authority's officials
as a body). Read only for names no other rule classifies; a legal form makes an institution of its own."""

from __future__ import annotations

from normalizers.executors.morphology import can_be
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues, more_cues


def is_unit_of_an_authority(items: list[Item]) -> bool:
    """A first word that is no legal form, then an authority head in the genitive with a genitive after it."""
    vocab = cues()
    if len(items) < 3 or items[0].bare in vocab.legal_forms:
        return False
    for k in range(1, len(items) - 1):
        word = items[k]
        if not word.is_abbreviation and word.key in vocab.authority_heads and can_be(word.lower, "NOUN", "gent") \
                and items[k - 1].lower not in vocab.connectors:
            return can_be(items[k + 1].lower, "NOUN", "gent")
    return False


def of_a_municipal_administration(words: set[str]) -> bool:
    """"Отдел образования администрации МР «N-ский район» Республики N": an administration of a district, town or
    settlement is named, so the body is municipal; the region after it only says where the municipality lies
    (the region's words alone would make it a body of a higher level)."""
    markers = more_cues()["municipal_administration_markers"]
    return "администрация" in words and not words.isdisjoint(markers)
