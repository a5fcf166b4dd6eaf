"""Which word names a position (руководитель, специалист, "методиты" with a letter lost): read once per word and
kept, for every reader of a cell asks it of the same words again and again. Apart from the kinds of names
(classification.py), which ask it too."""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter

from normalizers.executors.morphology import is_known, parses
from normalizers.executors.text import BARE, Item
from normalizers.executors.vocabulary import cues

bare = itemgetter(BARE)  # as classification.bare: the item's key without the abbreviation mark

_POSITIONS_OF: dict[str, object] = {}  # word -> position_of: every field of an item it reads comes from its text
_UNREAD = object()  # a word position_of has not read yet (None is an answer)


def position_of(item: Item):
    """The position a word names (руководитель, специалист…), or None, kept per word (asked twice a cell)."""
    text = item.text
    found = _POSITIONS_OF.get(text, _UNREAD)  # one look-up where `in` and `[]` made two
    if found is not _UNREAD:
        return found
    if len(_POSITIONS_OF) >= 100_000:
        _POSITIONS_OF.clear()
    found = _POSITIONS_OF[text] = _read_position(item)
    return found


def _read_position(item: Item):
    """The position a word names (руководитель, специалист…), or None. A word the dictionary does not
    know that is a position with one letter dropped ("методиты") names that position."""
    positions = cues().positions
    found = positions.get(bare(item)) or positions.get(item.lower)
    if found is None and not item.is_abbreviation and len(item.lower) >= 6 and not is_known(item.lower):
        spelt = misspelt_position(item.lower)
        return positions.get(spelt[0]) if spelt else None
    return found


def abbreviated_category(items: list[Item], k: int) -> bool:
    """"Кл. рук.": a position cut short after a short modifier tells no number; posts qualified so
    (классные руководители, социальные педагоги) are many, one per class or school, so it names them all."""
    if k == 0 or items[k].is_abbreviation:
        return False
    abbreviations = cues().role_abbreviations
    before = items[k - 1]
    return items[k].lower in abbreviations and before.lower in abbreviations and before.lower in cues().role_modifiers


@lru_cache(maxsize=4096)
def misspelt_position(word: str) -> tuple[str, str] | None:
    """(lemma, form) of the position whose lemma or nominative plural loses one letter to become `word`."""
    if word in cues().positions:
        return None  # a position of the list itself ("педколлектив"), not a typo of its plural
    for lemma_, form in _position_forms():
        if len(form) == len(word) + 1 and any(form[:k] + form[k + 1:] == word for k in range(len(form))):
            return lemma_, form
    return None


@lru_cache(maxsize=1)
def _position_forms() -> tuple[tuple[str, str], ...]:
    out = []
    for lemma_ in cues().positions:
        out.append((lemma_, lemma_))
        plural = next((p.inflect({"nomn", "plur"}) for p in parses(lemma_) if p.tag.POS == "NOUN"), None)
        if plural is not None:
            out.append((lemma_, plural.word))
    return tuple(out)
