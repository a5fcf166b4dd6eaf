"""A line under a row-ruled table's bottom rule is no row of it.

A table read from its columns (parsers.pdf.stream) runs down while lines keep to the columns; a
right-aligned "Приложение 2" opening the next appendix under the table keeps to the last column and
would be read as the table's last row. When an office rules every row (a rule over the first row,
one under each row), a last row with no rule under it stands below the table's bottom rule: it is
text after the table, handed back to the page's paragraphs.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.pdf.hrules import boundaries
from parsers.settings import Settings


def _rule_below(rules: list[float], text_bottom: float, reach: float, slack: float) -> bool:
    return any(text_bottom - slack <= y <= text_bottom + reach for y in rules)


def drop_unruled_foot(table, chars: list[dict], rules: list[dict], settings: Settings):
    """The table without a last row that stands under the bottom rule of a table ruled row by row:
    every other row has a rule under it, the last has none, and its text starts further under the
    rule above it than a cell's padding (by a line or more: a paragraph's spacing, not a cell's)."""
    rows = table.rows
    if len(rows) < 2:
        return table
    left, top, right, _ = table.bbox
    slack = settings.row_rule_slack
    ys = [b.y for b in boundaries(rules, (left, top - slack, right, float("inf")), settings, table.strips)]
    boxes = [row.bbox for row in rows]
    if getattr(table, "header_rows", 0) == 2:  # a two-row header is ruled under its group cells only
        boxes[:2] = [(*boxes[0][:3], boxes[1][3])]
    texts = [_text_span(chars, box) for box in boxes]
    if None in texts or len(boxes) < 2:
        return table
    pads, gaps = [], []
    floor = top - 2 * slack
    for box, (text_top, text_bottom, _size) in zip(boxes, texts, strict=True):
        above = [y for y in ys if floor <= y <= text_top + slack]
        if not above:
            return table  # a row without a rule over it: not a table ruled row by row
        pads.append(text_top - max(above))
        below = [y for y in ys if text_bottom - slack <= y <= box[3] + slack]
        gaps.append(min(below) - text_bottom if below else None)
        floor = text_bottom - slack
    if None in gaps[:-1] or gaps[-1] is not None:
        return table
    last_top, last_bottom, size = texts[-1]
    if _rule_below(ys, last_bottom, max(gaps[:-1]) + slack, slack) or pads[-1] < max(pads[:-1]) + size:
        return table
    if sum(1 for box in rows[-1].cells if box is not None and _text_span(chars, box) is not None) >= 2:
        return table  # text in two cells or more is a row (under a header, the only rules), no paragraph
    kept = rows[:-1]
    # the table's right edge was the widest line's end: "Приложение 2" may have set it, and the last
    # column's room (where a reader finds a word the column cut) goes with it
    bottom = kept[-1].bbox[3]
    ends = [c["x1"] for c in chars if not c["text"].isspace() and left <= c["x0"] and c["x1"] <= right
            and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
    edge = min(right, max(ends) + 1) if ends else right
    kept = [_clipped(row, right, edge) for row in kept]
    return replace(table, rows=kept, bbox=(left, top, edge, bottom), open_end=False)


def _clipped(row, right: float, edge: float):
    """The row with the boxes that ran to the table's old right edge ending at the new one."""
    if edge >= right:
        return row
    cells = [box if box is None or box[2] < right else (box[0], box[1], edge, box[3]) for box in row.cells]
    return replace(row, cells=cells, bbox=(row.bbox[0], row.bbox[1], edge, row.bbox[3]))


def _text_span(chars: list[dict], box) -> tuple[float, float, float] | None:
    """Top and bottom of the text inside `box`, and its largest font size."""
    inside = [c for c in chars if not c["text"].isspace() and box[1] <= (c["top"] + c["bottom"]) / 2 <= box[3]
              and box[0] <= (c["x0"] + c["x1"]) / 2 <= box[2]]
    if not inside:
        return None
    return min(c["top"] for c in inside), max(c["bottom"] for c in inside), max(c["size"] for c in inside)
