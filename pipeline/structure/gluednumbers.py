"""A row numbering the columns with the rest of a row the page cut read into the same cells under it
("1" | "2\\nмероприятия по …" | "3" | "4\\nобразования, …"): a scan's reader of a table without rules
parts rows by the gaps between printed lines, and at a page's top the numbers under a repeated header
may stand close over the text the page carried on. Read whole, the row's first cell says "1": a measure
numbered 1 that opens a new plan of one measure and shifts every later plan. Parted, the numbers are the
columns' numbering row again and the rest goes on the measure the page cut."""

from __future__ import annotations

from dataclasses import replace

from parsers.model import Cell, Row
from pipeline.structure.headers import is_column_numbering
from pipeline.structure.rows import is_number


def unglue(rows: list[Row]) -> list[Row]:
    """The table's rows, a numbering row glued over the rest of a cut row parted in two; only above
    the piece's first numbered measure (a numbering row stands under the header)."""
    out: list[Row] = []
    measured = False
    for row in rows:
        parts = None if measured else _parted(row)
        out.extend(parts or [row])
        measured = measured or (parts is None and _numbered(row))
    return out


def _numbered(row: Row) -> bool:
    return bool(row.cells) and is_number(row.cells[0].text.split("\n")[0])


def _parted(row: Row) -> list[Row] | None:
    """The numbering row and the rest under it, or None when the row's first lines do not number its
    columns (as `is_column_numbering` reads a row of its own) or nothing stands under them."""
    if any(c.vmerged for c in row.cells) or not any("\n" in c.text.strip() for c in row.cells):
        return None
    firsts = [c.text.strip().split("\n")[0].strip() for c in row.cells]
    numbers = replace(row, cells=[Cell(t, [t] if t else [], colspan=c.colspan, confidence=c.confidence)
                                  for t, c in zip(firsts, row.cells, strict=True)], cut=False)
    if not all(firsts) or not is_column_numbering(numbers):
        return None
    return [numbers, replace(row, cells=[_rest(c) for c in row.cells], continued=None)]


def _rest(cell: Cell) -> Cell:
    """The cell without its first printed line (the column's numeral)."""
    lines = cell.text.strip().split("\n")
    paragraphs = list(cell.paragraphs)
    if paragraphs:
        head = paragraphs[0].strip()
        tail = head[len(lines[0]):].strip() if head.startswith(lines[0]) else head
        paragraphs = ([tail] if tail else []) + paragraphs[1:]
    printed = cell.lines[1:] if cell.lines is not None and len(cell.lines) == len(lines) else None
    return replace(cell, text="\n".join(lines[1:]), paragraphs=paragraphs, lines=printed,
                   slots=None, rest_of_word=False)
