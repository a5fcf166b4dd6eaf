"""Split a deadline cell into tagged tokens that keep their character spans in the original text.

Spans matter because notes are cut verbatim from the cell. Any dash reads as one DASH token, a
missing space ("2021г.") splits anyway, and capitals and "ё" are folded before the lexicon look-up.
"""

from __future__ import annotations

import re

from normalizers.deadlines.lexicon import Lexicon, typo_candidate
from normalizers.language import fold_case

# A word; punctuation; a full date "25.03.2019", "25.03.19", spaced after its dots "25. 03. 2019" (a four-digit
# year then) or once before the first dot ("3 .05. 2015", F13); a day and month without a year "25.03", "25.03."
# (not a decimal inside a longer number); numbers.
# Each alternative starts with a different kind of character, so words and punctuation, most of a cell, are
# tried first and the date forms only at a digit.
_TOKEN_RE = re.compile(r"[^\W\d_]+|[^\s\w]|(?=\d)(?:"
                       r"(?<![\d.])\d{1,2} ?\.\s{0,2}\d{1,2}\.(?:\d{4}|\d{2}|\s{1,2}(?:19|20)\d\d)(?!\d)"
                       r"|(?<![\d.])\d{1,2}\.\d\d(?![\d,])\.?"
                       r"|(?<![\d.])\d{1,2}\.(?:19|20)\d\d(?!\d)|\d+)")
_PUNCT = {"-": "DASH", "‐": "DASH", "‑": "DASH", "‒": "DASH", "–": "DASH", "—": "DASH", "―": "DASH", "−": "DASH",
          ",": "COMMA", ";": "COMMA", "(": "LP", "[": "LP", ")": "RP", "]": "RP", ".": "DOT", "/": "SLASH"}


# the ending of a word clipped with a hyphen ("в теч-е года"): read with the abbreviation before it
_CLIPPED_ENDING_RE = re.compile(r"-[^\W\d_]{1,2}(?![\w-])")

_UNKNOWN = ("W", None)
_MAX_CACHED_WORDS = 100_000  # distinct words memoised (a few MB); later new words are read each time


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


def _date_tokens(text: str, start: int, end: int) -> list[Token]:
    """"25.03.2019" -> DATE (25, 3, 2019); "25.03." -> DATE (25, 3, None), the year left to context;
    "03.2020" -> the month March and the year 2020."""
    parts = [p.strip() for p in text.split(".") if p.strip()]
    if len(parts) == 2 and len(parts[1]) == 4:
        month, year = int(parts[0]), int(parts[1])
        cut = start + text.index(".")
        if not 1 <= month <= 12:
            return [Token("NUM", month, start, cut, parts[0]), Token("YEAR", year, end - 4, end, parts[1])]
        return [Token("MON", month, start, cut, parts[0]), Token("YEAR", year, end - 4, end, parts[1])]
    year = None
    if len(parts) == 3:
        year = int(parts[2]) + (2000 if len(parts[2]) == 2 else 0)
    return [Token("DATE", (int(parts[0]), int(parts[1]), year), start, end, text)]


def _glued_ordinal(out: list[Token], start: int, end: int) -> bool:
    """"1-го", "2-й", "1-е": a number, a hyphen and an ending written close together read as the number.
    The hyphen token is dropped and the number's span takes the ending (a note cut keeps it whole)."""
    if len(out) < 2 or out[-1].tag != "DASH" or out[-2].tag != "NUM":
        return False
    dash, num = out[-1], out[-2]
    if dash.end != start or num.end != dash.start:
        return False
    out.pop()
    num.end = end
    return True


def _hyphenation_break(out: list[Token], folded: str, text: str, start: int,
                       lex: Lexicon) -> tuple[str, int] | None:
    """"сен- тябрь", "ежеквар- тально", "тече- ние": a word the source broke with a hyphen at a line end (the
    hyphen glued to the first half, a space or line break after it), when the halves make a vocabulary word
    (or a word of a vocabulary stem) of five letters or more; the halves' tokens are dropped and (word, its
    start) returned."""
    dash, head = out[-1], out[-2]
    if head.end != dash.start or dash.end == start or not folded[head.start].isalpha():
        return None
    joined = folded[head.start:head.end] + text
    if len(joined) < 5 or not (joined in lex.words or joined in lex.typo_words or joined.startswith(lex.stems)):
        return None
    del out[-2:]
    return joined, head.start


def _may_misspell(text: str, heads: dict[str, frozenset[int]], tails: dict[str, frozenset[int]]) -> bool:
    """A slip of one letter leaves the head or the tail of a long word whole, and its length within one."""
    size = len(text)
    return size in heads.get(text[:3], ()) or size in tails.get(text[-3:], ())


def _word_reading(text: str, lex: Lexicon) -> tuple[str, str, object, bool]:
    """(the word as read, tag, value, whether it was an abbreviation) of one folded word: "теч." reads as
    "течение", "сентябь" as "сентябрь". Memoised in the lexicon (lex.word_readings): cells repeat few words,
    and these look-ups, the misspelling search above all, cost more than the rest of a token."""
    cache = lex.word_readings
    got = cache.get(text)
    if got is not None:
        return got
    word = text
    full = lex.abbreviations.get(word)
    if full is not None:
        word = full
    tag, value = lex.words.get(word, _UNKNOWN)
    if tag == "W" and len(word) > 4 and _may_misspell(word, lex.typo_heads, lex.typo_tails) \
            and word not in lex.typo_words:
        fixed = typo_candidate(lex, word)  # "сентябь", "ежеквартльно"
        if fixed is not None:
            word = fixed
            tag, value = lex.words.get(word, _UNKNOWN)
    got = (word, tag, value, full is not None)
    if len(cache) < _MAX_CACHED_WORDS:
        cache[text] = got
    return got


def _drop_current_year_word(out: list[Token], current: frozenset[str]) -> None:
    """"текущего года", "текущего учебного года" before the year word just read: the plan's own year, which
    the cell is read against anyway, so the word is no note and no phrase ("в течение текущего года" reads as
    "в течение года")."""
    k = len(out) - 1
    if out[k].tag == "SCHOOL" and k > 0:
        k -= 1
    if out[k].text in current and out[k].tag == "W":
        del out[k]


def tokenize(raw: str, lex: Lexicon) -> list[Token]:
    folded = fold_case(raw)
    suffixes = lex.ordinal_suffixes
    readings = lex.word_readings  # the memo of _word_reading, looked up here first
    out: list[Token] = []
    abbreviation_dot = clipped_end = -1
    for m in _TOKEN_RE.finditer(folded):
        text = m.group()
        c = text[0]
        s, e = m.span()
        if s < clipped_end:
            continue  # the hyphen and the ending of a clipped word, read with it
        if c.isdecimal():
            if "." in text:
                out.extend(_date_tokens(text, s, e))
                continue
            n = int(text)
            if len(text) == 4 and 1900 <= n <= 2099:
                out.append(Token("YEAR", n, s, e, text))
            else:
                out.append(Token("NUM", n, s, e, text))
        elif c.isalpha():
            if text in suffixes and _glued_ordinal(out, s, e):
                continue
            if out and out[-1].tag == "DASH" and len(out) > 1:
                joined = _hyphenation_break(out, folded, text, s, lex)
                if joined is not None:  # "ежеквар- тально": a word broken at a line end
                    text, s = joined
            text, tag, value, abbreviated = readings.get(text) or _word_reading(text, lex)
            if abbreviated and e < len(folded) and folded[e] == ".":  # "теч.": the dot is part of it
                abbreviation_dot = e
            elif abbreviated and e < len(folded) and folded[e] == "-" and (m := _CLIPPED_ENDING_RE.match(folded, e)):
                e = clipped_end = m.end()  # "теч-е": the hyphen and the ending are part of it
            if tag == "YW" and out and lex.current_words:
                _drop_current_year_word(out, lex.current_words)
            out.append(Token(tag, value, s, e, text))
        elif s != abbreviation_dot:
            tag = _PUNCT.get(c)
            if tag:
                out.append(Token(tag, None, s, e, text))
            elif c == "*":  # a footnote mark: no rule reads it, so it stays in the note
                out.append(Token("W", None, s, e, text))
    return out
