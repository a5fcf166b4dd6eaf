"""A cell that opens with an executor names executors, whatever date, year or order reference follows it
(issue 11: a cell with words never gives no executor): "Директор школы, 2019 год", "Учителя-предметники в
соответствии с приказом от 12.03.2019 № 45", "Общественная организация «…» (приказ от 01.09.2020 № 12)",
"ТОУФС Роспотребнадзора … в 2020-2021 гг.". The deadline reader finds a date in each; the opening words
tell that the column holds executors, and the date is extra text."""

from __future__ import annotations

from normalizers.executors.classification import classify, names_a_body_by_phrase, position_of
from normalizers.executors.first_words import by_first_words
from normalizers.executors.glued_ministries import glued_ministry
from normalizers.executors.morphology import can_be_nominative
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues

_OPENING = 3  # words that may stand before the head: "гл.", "ст.", an adjective
_PHRASE = 6  # words names_a_body_by_phrase reads


@by_first_words(_PHRASE)
def opens_with_an_executor(words: list[Item]) -> bool:
    """A position in the nominative (after short modifiers), a body named by a phrase, or a federal body among
    the first words."""
    if not words or words[0].is_number:
        return False
    vocab = cues()
    first = words[0]
    if not first.is_abbreviation and (first.lower in vocab.prepositions or first.lower in vocab.deadline_openers):
        return False  # "В течение года …", "по мере необходимости"
    if names_a_body_by_phrase(words) or vocab.is_federal({word.bare for word in words[:_OPENING]}):
        return True
    if first.text.startswith("Мин") and glued_ministry(words[:1]) is not None:
        return True  # "Минсоцразвития Пермского края": the field's "-развития" is no result
    if first.is_abbreviation and first.bare not in vocab.public_forms and _body_by_letters(first):
        return True  # "ИМЦ в рамках работы РМО": a body its letters tell, whatever deadline words follow
    for word in words[:_OPENING]:
        if position_of(word) is not None:
            return word.is_abbreviation or can_be_nominative(word.lower)
        if word.lower not in vocab.role_modifiers:
            return False
    return False


def _body_by_letters(word: Item) -> bool:
    """An abbreviation no glossary holds that a rule reads as a body ("ИМЦ", "ТОИРО", "НГТУ"), not a guess."""
    kind = classify([word])
    return kind is not None and kind[1] and kind[0] != "role"
