"""A table row of one cell that spells no word is a stamp's or a signature's marks, not a section's title.

A stamp or a signature put over a table (or beside it, inside its frame) leaves ink the engine reads as
two or three odd letters or a number sign and a digit, alone in a row the grid found between two rules
(a ring's arc or a pen's stroke passes for one). A row of one cell across the table is a section's
title to the structure step, and every later measure of the plan would take those marks for its
section. A title is words, or a number and words: a row of one cell with no word of a few letters,
nor a number alone or a dash alone (those are read elsewhere), is dropped.
"""

from __future__ import annotations

import re

from parsers.model import Block, Cell, Row, Table
from parsers.ocr.engine import DASHES

WORD_LETTERS = 4  # letters in a row that make a title's word on their own
SHORT_WORD_LETTERS = 3  # ... or beside a number ("2025 год")
_WORD = re.compile(rf"[^\W\d_]{{{WORD_LETTERS},}}")
_SHORT_WORD = re.compile(rf"[^\W\d_]{{{SHORT_WORD_LETTERS},}}")
_NUMBER_ALONE = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6})\.?")  # an item's or a section's number


def is_marks(text: str) -> bool:
    """Does a title row's text spell nothing: no word of WORD_LETTERS letters, nor a shorter one beside a
    number? A number alone and a dash alone are not marks."""
    flat = "".join(text.split())
    if not flat or _NUMBER_ALONE.fullmatch(flat) or all(ch in DASHES for ch in flat):
        return False
    if _WORD.search(text):
        return False
    return not (_SHORT_WORD.search(text) and any(ch.isdigit() for ch in text))


def _lone_cell(row: Row) -> Cell | None:
    """The row's one filled cell when it stands alone across the row (the only cell, or spanning columns)."""
    filled = [c for c in row.cells if c.text.strip()]
    if len(filled) != 1 or filled[0].vmerged:
        return None
    return filled[0] if len(row.cells) == 1 or filled[0].colspan >= 2 else None


def without_mark_rows(blocks: list[Block]) -> list[Block]:
    """The blocks with every table's rows of marks alone dropped, and a table left without rows."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table):
            block.rows = [r for r in block.rows if (cell := _lone_cell(r)) is None or not is_marks(cell.text)]
            if not block.rows:
                continue
        out.append(block)
    return out
