"""The text of a row cut by a page: the part on the next page joined to the part before it."""

from __future__ import annotations

from normalizers.language import is_known_word
from parsers.pdf.linejoin import glue
from parsers.settings import current as tolerances


def join_cut(before: str, after: str) -> str:
    """Text of a row cut by a page: a word the page cut in two ("деятельност|и") is closed, as a
    reader closes it; any other break stays a line break."""
    left, right = before.rstrip(), after.lstrip()
    head, tail = left.split()[-1], right.split(None, 1)[0] if right else ""
    if left[-1:].isalpha() and tail[:1].islower() and tail.isalpha() and head.isalpha() and (
            glue(left, right, is_known_word)
            or (len(tail) <= tolerances().max_cut_tail < len(head) and is_known_word(head + tail))):
        return left + right
    return f"{before}\n{after}"
