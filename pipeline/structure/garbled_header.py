"""An OCR'd header cell a stamp or a signature garbled past the fuzzy matchers ("Ответорибиный" for
"Ответственный", "Ожазаемые результаты"): in a row already read as a plan's header, a cell left unnamed
names a role the header lacks when its first word is near that role's phrase's first word, or opens with
its first letters. Only roles missing from the header are asked, so a garbled cell never takes a column
another cell names; without it the column's text never reaches the measures (every executor of the plan lost)."""

from __future__ import annotations

from difflib import SequenceMatcher

from parsers.model import Cell
from pipeline.structure.vocabulary import fold, vocabulary

NEAR_WORD = 0.75  # share of letters in place between the cell's first word and the phrase's
SAME_OPENING = 5  # letters a garbled word shares with the phrase's first word from its start
LENGTH_SLACK = 3  # letters a garbled word may be longer or shorter than the phrase's first word


def named_when_garbled(cells: list[Cell], roles: list[str | None]) -> list[str | None]:
    """`roles` of a header's cells with the unnamed OCR'd cells named by a role the header lacks."""
    missing = [role for role in vocabulary()["header_roles"] if role not in roles]
    out = list(roles)
    for k, (cell, role) in enumerate(zip(cells, roles, strict=True)):
        if role is not None or cell.confidence is None or not cell.text.strip():
            continue
        found = _garbled_role(fold(cell.text), missing)
        if found is not None:
            out[k] = found
            missing.remove(found)
    return out


def _garbled_role(folded: str, missing: list[str]) -> str | None:
    words = folded.split()
    if not words:
        return None
    best: tuple[float, str] | None = None
    for role in missing:
        for phrase in vocabulary()["header_roles"][role]:
            first = phrase.split()[0]
            if len(first) < SAME_OPENING or abs(len(words[0]) - len(first)) > LENGTH_SLACK:
                continue
            ratio = SequenceMatcher(None, words[0], first).ratio()
            if ratio >= NEAR_WORD or words[0][:SAME_OPENING] == first[:SAME_OPENING]:
                if best is None or ratio > best[0]:
                    best = (ratio, role)
    return best[1] if best else None
