"""A plan's title (or its issuer) that writes its institution's legal form out in words names one institution, as
its letters do ("План работы муниципального бюджетного общеобразовательного учреждения «Гимназия № 3» на … год",
as "… МБОУ «Гимназия № 3» …"): an educational institution's noun in the singular, after its adjectives, then its own
name in quotes or by number. A plural ("муниципальных … учреждений") or no own name names a group."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import is_adjective, parses
from normalizers.executors.text import Item, items
from normalizers.executors.vocabulary import more_cues

_MOST_AFTER = 3  # lower-case words of the noun's own after it ("учреждения дополнительного образования «…»")
_OPENING = "«\"“„"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    cues = more_cues()
    return frozenset(cues.get("spelt_form_heads") or ()), frozenset(cues.get("spelt_educational_words") or ())


def names_a_spelt_institution(text: str) -> bool:
    """Whether `text` writes one educational institution's legal form out in words, with its own name after it."""
    nouns, educational = _words()
    words = items(text)
    for k, word in enumerate(words):
        if word.key not in nouns or word.is_abbreviation or not k or not _singular_adjective(words[k - 1]):
            continue
        start = k
        while start and is_adjective(words[start - 1].lower) and not words[start - 1].is_abbreviation:
            start -= 1
        named = _own_name_after(text, words, k)
        if named is not None and any(w.key in educational for w in words[start:named]):
            return True
    return False


def _singular_adjective(word: Item) -> bool:
    """"муниципального", "образовательной": an adjective that can be singular (not "муниципальных")."""
    return not word.is_abbreviation and is_adjective(word.lower) \
        and any(p.tag.POS in {"ADJF", "PRTF"} and p.tag.number == "sing" for p in parses(word.lower))


def _own_name_after(text: str, words: list[Item], k: int) -> int | None:
    """Where the institution's own name opens after its noun words[k] (a quote or "№"), past a few lower-case
    words of its own; None when none opens there."""
    for end in range(k + 1, min(len(words), k + 2 + _MOST_AFTER)):
        between = text[words[end - 1].end:words[end].start]
        if any(mark in between for mark in _OPENING) or words[end].text == "№":
            return end
        if between.strip() or words[end].capitalised or words[end].is_abbreviation or words[end].is_number:
            return None
    return None
