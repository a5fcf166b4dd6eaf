"""The item-number cells of a scan's tables in reading order, as the plan's numbering reads them.

`parsers.ocr.numbers` chooses each number cell's reading by the numbers above and below it. Those
run through the tables of every page: a section's title row gives the number its measures fall
under, a title without a number may start the list again, and the number column's header, which
the next page repeats, stands between two numbers of one plan without being one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.ocr import headrow
from parsers.ocr.roman import roman_heading

HEADING = re.compile(r"(\d{1,3}(?:\.\d{1,3}){0,3})\.?\s")  # the number before a section's title


@dataclass
class Flow:
    """(cell, or None for a section's title, readings) top to bottom, and indexes into it."""

    cells: list = field(default_factory=list)
    opened: set[int] = field(default_factory=set)  # the cells right after a title without a number
    headers: set[int] = field(default_factory=set)  # the number column's header cells ("№ п/п")


def heading(cell) -> str | None:
    """The number a section's title begins with ("3. Меры по ...", or in Roman "IV. Анализ" read as
    "ГУ. Анализ": `parsers.ocr.roman`), in a cell across the table."""
    text = " ".join(ln.text for ln in cell.lines)
    found = HEADING.match(text)
    if not any(ch.isalpha() for ch in text):
        return None
    return found.group(1) if found else roman_heading(text)


def flow_of(pages: list) -> Flow:
    """The number cells and section titles of the pages' tables (OcrPage, in reading order)."""
    flow = Flow()
    for page in pages:
        for _, rows in page.tables:
            above = False  # a row of the table above reads as a number: no header comes after it
            for row in rows:
                if not row or row[0].covered:
                    continue
                if row[0].readings:
                    if headrow.is_header(row, above):
                        flow.headers.add(len(flow.cells))
                    flow.cells.append((row[0], headrow.readings(row, above)))
                    above = above or headrow.numbered(row)
                elif row[0].colspan > 1 and (number := heading(row[0])) is not None:
                    flow.cells.append((None, [number]))
                elif row[0].colspan > 1 and row[0].lines:
                    flow.opened.add(len(flow.cells))
    return flow
