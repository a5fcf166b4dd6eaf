"""The text of a row cut by a page: the part on the next page joined to the part before it."""

from __future__ import annotations

import re

from normalizers.language import is_known_word, is_word_form
from parsers.pdf.linejoin import glue
from parsers.settings import current as tolerances

_HEAD = re.compile(r"([^\W\d_]+)$")  # the letters a line ends with, after any opening quote or bracket
_CLOSING = ",.;:)»!?"
_TAIL = re.compile(r"^([^\W\d_]+)")  # the letters a line opens with


def join_cut(before: str, after: str) -> str:
    """Text of a row cut by a page: a word the page cut in two ("деятельност|и", "«Патриотиче|ское»")
    is closed, as a reader closes it, and so is a break before a closing sign; any other break stays
    a line break."""
    left, right = before.rstrip(), after.lstrip()
    if (left[-1:].isalnum() or left[-1:] in "\"»)") and right[:1] in _CLOSING:
        return left + right  # a closing sign pushed over to the next page ("образования|»", "образования"|,")
    if (left[-2:-1].isalpha() and left[-1:] == "/" and right[:1].isalpha()) or (
            left[-1:].isalpha() and right[:1] == "/" and right[1:2].isalpha()):
        return left + right  # a slash glued to both words ("Распоряжения/|приказы", "Распоряжения|/приказы")
    last = left.split()[-1] if left else ""
    head, tail = _HEAD.search(last), _TAIL.match(right)
    if head is not None and tail is not None and tail.group(1)[0].islower() and (
            glue(left, right, is_known_word)
            or (len(tail.group(1)) <= tolerances().max_cut_tail < len(head.group(1))
                and is_known_word(head.group(1) + tail.group(1)))
            or _pieces_of_a_form(head.group(1), tail.group(1))):
        return left + right
    return f"{before}\n{after}"


def _pieces_of_a_form(head: str, tail: str) -> bool:
    """Neither piece a word, their join a word behind a prefix the dictionary lacks
    ("общеразви|вающие", "самообслед|ования"): a word the page cut."""
    return not is_known_word(head) and not is_known_word(tail) and is_word_form(head + tail)
