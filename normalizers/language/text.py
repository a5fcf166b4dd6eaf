"""Text cleanup and the one fold used whenever two pieces of Russian text are compared."""

from __future__ import annotations

import re

_WS = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w№\s]+")


def clean(text: str | None) -> str:
    """Collapse whitespace runs (line breaks included) to one space and trim; None gives ""."""
    if not text:
        return ""
    return _WS.sub(" ", text).strip()


def fold_case(text: str) -> str:
    """Lower case with "ё" read as "е", character for character (spans into the original stay valid)."""
    low = text.lower().replace("ё", "е")
    if len(low) == len(text):
        return low
    # A few letters (e.g. "İ") lower to two characters: fold them one by one to keep the length.
    return "".join((c.lower()[:1] or c) for c in text).replace("ё", "е")


def fold(text: str | None) -> str:
    """`fold_case`, punctuation and quotes dropped, spaces collapsed: the form vocabularies are kept in."""
    if not text:
        return ""
    return clean(_PUNCT.sub(" ", fold_case(text)))


def leaves_quote_open(text: str) -> bool:
    """The text opens a quotation it does not close (more « than », “ than ”, an odd count of "):
    a name cut there goes on, whatever case its next word opens with."""
    return text.count("«") > text.count("»") or text.count("“") > text.count("”") or text.count('"') % 2 == 1
