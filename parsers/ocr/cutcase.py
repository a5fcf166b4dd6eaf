"""The rest of a word a cell's line end cut, read by OCR in capitals, given back its lowercase.

A narrow column cuts a long word where the line ends ("Организа|ция", "образователь|ных"). Lowercase
letters with neither ascender nor descender ("ция", "ных", "ов") look on a coarse scan like small
capitals, and with no taller letter on the line to compare them with, the engine reads "ЦИЯ", "НЫХ":
the cut is not closed (`parsers.pdf.linejoin` glues a lowercase rest only) and the word keeps
capitals in its middle. A line that opens with such capitals is lowered where the line above ends
in lowercase letters and the two pieces make a known word that they are not each alone (the rule the
line join applies); a capital standing alone after it ("ЦИЯ В") is the preposition read the same way.
"""

from __future__ import annotations

import re

from parsers.pdf.linejoin import WordTest

# capitals drawn as their lowercase letter, only taller: on a line of these alone the engine cannot tell
LIKE_LOWER = frozenset("ВГЖЗИЙКЛМНОПСТХЦЧШЩЪЫЬЭЮЯ")
_CAPS = re.compile(r"^([А-ЯЁ]+)(?=$|[\s,.;:)»\"])")
_TAIL = re.compile(r"([^\W\d_]*[а-яё])$")


def lowered(texts: list[str], is_word: WordTest | None) -> list[str]:
    """A cell's lines with the capitals that carry on a cut word (and a lone capital after them) lowered."""
    if is_word is None:
        return texts
    out = list(texts)
    for k in range(1, len(out)):
        caps, tail = _CAPS.match(out[k].lstrip()), _TAIL.search(out[k - 1].rstrip())
        if caps is None or tail is None or not set(caps.group(1)) <= LIKE_LOWER:
            continue
        left, right = tail.group(1), caps.group(1).lower()
        if not is_word(left + right) or (is_word(left) and is_word(right)):
            continue
        words = out[k].split()
        words[0] = words[0].lower()
        for i in range(1, len(words)):
            if len(words[i]) != 1 or words[i] not in LIKE_LOWER:
                break
            words[i] = words[i].lower()
        out[k] = " ".join(words)
    return out
