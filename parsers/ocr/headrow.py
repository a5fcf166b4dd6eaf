"""The number column's header on a scan ("№ п/п"), told by its row rather than by its own marks.

Each first-column cell that reads as a number or a few marks is read again under digits alone
(`parsers.ocr.numbers`), and there the header's "№" turns "1": the plan's numbering then writes "1"
in the header. Its own text cannot tell it: on a speckled scan a body number cell reads "№] д" too,
and keeping that reading lost the number and merged its measure into the one above. Its row can: a
header opens its table (no numbered row above it), and beside it stand two cells or more of bold
words with no digit ("Наименование", "Срок", "Ответственные"), where a body row has its deadline's
year, plain text, or one bold cell alone (a section's title).
"""

from __future__ import annotations

from parsers.ocr.number_text import HEADER_MARK, is_item_number

MIN_HEADER_CELLS = 2  # cells of bold words beside the number cell that make its row a header


def is_header(row: list, numbered_above: bool) -> bool:
    """Is this table row (OcrCells, the number cell first) the header, its first cell reading "№"?"""
    if numbered_above or not row[0].readings or HEADER_MARK not in row[0].readings[0]:
        return False
    filled = [c for c in row[1:] if any(ln.text.strip() for ln in c.lines)]
    words = [ln for c in filled for ln in c.lines if ln.text.strip()]
    return len(filled) >= MIN_HEADER_CELLS and all(ln.bold for ln in words) \
        and not any(ch.isdigit() for ln in words for ch in ln.text)


def readings(row: list, numbered_above: bool) -> list[str]:
    """The number cell's readings the plan's numbering chooses among: the header's first reading alone."""
    return row[0].readings[:1] if is_header(row, numbered_above) else row[0].readings


def numbered(row: list) -> bool:
    """Does the row's number cell read as an item number (the table's body has begun)?"""
    return bool(row and row[0].readings) and is_item_number(row[0].readings[0])
