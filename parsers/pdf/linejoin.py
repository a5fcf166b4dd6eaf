"""Join the printed lines of a PDF cell or paragraph back into the writer's text.

A PDF keeps only where the renderer broke a line, not why. A reader joins two lines into one word
when the break fell inside a word: after a hyphen ("психолого-|педагогической"), after a dash glued
to a word ("кабинетов–|творческих"), at a slash glued to its words ("Распоряжения/|приказы"), inside a
number ("13.10|.", "№|№"), or inside a word the narrow column cut without a hyphen
("общеобразователь|ных"). That last case needs a vocabulary, so this module takes a word test as a
parameter and holds no words itself.

The word rule: glue when the joined form is a word and at least one piece is not. Requiring that
neither piece be a word misses real breaks, because a dictionary knows many word tails on their own
("образовательн|ой", "профессиональног|о", "функциониров|ания") and some heads
("предварительно|й"); two words side by side ("по|данным") are never glued.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

HYPHENS = "-\u2010\u2011\u00ad"
DASHES = "\u2012\u2013\u2014\u2015"
# A line ending with one of these stops at a natural break point: the next number is a new item.
_SEPARATORS = ",;:)]»\"'"
_BULLETS = HYPHENS + DASHES + "•·*"

_LAST_TOKEN = re.compile(r"(\S+)$")
_FIRST_TOKEN = re.compile(r"^(\S+)")
_WORD_END = re.compile(r"([^\W\d_]+)$")
_WORD_START = re.compile(r"^([^\W\d_]+)")
LIST_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*[.)]$|^\d{1,3}(?:\.\d{1,3})+$")  # "2.", "2.2.", "5.1", "3)"

WordTest = Callable[[str], bool]
_CLOSING = ",.;:)»!?"
CLOSING_SIGNS = "»)"  # a closing quote or bracket: the renderer pushes one over with the word it closes
_NEVER_OPENS = ",;:" + CLOSING_SIGNS  # signs no writer puts after a space: a line opening with one was cut before it
LINK_VOWELS = "оеОЕ"  # a Russian compound's first part ends in one of these ("научно-", "социально-")
# A line cut inside a word stops less than this many average glyphs short of the cell's text edge:
# the glyph that did not fit, a wide one at most; an edge guessed from the white strips beside an
# unruled column (the longest line's end, not the cell's) leaves more doubt.
FORCED_BREAK_GLYPHS = 1.4
GUESSED_EDGE_GLYPHS = 2.0
# ... and less than one glyph short (the glyph that did not fit) when the head is no word and the tail
# a short ending or the join a word form the dictionary knows behind a prefix ("юнармейског|о").
TIGHT_BREAK_GLYPHS = 1.0
# A line of a cell whose breaks carry a space glyph, with room for this share of that glyph and none
# after it, was not broken at a space.
SPACE_FITS = 1.0
LONG_HEAD = 9  # letters: a piece this long the dictionary lacks is no word of its own
SHORT_TAIL = 4  # letters: an ending ("ого", "ости") the dictionary may know as a word of its own
# letters: the rest of a cut word the dictionary does not know is an ending or two ("ности"); an unknown
# word of its own ("стажерских") is longer
UNKNOWN_TAIL = 5


def glyph_width(line) -> float:
    """The average glyph of a printed line (text, x0, x1): the unit the room left at its end is told in."""
    return (line.x1 - line.x0) / max(1, len(line.text.strip()))


def _has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


def _has_digit(token: str) -> bool:
    return any(ch.isdigit() for ch in token)


def _is_punctuation(token: str) -> bool:
    return all(unicodedata.category(ch).startswith("P") for ch in token)


_YEAR_END = re.compile(r"(?:^|\D)(?:19|20)\d\d$")
_YEAR_START = re.compile(r"^(?:19|20)\d\d(?:\D|$)")


def _glue_symbols(last: str, first: str) -> bool:
    """Pieces without letters: a number cut in two ("13.10|.", "2.|1.") or a doubled sign ("№|№").

    Not a list going on ("10,|11"), not a bullet ("|- ..."), not a sign before its number ("№|10").
    """
    if last[-1] in _SEPARATORS or first[0] in _BULLETS or first[0] in "([«\"'":
        return False
    if _YEAR_END.search(last) and _YEAR_START.match(first):
        return False  # two years side by side, a period's end over the next entry's ("2021-2025|2021")
    if _has_digit(last) and _has_digit(first):
        return True
    if _is_punctuation(first) or _is_punctuation(last):
        return True
    return set(last) == set(first)


def glue(prev: str, nxt: str, is_word: WordTest | None = None) -> bool:
    """True when the break between two printed lines falls inside a word and must be closed."""
    prev, nxt = prev.rstrip(), nxt.lstrip()
    if not prev or not nxt:
        return False
    last = _LAST_TOKEN.search(prev).group(1)
    first = _FIRST_TOKEN.search(nxt).group(1)
    tail = last[-1]
    if first[0] in _NEVER_OPENS:
        return True  # a comma pushed over the break ("«Лазурный»|,"): the renderer cut a token, no space was there
    if (tail == "/" and len(last) > 1) or (first[0] == "/" and len(first) > 1):
        return True  # "Распоряжения/|приказы", "региональных|/федеральных": a slash glued to both words
    if tail in HYPHENS + DASHES:
        # "word-" / "word–" continues; a dash standing alone (" - ") is punctuation between words.
        return len(last) > 1 and last[-2] not in HYPHENS + DASHES and first[0] not in _BULLETS
    if not _has_letter(last) and not _has_letter(first):
        return _glue_symbols(last, first)
    if _compound_cut(last, first):
        return True
    if is_word is None:
        return False
    left, right = _WORD_END.search(last), _WORD_START.search(first)
    if left is None or right is None or left.end() != len(last) or right.start() != 0:
        return False
    left_piece, right_piece = left.group(1), right.group(1)
    if not right_piece[0].islower():
        return False
    if len(right_piece) == 1 and first[1:2] == ".":
        return False  # an abbreviation such as "т.п." opens the line
    if is_word(left_piece) and is_word(right_piece):
        return False  # two words side by side: "по|данным", "на|уровне"
    return is_word(left_piece + right_piece)


def _compound_cut(last: str, first: str) -> bool:
    """A compound broken before its hyphen ("Информационно|-аналитическая", "научно|-методический"):
    the first part ends in the linking vowel, the hyphen is glued to a lowercase second part. A dash
    bullet stands after a finished item (",", ";", ".") or has a space after it."""
    return (first[0] in HYPHENS and first[1:2].islower() and last[-1:] in LINK_VOWELS
            and _WORD_END.search(last) is not None and _WORD_END.search(last).end() == len(last))


def join_lines(lines: Iterable[str], is_word: WordTest | None = None) -> list[str]:
    """Printed lines -> the reader's lines: pieces of one word glued, the other breaks kept."""
    joined: list[str] = []
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if joined and glue(joined[-1], line, is_word):
            joined[-1] = joined[-1] + line
        else:
            joined.append(line)
    return joined
