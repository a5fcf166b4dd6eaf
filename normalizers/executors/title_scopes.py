"""Where a title's group definition starts and ends: "… качества образования в общеобразовательных организациях
N-ского района (далее – ОО)". The group the letters stand for follows the preposition, and the territory after it is
the plan's scope, not the group's name (sample R4, R7: "Руководители ОО" -> "руководители общеобразовательных
организаций"). Only for a group written in lower case whose letters the words up to the territory spell out; a
body's own name keeps its territory as written (O15), and a short form of one capital ("Уполномоченный") is left to
the initials alone."""

from __future__ import annotations

from normalizers.executors.morphology import parses
from normalizers.executors.vocabulary import cues

_INNER_WORDS = {"по", "и"}  # inside names: "Комиссия по делам …", "… науки и …"


def after_preposition(words: list[tuple[str, int]], capitals: list[str], spells) -> list[tuple[str, int]]:
    """The words after the last preposition when they alone spell the abbreviation (two capitals or more),
    else all of them."""
    if len(capitals) < 2:
        return words
    for k in range(len(words) - 1, -1, -1):
        low = words[k][0].lower()
        if low in _INNER_WORDS or not low.isalpha() or words[k][0] != low:
            continue
        if _preposition(low):
            rest = words[k + 1:]
            return rest if rest and spells(rest) else words
    return words


def territory_cut(words: list[tuple[str, int]], capitals: list[str], spells) -> int | None:
    """Index of the word that opens a territory after a lower-case group, when the words before it spell the
    abbreviation; None to keep them all."""
    if len(capitals) < 2 or not words or not words[0][0][:1].islower():
        return None
    vocab = cues()
    for j in range(1, len(words)):
        token = words[j][0]
        low = token.lower()
        following = words[j + 1][0].lower() if j + 1 < len(words) else ""
        opens = low in vocab.qualifier_starts or (token[:1].isupper() and following in vocab.qualifier_words)
        if opens:  # "… при администрации района": the body's own tie to its administration stays
            return j if spells(words[:j]) and not _preposition(words[j - 1][0]) else None
    return None


def _preposition(token: str) -> bool:
    variants = parses(token.lower())
    return bool(variants) and variants[0].tag.POS == "PREP"
