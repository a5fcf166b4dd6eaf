"""Bounds of a definition's name that the initials alone misread ("(далее – X)", mining.py):
- a participle clause after a comma whose own words spell the letters only from the participle on ("учреждениям,
  оказывающим психологическую помощь (далее – УПП)"): a participle opens no name, the letters stand for
  the group and its clause;
- a quoted name that spells the letters by itself (quoted_definitions.spelt_quoted_start);
- a line opening with a hyphenated compound whose parts spell two letters ("Научно-методический центр (далее –
  НМЦ)" under a line of another cell): the parts' initials count where a line break is weighed;
- a territory's name with a parenthesis of its own ("… Республики Энской (Энии)"): the parenthesis belongs to the
  name, and the definition after it is read over it. The territories' nouns are vocabulary."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.vocabulary import more_cues

_KEEP = "\u2983", "\u2984"  # white curly brackets: no stop punctuation of a name's chain, put back after


def masked_places(text: str) -> str:
    """`text` with each parenthesised place's name after a capitalised word ("Саха (Якутия)") held in brackets the
    chain of a name reads over; the same length, so positions stay."""
    return _parenthesised_place_re().sub(lambda m: f"{m.group('word')} {_KEEP[0]}{m.group('inner')}{_KEEP[1]}", text)


@lru_cache(maxsize=1)
def _parenthesised_place_re() -> re.Pattern:
    """A territory's noun (executor_cues.yaml, parenthesised_place_stems) and its capitalised name of one or two words
    (or the name, then the noun), then a capitalised name in parentheses."""
    stems = "|".join(map(re.escape, map(str, more_cues().get("parenthesised_place_stems") or ()))) or "(?!)"
    return re.compile(r"(?P<word>\b(?i:" + stems + r")[а-яё]*(?: [А-ЯЁ][а-яё]+){1,2}|[А-ЯЁ][а-яё]+ (?i:" + stems
                      + r")[а-яё]*) \((?P<inner>[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+)?)\)")


def unmasked(name: str) -> str:
    return name.replace(_KEEP[0], "(").replace(_KEEP[1], ")")


def clause_spells(clause_words: list[tuple[str, int]], spells) -> bool:
    """Whether the words of a clause after its participle spell the letters (then they are the letters' name)."""
    return len(clause_words) > 1 and spells(clause_words[1:])



def part_initials(words: list[tuple[str, int]]) -> str:
    """The words' initials with each part of a hyphenated compound counted ("учебно-методический" -> "ум"); a word
    written in capitals gives its letters."""
    return "".join(token.lower() if token.isupper() and len(token) > 1
                   else "".join(part[:1].lower() for part in token.split("-") if part) for token, _ in words)
