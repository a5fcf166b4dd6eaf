"""The text of a row cut by a page: the part on the next page joined to the part before it."""

from __future__ import annotations

import re

from normalizers.language import is_function_word, is_known_word, is_link_word, is_word_form
from parsers.pdf.linejoin import glue
from parsers.settings import current as tolerances

_HEAD = re.compile(r"([^\W\d_]+)$")  # the letters a line ends with, after any opening quote or bracket
_CLOSING = ",.;:)»!?"
_TAIL = re.compile(r"^([^\W\d_]+)")  # the letters a line opens with


def join_cut(before: str, after: str, mid_word: bool = False, spaced: bool = False) -> str:
    """Text of a row cut by a page: a word the page cut in two ("деятельност|и", "«Патриотиче|ское»")
    is closed, as a reader closes it, and so is a break before a closing sign; any other break stays
    a line break. `mid_word`: the page's geometry left the break open (no wrap's space above it), so
    pieces that are words of their own spell one word when joined ("заместит|елями"). `spaced`: the
    page broke the row's cells at a wrap's space, so a slash before it stood before a space
    ("районов/| городских") and letters on both sides are two words, whatever their join spells
    ("функциям| и результатам", not "функциями")."""
    left, right = before.rstrip(), after.lstrip()
    if (left[-1:].isalnum() or left[-1:] in "\"»)") and right[:1] in _CLOSING:
        return left + right  # a closing sign pushed over to the next page ("образования|»", "образования"|,")
    if (left[-2:-1].isalpha() and left[-1:] == "/" and right[:1].isalpha() and not spaced) or (
            left[-1:].isalpha() and right[:1] == "/" and right[1:2].isalpha()):
        return left + right  # a slash glued to both words ("Распоряжения/|приказы", "Распоряжения|/приказы")
    last = left.split()[-1] if left else ""
    first = right.split()[0] if right else ""
    if last and first and not _has_letter(last) and not _has_letter(first) and glue(last, first):
        return left + right  # a number or a doubled sign cut in two ("№|№ 10", "13.10|."), as inside a cell
    head, tail = _HEAD.search(last), _TAIL.match(right)
    if spaced:
        return f"{before}\n{after}"  # the renderer wrote the space it broke the lines at: no word was cut
    if head is not None and tail is not None and tail.group(1)[0].islower() and (
            glue(left, right, is_known_word)
            or (len(tail.group(1)) <= tolerances().max_cut_tail < len(head.group(1))
                and is_known_word(head.group(1) + tail.group(1)) and not _word_and_particle(head.group(1), right))
            or _pieces_of_a_form(head.group(1), tail.group(1))
            or (mid_word and _ending_of_a_form(head.group(1), right))
            or (mid_word and _words_of_a_word(head.group(1), right))):
        return left + right
    return f"{before}\n{after}"


def _has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def _word_and_particle(head: str, right: str) -> bool:
    """A word, then a preposition or conjunction standing alone ("процедур| на"): two words, though
    their join spells one ("процедурна")."""
    tail = _TAIL.match(right).group(1)
    return is_known_word(head) and is_link_word(tail) and right[len(tail):len(tail) + 1] in ("", " ", "\n")


def _words_of_a_word(head: str, right: str) -> bool:
    """Two dictionary words that join into a longer one, no particle among them ("руководи|теля"):
    the dictionary knows many word pieces as words ("теля", "елями")."""
    tail = _TAIL.match(right).group(1)
    if len(head) < tolerances().min_cut_head or right[len(tail):len(tail) + 1] not in ("", " ", "\n"):
        return False
    return not is_function_word(head) and not is_function_word(tail) and is_known_word(head + tail)


def _pieces_of_a_form(head: str, tail: str) -> bool:
    """Neither piece a word, their join a word behind a prefix the dictionary lacks
    ("общеразви|вающие", "самообслед|ования"): a word the page cut."""
    return not is_known_word(head) and not is_known_word(tail) and is_word_form(head + tail)


def _ending_of_a_form(head: str, right: str) -> bool:
    """A head the dictionary lacks, then a short ending standing alone that is no preposition,
    conjunction or particle, their join a word form ("внутришкольно|го", "заключительног|о"): the page
    cut the word; the dictionary knows such endings as words of their own ("го", "ой")."""
    tail = _TAIL.match(right).group(1)
    if len(tail) > tolerances().max_cut_tail or right[len(tail):len(tail) + 1] not in ("", " ", "\n"):
        return False
    return not is_known_word(head) and not is_function_word(tail) and is_word_form(head + tail)
