"""Parentheses that name what stands before them, so they hold no executor of their own: a second name of
the word before ("Республике Саха (Якутия)") or the initials of the words before ("Органы исполнительной
власти (ОИВ)")."""

from __future__ import annotations

from normalizers.executors.persons import names_a_post
from normalizers.executors.text import items


def names_what_precedes(inner: str, before: str) -> bool:
    """True when `inner`, one word in parentheses, renames the words `before` it; a capitalised post
    ("Огаркова И.И. (Методист)") is the person's post, an executor, and does not."""
    words = items(inner)
    if len(words) != 1:
        return False
    word = words[0]
    if not word.is_abbreviation:
        return word.capitalised and bool(before.strip()) and before.rstrip()[-1:].isalpha() \
            and not names_a_post(word)
    letters = [ch for ch in word.text.lower() if ch.isalpha()]
    initials = [w.text[0].lower() for w in items(before)[-20:] if not w.is_abbreviation]
    if len(letters) < 3 or len(initials) < len(letters):
        return False
    position = 0
    for initial in initials:
        if position < len(letters) and initial == letters[position]:
            position += 1
    return position == len(letters)
