"""Turn pdfplumber's table grids plus the page's characters into model tables.

pdfplumber finds the grid (one `find_tables` pass per page); the text of each cell comes from the
characters the page already holds, dealt into cells by position once, instead of cropping the page
per cell. A cell that pdfplumber reports as None is covered by a merge: when the cell to its left
reaches over it, that cell gets a colspan; when a cell of an earlier row reaches down over it (its
bottom rule is missing in that column), the text is that cell's, marked `vmerged` as a DOCX reader
marks it; otherwise it stays an empty cell.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from pdfplumber.table import Table as FoundTable

from normalizers.language import are_alike, is_function_word, is_link_word, is_word_form
from parsers.model import Cell, Row, Table
from parsers.pdf.celllines import printed_lines, text_edge
from parsers.pdf.forcedbreaks import close_forced_breaks
from parsers.pdf.linejoin import FORCED_BREAK_GLYPHS, GUESSED_EDGE_GLYPHS, WordTest, join_lines
from parsers.pdf.paragraphs import cell_paragraphs
from parsers.pdf.text import text_lines
from parsers.settings import current as tolerances


def _center(ch: dict) -> tuple[float, float]:
    return (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2


def _inside(x: float, y: float, bbox: tuple[float, float, float, float]) -> bool:
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _wrap_space(ch: dict, prev: dict | None) -> bool:
    """`ch` is a space glyph drawn right after `prev` on its line: the space a renderer writes where
    it wraps a line, which belongs to `prev`'s cell though it may stand past the box of an unruled
    column (the box ends at the column's widest line's last glyph)."""
    return prev is not None and ch["text"].isspace() and not prev["text"].isspace() \
        and abs(ch["top"] - prev["top"]) <= 0.5 and abs(ch["x0"] - prev["x1"]) <= 0.5


def deal_chars(chars: Iterable[dict], tables: list[FoundTable]) -> tuple[list[list[dict]], list[dict]]:
    """Characters -> (the characters inside each table, the characters outside every table)."""
    inside: list[list[dict]] = [[] for _ in tables]
    outside: list[dict] = []
    boxes = [t.bbox for t in tables]
    prev, where = None, None
    for ch in chars:
        x, y = _center(ch)
        dest = next((i for i, box in enumerate(boxes) if _inside(x, y, box)), None)
        if dest is None and where is not None and _wrap_space(ch, prev):
            dest = where
        (inside[dest] if dest is not None else outside).append(ch)
        prev, where = ch, dest
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


def _tight(is_word: WordTest | None):
    return (is_word_form, is_function_word, is_link_word, are_alike) if is_word is not None else None


def _cell(chars: list[dict], is_word: WordTest | None, box=None, glyphs: float = FORCED_BREAK_GLYPHS,
          reach: float | None = None) -> Cell:
    raw = text_lines(chars)
    lines = close_forced_breaks(raw, (box[0], box[2]) if box else None, is_word, _tight(is_word), glyphs, reach)
    printed = printed_lines(lines, is_word)
    return Cell(
        text="\n".join(join_lines((ln.text for ln in lines), is_word)),
        paragraphs=cell_paragraphs(lines, is_word),
        bold=bool(lines) and all(ln.bold for ln in lines),
        lines=printed,
        right=text_edge(printed, (box[0], box[2]) if box else None),
        open_tail=_glued_tail(raw, lines),
    )


def _glued_tail(raw: list, lines: list) -> str:
    """The cell's last printed line, a lone "и", glued to a word ending the line before: with no word
    after it in the cell, only the rest of the row on the next page, if any, tells a conjunction."""
    tail = raw[-1].text.strip() if len(raw) >= 2 else ""
    last = lines[-1].text if lines else ""
    return tail if tail == "и" and last != tail and last.endswith(tail) and last[-2:-1].isalpha() else ""


def build_table(found: FoundTable, chars: list[dict], page: int, is_word: WordTest | None) -> Table:
    """One pdfplumber table and the characters inside it -> a model Table on `page`."""
    cell_boxes = list(found.cells)
    index = _CellIndex(cell_boxes)
    cell_chars: list[list[dict]] = [[] for _ in cell_boxes]
    owners = _overflow_back([index.find(*_center(ch)) for ch in chars], chars, cell_boxes)
    for k in range(1, len(chars)):
        if owners[k] is None and _wrap_space(chars[k], chars[k - 1]):
            owners[k] = owners[k - 1]
    for ch, i in zip(chars, owners, strict=True):
        if i is not None:
            cell_chars[i].append(ch)
    built = [_cell(group, is_word, box) for group, box in zip(cell_chars, cell_boxes, strict=True)]
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
                above = _spanning_down(cell_boxes, col_x, found_row.bbox[1])
                cells.append(_inherited(built[above]) if above is not None else Cell(text=""))
                if above is not None:
                    cells[-1].colspan = _colspan(cell_boxes[above], columns)
                    covered_until = cell_boxes[above][2]
                continue
            cell = built[box_id[box]]
            cell = Cell(cell.text, list(cell.paragraphs), cell.bold, _colspan(box, columns), lines=cell.lines,
                        right=cell.right, box=tuple(box), open_tail=cell.open_tail)
            covered_until = box[2]
            cells.append(cell)
        rows.append(Row(cells=cells, page=page))
    return Table(rows=rows, page_start=page, page_end=page)


def _overflow_back(owners: list[int | None], chars: list[dict], boxes) -> list[int | None]:
    """A renderer draws a cell's text in one run. A row drawn too short for its text (a repeated header
    row squeezed by the page) prints its last glyphs over the row below: a run of a glyph or two, drawn
    right after the text of the cell above it, in a cell whose own text is drawn apart (or that has
    none, the run in the face of the cell above while the row's other cells print in another), goes
    back up."""
    runs: list[list[int]] = []  # indices of visible glyphs, one run per cell in drawing order
    for k, ch in enumerate(chars):
        if ch["text"].isspace() or owners[k] is None:
            continue
        if runs and owners[runs[-1][-1]] == owners[k]:
            runs[-1].append(k)
        else:
            runs.append([k])
    longest: dict[int, int] = {}
    for run in runs:
        longest[owners[run[0]]] = max(longest.get(owners[run[0]], 0), len(run))
    out = list(owners)
    for before, run in zip(runs, runs[1:], strict=False):
        here, above = owners[run[0]], owners[before[0]]
        if len(run) <= tolerances().stray_glyphs and _just_above(boxes[above], boxes[here]) and (
                tolerances().stray_glyphs < longest[here] or _face_of_above(run, before, chars, owners, boxes[here])):
            for k in run:
                out[k] = above
    return out


def _face_of_above(run: list[int], before: list[int], chars: list[dict], owners: list[int | None], box) -> bool:
    """The run prints in the face of the text drawn before it (a header's bold), and the other cells of
    its row print in another face (the body's): the end of the cell above, not a cell's own text."""
    face = chars[run[0]].get("fontname")
    if any(chars[k].get("fontname") != face for k in run + before):
        return False
    here = owners[run[0]]
    return any(owners[k] is not None and owners[k] != here and not ch["text"].isspace()
               and ch.get("fontname") != face and box[1] <= (ch["top"] + ch["bottom"]) / 2 <= box[3]
               for k, ch in enumerate(chars))


def _just_above(upper, lower) -> bool:
    slack = tolerances().grid_tolerance
    return abs(upper[3] - lower[1]) <= slack and upper[0] - slack <= lower[0] and lower[2] <= upper[2] + slack


def _colspan(box, columns: list[float]) -> int:
    slack = tolerances().grid_tolerance
    return sum(1 for x in columns if box[0] - slack <= x < box[2] - slack)


def _spanning_down(boxes: list[tuple[float, float, float, float]], x: float, top: float) -> int | None:
    """The cell of an earlier row that reaches down over (x, top): its bottom rule is missing here."""
    slack = tolerances().grid_tolerance
    for i, (x0, y0, _x1, y1) in enumerate(boxes):
        if abs(x0 - x) <= slack and y0 < top - slack and y1 > top + slack:
            return i
    return None


def _inherited(origin: Cell) -> Cell:
    """A vertically merged cell's text belongs to every row it spans, as a DOCX reader gives it."""
    return Cell(text=origin.text, paragraphs=list(origin.paragraphs), bold=origin.bold, vmerged=True)


def _reach(boxes: list[list[tuple]], dealt: list[list[list[dict]]]) -> dict[float, float]:
    """How far the text of each unruled column reaches on the page (columns by their boxes' right
    side): a cell of a few short lines ("неуспешности" ending a paragraph begun on the page before)
    shows too little of its column to tell a line that ended from one that ran to the edge."""
    out: dict[float, float] = {}
    for row, groups in zip(boxes, dealt, strict=True):
        for box, group in zip(row, groups, strict=True):
            if group:
                key = round(box[2], 1)
                out[key] = max(out.get(key, 0.0), max(ch["x1"] for ch in group))
    return out


def _text_box(box, strips: list[tuple[float, float]]):
    """An unruled cell's box cut in the middle of the white strips beside it -> the room its text
    has: from the end of the strip on its left to the start of the strip on its right (where a line
    that the renderer had to cut ends)."""
    left = next((b for a, b in strips if a <= box[0] <= b), box[0])
    right = next((a for a, b in strips if a <= box[2] <= b), box[2])
    return (left, box[1], right, box[3])


def build_grid(grid, chars: list[dict], page: int, is_word: WordTest | None) -> Table:
    """A table found without a full grid (parsers.pdf.stream.GridTable): each row has its own cell
    boxes, None where the cell to the left spans over; characters go to the row, then the box."""
    tops = [row.bbox[1] for row in grid.rows]
    boxes = [[box for box in row.cells if box is not None] for row in grid.rows]
    dealt: list[list[list[dict]]] = [[[] for _ in row] for row in boxes]
    for ch in chars:
        x, y = _center(ch)
        r = max(0, bisect_right(tops, y) - 1)
        row = boxes[r]
        k = next((i for i, box in enumerate(row) if x < box[2]), len(row) - 1)
        dealt[r][k].append(ch)
    reach = _reach(boxes, dealt)
    rows: list[Row] = []
    for found_row, row_chars in zip(grid.rows, dealt, strict=True):
        spans: list[int] = []
        for box in found_row.cells:
            if box is None:
                spans[-1] += 1
            else:
                spans.append(1)
        cells = []
        for span, group, box in zip(spans, row_chars, boxes[len(rows)], strict=True):
            cell = _cell(group, is_word, _text_box(box, grid.strips), GUESSED_EDGE_GLYPHS, reach.get(round(box[2], 1)))
            cell.colspan, cell.box = span, tuple(box)
            cells.append(cell)
        row = Row(cells=cells, page=page)
        if rows and found_row.open_above and not (grid.header_rows == 2 and len(rows) == 1):
            merge_down(rows[-1], row, found_row.open_above, is_word, grid.strips)  # a two-row header: folded below
        rows.append(row)
    if grid.header_rows == 2 and len(rows) >= 2:
        fold_header(rows[0], rows[1], is_word)
    return Table(rows=rows, page_start=page, page_end=page)


def _cut_over(origin: Cell, cell: Cell, is_word: WordTest | None, strips) -> bool:
    """The merged cell's part in the lower row opens with the rest of a word its upper part ends with:
    its lines read as one cell's glue the first lower line to the last upper one."""
    if not origin.lines or not cell.lines or origin.box is None:
        return False
    box = _text_box(origin.box, strips or [])
    upper = close_forced_breaks(origin.lines, (box[0], box[2]), is_word, _tight(is_word), GUESSED_EDGE_GLYPHS)
    both = close_forced_breaks(origin.lines + cell.lines[:1], (box[0], box[2]), is_word, _tight(is_word),
                               GUESSED_EDGE_GLYPHS)
    return len(both) == len(upper)


def _spans(row: Row) -> list[tuple[int, int, Cell]]:
    out, pos = [], 0
    for cell in row.cells:
        out.append((pos, pos + cell.colspan, cell))
        pos += cell.colspan
    return out


def fold_header(upper: Row, lower: Row, is_word: WordTest | None = None) -> None:
    """A header of two rows, split under a group cell: a column outside the group is one cell in both
    rows ("Содержание | мероприятия" is one cell), so its text joins and stands in both, the lower
    marked as merged down, as a DOCX reader gives a vertically merged header cell."""
    above = _spans(upper)
    for start, end, cell in _spans(lower):
        owner = next((c for s, e, c in above if s <= start and end <= e and e - s == 1), None)
        if owner is None:
            continue
        # a word the split cut in two ("Мероприяти|я") is glued back as inside one cell
        text = " ".join(join_lines([owner.text.strip(), cell.text.strip()], is_word))
        owner.text, owner.paragraphs, owner.lines = text, [text] if text else [], None
        cell.text, cell.paragraphs, cell.vmerged, cell.lines = text, list(owner.paragraphs), bool(text), None


def merge_down(upper: Row, lower: Row, columns: set[int], is_word: WordTest | None = None,
               strips: list[tuple[float, float]] | None = None) -> None:
    """Columns whose rule is missing between two rows while the neighbours have one: the upper cell
    reaches down over the lower row, so its text (with any of it printed lower) belongs to both, the
    lower marked as inherited, as a DOCX reader gives a vertically merged cell; a word the rule's
    place cut in two ("образовательн|ых") is closed as inside one cell."""
    above = {start: cell for start, end, cell in _spans(upper) if end - start == 1}
    for start, end, cell in _spans(lower):
        origin = above.get(start)
        if start not in columns or end - start != 1 or origin is None:
            continue
        if not origin.text.strip():  # the merged cell's text stands on an earlier page
            cell.vmerged = not cell.text.strip()
            continue
        if cell.text.strip():
            origin.text = f"{origin.text}{'' if _cut_over(origin, cell, is_word, strips) else chr(10)}{cell.text}"
            origin.paragraphs = origin.paragraphs + cell.paragraphs
            origin.lines = None  # its lines now stand in two rows
        cell.text, cell.paragraphs, cell.bold, cell.vmerged = origin.text, list(origin.paragraphs), origin.bold, True
        cell.lines = None
