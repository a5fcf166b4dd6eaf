"""Words of an executor cell with the keys they are matched by.

A key folds what officials vary without meaning anything by it: letter case of abbreviations
("ОБОО", "ОбоО"), inflection of words (lemma), quotes, dashes and hyphens ("Школа – интернат",
"РФЯЦ- ВНИИЭФ"). An abbreviation key carries a "#" so that "ДО" (a body) never meets "до" (a
preposition).
"""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.morphology import lemma, part_of_speech
from normalizers.language import fold_case

_TOKEN_RE = re.compile(r"№+|\d+[А-Яа-яA-Za-z]?(?![А-Яа-яA-Za-z])|[A-Za-zА-Яа-яЁё]+")
_LETTER_RE = re.compile(r"[A-Za-zА-Яа-яЁё]")
DASHES = "-–—‐"


class Item:
    """One word, number or "№" of a cell: its surface text, where it is, and its match key."""

    __slots__ = ("text", "start", "end", "key", "is_abbreviation", "is_number", "lower", "capitalised",
                 "is_predicate")

    def __init__(self, text: str, start: int, end: int, key: str, is_abbreviation: bool, is_number: bool,
                 lower: str, capitalised: bool, is_predicate: bool):
        self.text = text
        self.start = start
        self.end = end
        self.key = key
        self.is_abbreviation = is_abbreviation
        self.is_number = is_number
        self.lower = lower
        self.capitalised = capitalised
        self.is_predicate = is_predicate  # a finite verb or short participle: a sentence, not a name

    def __repr__(self) -> str:
        return f"Item({self.text!r}@{self.start}, key={self.key!r})"


def _is_abbreviation(word: str) -> bool:
    uppers = sum(1 for ch in word if ch.isupper())
    return uppers >= 2 or (uppers == 1 and len(word) == 1 and word not in "ИВСКОУА")


# token -> (key, is_abbreviation, is_number, lower, capitalised, is_predicate)
_token_cache: dict[str, tuple[str, bool, bool, str, bool, bool]] = {}
_PREDICATE_POS = frozenset({"VERB", "PRTS"})


def _token_info(token: str) -> tuple[str, bool, bool, str, bool, bool]:
    first = token[0]
    low = token.lower()
    if first == "№":
        return ("№", False, False, low, False, False)
    if first.isdigit():
        return (low, False, True, low, False, False)
    if _is_abbreviation(token):
        return ("#" + fold_case(low), True, False, low, True, False)
    pos, score = part_of_speech(low)
    return (lemma(token), False, False, low, first.isupper(), pos in _PREDICATE_POS and score > 0.3)


def items(text: str, offset: int = 0) -> list[Item]:
    """Words, numbers and "№" of `text` with their positions (shifted by `offset`) and keys."""
    out: list[Item] = []
    append, known = out.append, _token_cache.get
    for match in _TOKEN_RE.finditer(text):
        token = match[0]
        info = known(token)
        if info is None:
            info = _token_cache[token] = _token_info(token)
        start = match.start() + offset
        append(Item(token, start, start + len(token), *info))
    return out


@lru_cache(maxsize=16384)
def keys(text: str) -> tuple[str, ...]:
    return tuple(item.key for item in items(text))


def has_letters(text: str) -> bool:
    return _LETTER_RE.search(text) is not None


_SPACE_RE = re.compile(r"\s+")
_INITIAL_END_RE = re.compile(r"(?:^|[\s.])[А-ЯЁA-Z]\.$")
_NUMBER_SIGN_RE = re.compile(r"№\s*(?=\d)")
_ASCII_QUOTED_RE = re.compile(r"[\"“”„‟]([^\"“”„‟]*)[\"“”„‟]?")


def tidy(text: str) -> str:
    """A name as it should be shown: single spaces, «» quotes, "№ 5"."""
    text = _SPACE_RE.sub(" ", text).strip(" ,;:-–—")
    while text.endswith(".") and not _INITIAL_END_RE.search(text):
        text = text[:-1].rstrip(" ,;:-–—")
    text = _NUMBER_SIGN_RE.sub("№ ", text)
    if text.count('"') >= 2:
        text = _nested_quotes(text)  # 'МУ "ГМЦ "Вектор М"': a name quoted inside a quoted name
    text = _ASCII_QUOTED_RE.sub(lambda m: "«" + m.group(1) + "»", text)
    missing = text.count("«") - text.count("»")
    if missing > 0:
        text += "»" * missing
    return text


def _nested_quotes(text: str) -> str:
    """Straight quotes by where they stand: one that opens a word opens a quote, any other closes one; the
    text is left as it is when that reading closes more quotes than it opens."""
    out = []
    depth = 0
    for k, char in enumerate(text):
        if char == '"':
            opens = (k == 0 or text[k - 1] in " (") and k + 1 < len(text) and not text[k + 1].isspace()
            depth += 1 if opens else -1
            if depth < 0:
                return text
            char = "«" if opens else "»"
        out.append(char)
    return "".join(out)

