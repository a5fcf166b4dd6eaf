"""The row numbering the columns ("1 2 3 4 5" under a header) read clean where OCR misread a numeral.

A lone numeral is the weakest thing a scan shows: OCR reads "3" as "к]", "4" as "д’", "2" with a
speck's mark ("2:.", "5 -"). The row is no measure, and its readers know it by its numerals in order:
the reader of tables without column rules (`parsers.pdf.segments`) parts it from the row below only
when every word is one, and a misread numeral there glues the rest of a row cut by the page to it,
whose first cell then reads "1" and opens a new plan. Where every other mark of a row of short marks
is the numeral of its place, the odd one is that numeral too; the marks' stops and dashes go.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.numerals import counting_from
from parsers.ocr.engine import OcrLine

MIN_NUMERALS = 3  # numerals read in their places: fewer do not show a row numbering the columns
MARK = 2  # characters (letters and digits) of one column's numeral as OCR may misread it
_NOT_LETTER = re.compile(r"[\W_]")


def numbered(marks: list[str]) -> list[str] | None:
    """The numerals a row of short marks stands for, one per mark, when all but one at most read as
    the numerals of their places counting on from the first ("1", "2", "к]", "4" -> 1 to 4); else None."""
    core = [_NOT_LETTER.sub("", m) for m in marks]
    if len(core) < MIN_NUMERALS + 1 or any(not c or len(c) > MARK for c in core):
        return None
    first = counting_from(core, misread=1)
    if first is None or first < 1:
        return None
    return [str(first + k) for k in range(len(core))]


def _same_height(a: OcrLine, b: OcrLine) -> bool:
    """Do two lines the engine read stand on one printed line: the middle of each within the other's box."""
    return a.box[1] <= (b.box[1] + b.box[3]) / 2 <= a.box[3] and b.box[1] <= (a.box[1] + a.box[3]) / 2 <= b.box[3]


def mend_words(lines: list[OcrLine]) -> list[OcrLine]:
    """The lines the engine read, those of a printed row numbering the columns with their words read
    clean. The engine reads such a row as one line or as a line per numeral (its numerals stand far
    apart), so the words of every line at one height count together, left to right."""
    out = list(lines)
    groups: list[list[int]] = []
    for k, line in enumerate(lines):
        group = next((g for g in groups if _same_height(lines[g[0]], line)), None)
        if group is None:
            groups.append([k])
        else:
            group.append(k)
    for group in groups:
        group.sort(key=lambda k: lines[k].box[0])
        texts = numbered([text for k in group for text, _ in lines[k].spans])
        if texts is None:
            continue
        for k in group:
            mine, texts = texts[:len(lines[k].spans)], texts[len(lines[k].spans):]
            spans = [(t, box) for t, (_, box) in zip(mine, lines[k].spans, strict=True)]
            if spans != lines[k].spans:
                out[k] = replace(lines[k], text=" ".join(mine), spans=spans)
    return out


def mend_rows(tables: list) -> None:
    """Each table row of one-column cells that numbers the columns gets its cells read clean (`tables`:
    an OcrPage's, rows of OcrCells)."""
    for _, rows in tables:
        for row in rows:
            if any(c.covered or c.colspan != 1 or len(c.lines) != 1 for c in row):
                continue
            texts = numbered([c.lines[0].text for c in row])
            if texts is None:
                continue
            for cell, text in zip(row, texts, strict=True):
                cell.lines[0].text = text
