"""A defined name whose fields are listed with a comma: "Департамент образования, науки и спорта … (далее –
ДОНиС …)". The mined name's words stop at a comma (a comma ends most names: "Управление образования, МБУ «ЦРО» (далее
– ЦРО)"), so the name was read from "науки" on. When the words after the comma do not spell the abbreviation's
capitals, and they open with a field in the genitive that the words before the comma join ("образования, науки"),
and with the words before the comma they spell it, the name reads across the comma."""

from __future__ import annotations

from collections.abc import Callable

from normalizers.executors.morphology import parses

Words = list[tuple[str, int]]
_MOST_COMMAS = 2


def across_commas(before: str, words: Words, capitals: list[str], chain: Callable[[str], Words],
                  spells: Callable[[Words, list[str]], bool]) -> Words:
    """`words` widened over the commas before them (up to two) when only so do they spell `capitals`."""
    if not words or spells(words, capitals):
        return words
    widened = words
    for _ in range(_MOST_COMMAS):
        head = before[:widened[0][1]].rstrip()
        if not head.endswith(",") or not _genitive_field(widened[0][0]):
            return words
        earlier = chain(head[:-1])
        if not earlier:
            return words
        widened = earlier + widened
        if spells(widened, capitals):
            return widened
    return words


def _genitive_field(token: str) -> bool:
    """A lower-case noun in the genitive ("культуры", "спорта"): a field of the body named before the comma."""
    return token[:1].islower() and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(token))
