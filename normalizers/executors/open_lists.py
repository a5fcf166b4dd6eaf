"""A list after "по" left open at a comma: "Отдел по делам ГО, ЧС и мобилизационной работе", "Отдел по делам
ГО, ЧС и ПБ" name one department. The words after "по" have no "и" yet, and the stretch after the comma brings
the "и" that closes the list, with no name of its own (abbreviations and lower-case words only); so the comma
is inside the name (O22), not between executors. "Отдел по делам ГО и ЧС, ЕДДС" closed its list before the
comma: the ЕДДС is an executor of its own. Letters that name a field of work and never a body ("ГО", "ЧС", "ПБ";
`field_abbreviations`) listed by a comma alone continue the name: "Сектор по защите населения и делам ГО, ЧС"; so
do the letters of two fields joined by their own "и" after an open list: "Комитет по вопросам культуры, ФКиС". The
closing stretch may end in the department's owner in the genitive: "Отдел по МР, ГО и ЧС администрации района"."""

from __future__ import annotations

import re

from normalizers.executors.morphology import can_be
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues

_MOST_WORDS = 6  # "ЧС и мобилизационной работе": a short tail
_JOINED_RE = re.compile(r"[А-ЯЁ]и[А-ЯЁ]")


def closes_an_open_list(previous: list[Item], words: list[Item]) -> bool:
    """Whether `words`, after a comma, close the list `previous` opened after "по"."""
    if not words or not words[0].is_abbreviation or not previous:
        return False
    if len(words) > _MOST_WORDS and len(words := words[:_owner_after(words)]) > _MOST_WORDS:
        return False
    if previous[-1].is_abbreviation and _field_letters(previous[-1]) and _field_letters(words[0]):
        return True  # "делам ГО, ЧС": a field after a field, no body of its own
    opened = next((k for k in range(len(previous) - 1, -1, -1) if previous[k].lower == "по"), None)
    if opened is None or opened == 0 or any(w.lower == "и" for w in previous[opened + 1:]):
        return False
    if _joined_fields(words[0]) and not any(w.capitalised or w.is_number for w in words[1:]):
        return True  # "по вопросам культуры, ФКиС (и туризма)": two fields' letters bring the closing "и" themselves
    if not previous[-1].is_abbreviation:
        return False
    joined = [k for k, w in enumerate(words) if w.lower == "и"]
    if len(joined) != 1 or joined[0] == len(words) - 1:
        return False
    return all(w.is_abbreviation or w.lower == "и" or not (w.capitalised or w.is_number)
               for w in words[:_owner_after(words)])


def _owner_after(words: list[Item]) -> int:
    """Where a genitive owner after the closing "и <letters>" begins ("ГО и ЧС Администрации N-ского района"): every
    word from there a noun or an adjective in the genitive, the first a noun; len(words) when there is none."""
    joined = next((k for k, w in enumerate(words) if w.lower == "и"), None)
    start = joined + 2 if joined is not None else len(words)
    if start >= len(words) or not words[joined + 1].is_abbreviation or not _genitive_noun(words[start]):
        return len(words)
    rest = words[start:]
    return start if all(_genitive(w, "NOUN") or _genitive(w, "ADJF") for w in rest) else len(words)


def _genitive_noun(word: Item) -> bool:
    return _genitive(word, "NOUN")


def _genitive(word: Item, part: str) -> bool:
    return not (word.is_abbreviation or word.is_number) and can_be(word.lower, part, "gent")


def _joined_fields(word: Item) -> bool:
    """Field letters with their own "и" between capitals ("ФКиС": физическая культура и спорт, "ГОиЧС")."""
    return _field_letters(word) and _JOINED_RE.search(word.text) is not None


def _field_letters(word: Item) -> bool:
    """Letters naming a field of work ("ЧС": чрезвычайные ситуации), never an executor by themselves."""
    return word.bare in more_cues()["field_abbreviations"]
