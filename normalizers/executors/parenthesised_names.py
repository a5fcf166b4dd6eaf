"""Parentheses that name what stands before them, so they hold no executor of their own: a second name of
the word before ("Республике Саха (Якутия)", "крестьянское (фермерское) хозяйство"), the initials of the
words before ("Органы исполнительной власти (ОИВ)") or a legal formula that renames the people before
("родители (законные представители)"); and letters glued to a region's initials ("РС(Я)"), part of the name."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from normalizers.executors.classification import position_of
from normalizers.executors.morphology import is_adjective, parses
from normalizers.executors.persons import names_a_post
from normalizers.executors.territory_glosses import renames_the_words_before
from normalizers.executors.text import items
from normalizers.executors.vocabulary import more_cues

# One or two capitals in parentheses glued to the capitals before them and closing the word: the initial of a
# region's second name ("РС(Я)": Республика Саха (Якутия)), written inside a legal form.
_GLUED_RE = re.compile(r"(?<=[А-ЯЁ]{2})\(([А-ЯЁ]{1,2})\)(?=[\s«\"“,;]|$)")


def blank_unglued(blank: Callable[[str, list[int]], str], cell: str, agreement_at: list[int]) -> str:
    """`blank(cell, agreement_at)` with the glued parentheses of _GLUED_RE kept as written: they are part of the
    name ("ГАУ ДО РС(Я) «…»" is one institution), not a separator; offsets are kept."""
    spans = [match.span() for match in _GLUED_RE.finditer(cell)] if ")" in cell else ()
    if not spans:
        return blank(cell, agreement_at)
    work = list(cell)
    for start, end in spans:
        work[start], work[end - 1] = "\x01", "\x02"
    return blank("".join(work), agreement_at).replace("\x01", "(").replace("\x02", ")")


def names_what_precedes(inner: str, before: str) -> bool:
    """True when `inner`, one word in parentheses, renames the words `before` it; a capitalised post
    ("Огаркова И.И. (Методист)") is the person's post, an executor, and does not."""
    words = items(inner)
    if len(words) != 1:  # "районов (городских округов)": a second territory (territory_glosses.py)
        return renames_the_words_before([w.text for w in words], before.split()[-2:])
    word = words[0]
    if not word.is_abbreviation:
        if not word.capitalised:  # "крестьянское (фермерское) хозяйство": a second adjective for the one before
            last = before.split()[-1:]
            return bool(last) and (is_adjective(word.text.lower()) and is_adjective(last[0].lower())
                                   or same_noun_form(word.text.lower(), last[0].lower()))  # "ассистенты (помощники)"
        return bool(before.strip()) and before.rstrip()[-1:].isalpha() and not names_a_post(word)
    letters = [ch for ch in word.text.lower() if ch.isalpha()]
    initials = [w.text[0].lower() for w in items(before)[-20:] if not w.is_abbreviation]
    if len(letters) < 3 or len(initials) < len(letters):
        return False
    position = 0
    for initial in initials:
        if position < len(letters) and initial == letters[position]:
            position += 1
    return position == len(letters)


def same_noun_form(word: str, before: str) -> bool:
    """"ассистенты (помощники)": a lowercase noun in parentheses in the case and number of the noun before it is a
    second name of it, one executor."""
    forms = {(p.tag.case, p.tag.number) for p in parses(word) if p.tag.POS == "NOUN"}
    return bool(forms) and any((p.tag.case, p.tag.number) in forms for p in parses(before) if p.tag.POS == "NOUN")


@lru_cache(maxsize=1)
def _renaming_glosses() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(gloss) for gloss in more_cues().get("renaming_glosses") or ())


def renames_the_people_before(inner: str, before: str) -> bool:
    """True when `inner` is a formula of the shared vocabulary that renames the people named just before it:
    "родители (законные представители)", "родители (лица, их заменяющие)" are one group, not two."""
    if not before.rstrip() or before.rstrip()[-1:] in ",;":
        return False
    glossed = tuple(word.key for word in items(inner))
    if glossed not in _renaming_glosses():
        return False
    last = items(before)[-1:]
    return bool(last) and position_of(last[0]) is not None
