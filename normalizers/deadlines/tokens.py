"""Split a deadline cell into tagged tokens that keep their character spans in the original text.

Spans matter because notes are cut verbatim from the cell. Any dash reads as one DASH token, a
missing space ("2021г.") splits anyway, and capitals and "ё" are folded before the lexicon look-up.
"""

from __future__ import annotations

import re

from normalizers.deadlines.lexicon import Lexicon
from normalizers.language import fold_case

_TOKEN_RE = re.compile(r"(?<!\d)\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)|\d+|[^\W\d_]+|[^\s\w]")
_PUNCT = {"-": "DASH", "‐": "DASH", "‑": "DASH", "‒": "DASH", "–": "DASH", "—": "DASH", "―": "DASH", "−": "DASH",
          ",": "COMMA", ";": "COMMA", "(": "LP", "[": "LP", ")": "RP", "]": "RP", ".": "DOT", "/": "SLASH"}


_UNKNOWN = ("W", None)


class Token:
    """One token: tag (MON, YEAR, NUM, W, DASH, ...), value, span, folded text."""

    __slots__ = ("tag", "value", "start", "end", "text")

    def __init__(self, tag: str, value: object, start: int, end: int, text: str):
        self.tag = tag
        self.value = value
        self.start = start
        self.end = end
        self.text = text

    def __repr__(self) -> str:
        return f"{self.tag}:{self.text}"


def tokenize(raw: str, lex: Lexicon) -> list[Token]:
    folded = fold_case(raw)
    words = lex.words
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(folded):
        text = m.group()
        c = text[0]
        s, e = m.span()
        if c.isdecimal():
            if "." in text:
                d, mo, y = text.split(".")
                year = int(y) + (2000 if len(y) == 2 else 0)
                out.append(Token("DATE", (int(d), int(mo), year), s, e, text))
                continue
            n = int(text)
            if len(text) == 4 and 1900 <= n <= 2099:
                out.append(Token("YEAR", n, s, e, text))
            else:
                out.append(Token("NUM", n, s, e, text))
        elif c.isalpha():
            tag, value = words.get(text, _UNKNOWN)
            out.append(Token(tag, value, s, e, text))
        else:
            tag = _PUNCT.get(c)
            if tag:
                out.append(Token(tag, None, s, e, text))
    return out
