"""A header cell printed again with its words cut short: the column is still the one its phrase names.

A header repeated atop each page may keep a narrow cell's first lines only, the rest cut off by the
cell's height, its broken words glued or spaced otherwise ("Наименова ниемер" for "Наименование
мероприятия"); the row named no measure column and was read as a measure, the header's words glued
into the names under it. A cell nothing names whose letters, spaces aside, open one of a role's phrases
and hold half of its letters at least names that role: a measure's text rarely stops inside a column's
name.
"""

from __future__ import annotations

from parsers.model import Cell
from pipeline.structure.vocabulary import fold, vocabulary

CLIPPED_MIN = 8  # letters a cut header cell keeps at least: fewer open too many phrases and words


def clipped_role(text: str) -> str | None:
    """The one role whose phrase this cell's letters open and hold half of at least; or None."""
    letters = fold(text).replace(" ", "")
    if len(letters) < CLIPPED_MIN or not text.strip()[:1].isupper():
        return None
    roles = {role for role, phrases in vocabulary()["header_roles"].items() for phrase in phrases
             if len(letters) < len(solid := phrase.replace(" ", "")) <= 2 * len(letters) and solid.startswith(letters)}
    return roles.pop() if len(roles) == 1 else None


def clipped_name(cells: list[Cell], roles: list[str | None]) -> int | None:
    """The index of the one unnamed cell of a row naming no measure column whose cut words open the
    name's phrase; or None."""
    if "name" in roles:
        return None
    cut = [k for k, c in enumerate(cells) if roles[k] is None and c.text.strip() and clipped_role(c.text) == "name"]
    return cut[0] if len(cut) == 1 else None
