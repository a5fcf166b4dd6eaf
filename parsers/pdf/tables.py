"""Turn pdfplumber's table grids plus the page's characters into model tables.

pdfplumber finds the grid (one `find_tables` pass per page); the text of each cell comes from the
characters the page already holds, dealt into cells by position once, instead of cropping the page
per cell. A cell that pdfplumber reports as None is covered by a merge: when the cell to its left
reaches over it, that cell gets a colspan; otherwise (a vertical merge, which a PDF cannot tell
from an empty cell) it stays an empty cell.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from pdfplumber.table import Table as FoundTable

from parsers.model import Cell, Row, Table
from parsers.pdf.linejoin import WordTest, join_lines
from parsers.pdf.paragraphs import cell_paragraphs
from parsers.pdf.text import text_lines
from parsers.settings import current as tolerances


def _center(ch: dict) -> tuple[float, float]:
    return (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2


def _inside(x: float, y: float, bbox: tuple[float, float, float, float]) -> bool:
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def deal_chars(chars: Iterable[dict], tables: list[FoundTable]) -> tuple[list[list[dict]], list[dict]]:
    """Characters -> (the characters inside each table, the characters outside every table)."""
    inside: list[list[dict]] = [[] for _ in tables]
    outside: list[dict] = []
    boxes = [t.bbox for t in tables]
    for ch in chars:
        x, y = _center(ch)
        for i, box in enumerate(boxes):
            if _inside(x, y, box):
                inside[i].append(ch)
                break
        else:
            outside.append(ch)
    return inside, outside


class _CellIndex:
    """Finds the cell under a point: rows by bisecting their tops, then the few cells of a row."""

    def __init__(self, cells: list[tuple[float, float, float, float]]):
        self.cells = cells
        self.tops = sorted({round(c[1], 1) for c in cells})
        self.by_top: dict[float, list[int]] = {}
        for i, c in enumerate(cells):
            self.by_top.setdefault(round(c[1], 1), []).append(i)

    def find(self, x: float, y: float) -> int | None:
        r = bisect_right(self.tops, y) - 1
        if r >= 0:
            for i in self.by_top[self.tops[r]]:
                if _inside(x, y, self.cells[i]):
                    return i
        for i, c in enumerate(self.cells):  # a cell merged down from an earlier row
            if _inside(x, y, c):
                return i
        return None


def _cell(chars: list[dict], is_word: WordTest | None) -> Cell:
    lines = text_lines(chars)
    return Cell(
        text="\n".join(join_lines((ln.text for ln in lines), is_word)),
        paragraphs=cell_paragraphs(lines, is_word),
        bold=bool(lines) and all(ln.bold for ln in lines),
    )


def build_table(found: FoundTable, chars: list[dict], page: int, is_word: WordTest | None) -> Table:
    """One pdfplumber table and the characters inside it -> a model Table on `page`."""
    cell_boxes = list(found.cells)
    index = _CellIndex(cell_boxes)
    cell_chars: list[list[dict]] = [[] for _ in cell_boxes]
    for ch in chars:
        i = index.find(*_center(ch))
        if i is not None:
            cell_chars[i].append(ch)
    box_id = {box: i for i, box in enumerate(cell_boxes)}
    columns = sorted({box[0] for box in cell_boxes})

    rows: list[Row] = []
    for found_row in found.rows:
        cells: list[Cell] = []
        covered_until = float("-inf")
        for col_x, box in zip(columns, found_row.cells, strict=False):
            if box is None:
                if col_x < covered_until - tolerances().grid_tolerance:
                    continue  # inside the colspan of the cell to the left
                cells.append(Cell(text=""))
                continue
            cell = _cell(cell_chars[box_id[box]], is_word)
            slack = tolerances().grid_tolerance
            cell.colspan = sum(1 for x in columns if box[0] - slack <= x < box[2] - slack)
            covered_until = box[2]
            cells.append(cell)
        rows.append(Row(cells=cells, page=page))
    return Table(rows=rows, page_start=page, page_end=page)
