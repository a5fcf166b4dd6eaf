"""Words of an executor cell with the keys they are matched by.

A key folds what officials vary without meaning anything by it: letter case of abbreviations
("ОБОО", "ОбоО"), inflection of words (lemma), quotes, dashes and hyphens ("Школа – интернат",
"РФЯЦ- ВНИИЭФ"). An abbreviation key carries a "#" so that "ДО" (a body) never meets "до" (a
preposition).
"""

from __future__ import annotations

import re
from collections import _tuplegetter  # noqa: PLC2701 - namedtuple's own field reader
from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter

from normalizers.executors.morphology import lemma, parses, part_of_speech
from normalizers.language import fold_case

_TOKEN_RE = re.compile(r"№+|\d+[А-Яа-яA-Za-z]?(?![А-Яа-яA-Za-z])|[A-Za-zА-Яа-яЁё]+")
_LETTER_RE = re.compile(r"[A-Za-zА-Яа-яЁё]")
# An abbreviation with a plural ending typed after its capitals ("ФАПы", "ФАПов", "УИКи"): the body it names
_INFLECTED_ABBREVIATION_RE = re.compile(r"([А-ЯЁ]{2,})(?:ы|ов|ам|ами|ах)|([А-ЯЁ]*[КГХШЖЧЩ])и")
DASHES = "-–—‐"


# the token's own fields first (one cached tuple per token), then where it stands
_FIELDS = ("text", "key", "is_abbreviation", "is_number", "lower", "capitalised", "is_predicate", "bare", "start",
           "end")
BARE, IS_PREDICATE = _FIELDS.index("bare"), _FIELDS.index("is_predicate")


class Item(tuple):
    """One word, number or "№" of a cell: its surface text, where it is, and its match key. A tuple with named
    fields, as namedtuple makes them: a cell's items are built by the thousand, and a tuple is built in one C
    call where an __init__ ran nine assignments (about 2 % of the instructions of a steady normalisation,
    bench/instructions.py). Items are never changed.
    is_predicate: a finite verb or short participle, a sentence rather than a name."""

    __slots__ = ()
    text: str
    start: int
    end: int
    key: str
    is_abbreviation: bool
    is_number: bool
    lower: str
    capitalised: bool
    is_predicate: bool
    bare: str  # the key without the abbreviation mark (classification.bare)

    def __new__(cls, text: str, start: int, end: int, key: str, is_abbreviation: bool, is_number: bool,
                lower: str, capitalised: bool, is_predicate: bool):
        bare = key[1:] if is_abbreviation else key
        return _new(cls, (text, key, is_abbreviation, is_number, lower, capitalised, is_predicate, bare, start, end))

    def __repr__(self) -> str:
        return f"Item({self.text!r}@{self.start}, key={self.key!r})"


_new = tuple.__new__
# Each field is read through the C descriptor namedtuple uses (collections._tuplegetter): a property over an
# itemgetter cost about twice its instructions a read (bench/instructions.py), and items are read all the time.
for _index, _name in enumerate(_FIELDS):
    setattr(Item, _name, _tuplegetter(_index, _name))
del _index, _name


def field(name: str) -> Callable[[tuple], object]:
    """The function reading one field of an item (for map(): `map(field("key"), words)`)."""
    return itemgetter(_FIELDS.index(name))


def _is_abbreviation(word: str) -> bool:
    uppers = sum(1 for ch in word if ch.isupper())
    return uppers >= 2 or (uppers == 1 and len(word) == 1 and word not in "ИВСКОУА")


# token -> (token, key, is_abbreviation, is_number, lower, capitalised, is_predicate, bare): an Item's first fields
_token_cache: dict[str, tuple[str, str, bool, bool, str, bool, bool, str]] = {}
_PREDICATE_POS = frozenset({"VERB", "PRTS"})


def _token_info(token: str) -> tuple[str, str, bool, bool, str, bool, bool, str]:
    fields = _token_fields(token)
    key, is_abbreviation = fields[0], fields[1]
    return (token, *fields, key[1:] if is_abbreviation else key)


def _token_fields(token: str) -> tuple[str, bool, bool, str, bool, bool]:
    first = token[0]
    low = token.lower()
    if first == "№":
        return ("№", False, False, low, False, False)
    if first.isdigit():
        return (low, False, True, low, False, False)
    if _is_abbreviation(token):
        inflected = _INFLECTED_ABBREVIATION_RE.fullmatch(token)  # "ФАПы", "ФАПов": the letters are the key
        return ("#" + fold_case((inflected[1] or inflected[2] if inflected else token).lower()), True, False, low, True,
                False)
    pos, score = part_of_speech(low)
    predicate = pos in _PREDICATE_POS and score > 0.3 and not _noun_too(low)
    return (lemma(token), False, False, low, first.isupper(), predicate)


# A verb form that the dictionary also reads as a noun this often is a name's word in a list of bodies, not a
# sentence's verb: "Администрация района, сел" (село, genitive plural, not сесть); "стали" (сталь 0.01) stays a verb.
NOUN_READING = 0.15


def _noun_too(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.score >= NOUN_READING for p in parses(word))


# A space-separated piece of a cell ("образования,", "«Школа", "№13") -> (token fields, start, end) of its tokens,
# positions within the piece, and the piece's width with the space after it. No token holds a space and none is
# read across one (the number pattern looks one character ahead, and a space is no letter), so a cell's tokens are
# its pieces' tokens, each piece read once: a regular expression costs a hundred instructions and more a
# character, a dictionary look-up a piece none.
_piece_cache: dict[str, tuple[tuple[tuple[tuple, int, int], ...], int]] = {}
PIECE_CACHE_LIMIT = 200_000


def _piece_tokens(piece: str) -> tuple[tuple[tuple[tuple, int, int], ...], int]:
    out = []
    for match in _TOKEN_RE.finditer(piece):
        token = match[0]
        info = _token_cache.get(token)
        if info is None:
            info = _token_cache[token] = _token_info(token)
        out.append((info, match.start(), match.end()))
    if len(_piece_cache) >= PIECE_CACHE_LIMIT:
        _piece_cache.clear()
    found = _piece_cache[piece] = (tuple(out), len(piece) + 1)
    return found


def inflected_plural(abbreviation: str) -> bool:
    """"ФАПы", "УИКи": an abbreviation typed with a plural ending names the bodies in the plural."""
    return _INFLECTED_ABBREVIATION_RE.fullmatch(abbreviation) is not None


def items(text: str, offset: int = 0) -> list[Item]:
    """Words, numbers and "№" of `text` with their positions (shifted by `offset`) and keys."""
    out: list[Item] = []
    append, known = out.append, _piece_cache.get
    start = offset
    for piece in text.split(" "):
        found = known(piece)
        if found is None:
            found = _piece_tokens(piece)
        tokens, width = found  # the width kept with the tokens: no len() a piece
        for info, a, b in tokens:
            append(_new(Item, info + (start + a, start + b)))
        start += width
    return out


@lru_cache(maxsize=16384)
def keys(text: str) -> tuple[str, ...]:
    return tuple(item.key for item in items(text))


def as_ignorecase_reads(text: str) -> str:
    """The text with its letters as re.IGNORECASE matches them: a Cyrillic or Latin letter, a dot or a space of a
    pattern stands in it exactly where the pattern, ignoring case, would find it in the text, so a literal
    alternation is tested with `in`. Not lower() alone: IGNORECASE also reads the old forms "ᲃ" and "ᲄ" as "с"
    and "т", which upper() turns into "С" and "Т" first; no letter that upper() spells with several (ß) becomes
    a Cyrillic one (checked over every code point for the Cyrillic letters, the dot and the space). One pass where
    lower() alone folds the same (no letter whose upper() lower() differs from its lower(): the text's case is not
    folded twice."""
    folded = text.lower()
    return folded if _FOLDED_TWICE_DIFFERS.search(folded) is None else text.upper().lower()


# every code point whose upper().lower() differs from its lower() (µ, ß, ſ, ﬁ, final sigma, the old Cyrillic forms
# ᲀ-ᲈ …), as the interpreter's Unicode tables give them (tests/test_executors_twenty_seventh_classes.py checks them)
FOLDED_TWICE_DIFFERS = (
    "\xb5\xdf\u0131\u0149\u017f\u01f0\u0345\u0390\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0587"
    "\u1c80-\u1c88\u1e96-\u1e9b\u1f50\u1f52\u1f54\u1f56\u1f80-\u1faf\u1fb2-\u1fb4\u1fb6\u1fb7\u1fbc\u1fbe"
    "\u1fc2-\u1fc4\u1fc6\u1fc7\u1fcc\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2-\u1fe4\u1fe6\u1fe7\u1ff2-\u1ff4\u1ff6\u1ff7"
    "\u1ffc\ufb00-\ufb06\ufb13-\ufb17")
_FOLDED_TWICE_DIFFERS = re.compile(f"[{FOLDED_TWICE_DIFFERS}]")


# the letters _LETTER_RE finds: most texts open with one, and a set answers that without a pattern call
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                     "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяЁё")


def has_letters(text: str) -> bool:
    return text[:1] in _LETTERS or _LETTER_RE.search(text) is not None


_SPACE_RE = re.compile(r"\s+")
_INITIAL_END_RE = re.compile(r"(?:^|[\s.])[А-ЯЁA-Z]\.$")
_NUMBER_SIGN_RE = re.compile(r"№\s*(?=\d)")
_ASCII_QUOTED_RE = re.compile(r"[\"“”„‟]([^\"“”„‟]*)[\"“”„‟]?")


def two_capitals(word: str) -> bool:
    """Two capitals or more: initials, never the preposition they spell ("ДО, ОО": an unknown body, kept)."""
    return len(word) >= 2 and word.isupper()


def tidy(text: str) -> str:
    """A name as it should be shown: single spaces, «» quotes, "№ 5"."""
    if "  " in text or not text.isprintable():  # a space is the one printable whitespace character
        text = _SPACE_RE.sub(" ", text)
    text = text.strip(" ,;:-–—")
    while text.endswith(".") and not _INITIAL_END_RE.search(text):
        text = text[:-1].rstrip(" ,;:-–—")
    if "№" in text:
        text = _NUMBER_SIGN_RE.sub("№ ", text)
    if text.count('"') >= 2:
        text = _nested_quotes(text)  # 'МУ "ГМЦ "Вектор М"': a name quoted inside a quoted name
    if '"' in text or "“" in text or "”" in text or "„" in text or "‟" in text:  # the quotes _ASCII_QUOTED_RE reads
        text = _ASCII_QUOTED_RE.sub(_guillemets, text)
    if "(" in text and text.count("(") > text.count(")"):
        text += ")"  # "МКУ «Центр (методический)»": a name ends at its last word, inside the brackets
    missing = text.count("«") - text.count("»")
    if missing > 0:
        text += "»" * missing
    return text


def _guillemets(match: re.Match) -> str:
    return "«" + match.group(1) + "»"


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

