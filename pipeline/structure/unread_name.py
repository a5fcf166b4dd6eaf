"""A scanned header whose measure column OCR misread past recognising: the column is still the name's.

On a fax the header's widest words ("Наименование мероприятия") are the likeliest to come through
garbled beyond any look-alike reading, and a header without the name column opened no plan: every
table of the order was left out. A row that names a deadline and who carries it out (or a result)
after one cell nothing names, that cell the first but the number column, written like a header's
words (a capital, no digit), is the header; that cell names the measure.
"""

from __future__ import annotations

from parsers.model import Cell

AFTER_NAME = {"deadline"}  # a column the name's header stands before, always
AND_ONE_OF = {"executors", "exec_result", "result"}  # and one of these too
BEFORE_NAME = {None, "number"}  # only the number column (or a blank corner) stands before it


def unread_name(cells: list[Cell], roles: list[str | None]) -> int | None:
    """The index of the cell that is the name column's misread header, `roles` each cell's; or None."""
    if "name" in roles or not any(c.confidence is not None for c in cells):
        return None
    unnamed = [k for k, c in enumerate(cells) if c.text.strip() and roles[k] is None]
    if len(unnamed) != 1:
        return None
    k = unnamed[0]
    after = set(roles[k + 1:])
    if not set(roles[:k]) <= BEFORE_NAME or not AFTER_NAME <= after or not after & AND_ONE_OF:
        return None
    text = cells[k].text.strip()
    return k if text[:1].isupper() and not any(ch.isdigit() for ch in text) else None
