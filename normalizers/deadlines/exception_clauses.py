"""A dated deadline with an exception after ", а": "Не позднее 23 ноября 2019 года, а в исключительных случаях -
не позднее чем через два дня после образования комиссии". The date is the deadline; the exception's event
(a schedule phrase when alone) only qualifies it and goes to the note, as the rest of the clause does."""

from __future__ import annotations

from normalizers.deadlines.reading import Phrase
from normalizers.deadlines.tokens import Token

_DATED = frozenset({"DATE", "MON", "YEAR"})
_ADDING = frozenset({"также", "затем", "потом"})  # ", а также после …": a second occasion, no exception


def in_exception_clause(phrase: Phrase, tokens: list[Token]) -> bool:
    """Whether the phrase stands after ", а" (not ", а также") that follows a date, month or year of the cell."""
    dated = False
    for k in range(phrase.first - 1):
        tag = tokens[k].tag
        if tag in _DATED:
            dated = True
        elif dated and tag == "COMMA" and tokens[k + 1].text == "а" and tokens[k + 2].text not in _ADDING:
            return True
    return False
