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

_SLACK = 2.0  # points: how much further below its text than the other rows' rules a row's rule may lie


def _rule_below(rules: list[float], text_bottom: float, reach: float) -> bool:
    return any(text_bottom - _SLACK <= y <= text_bottom + reach for y in rules)


def drop_unruled_foot(table, chars: list[dict], rules: list[dict], settings: Settings):
    """The table without a last row that stands under the bottom rule of a table ruled row by row."""
    rows = table.rows
    if len(rows) < 3:
        return table
    left, top, right, _ = table.bbox
    ys = [b.y for b in boundaries(rules, (left, top - _SLACK, right, float("inf")), settings)]
    bottoms = [_text_bottom(chars, row.bbox) for row in rows]
    if None in bottoms or not any(abs(y - top) <= 2 * _SLACK for y in ys):
        return table
    gaps = []
    for row, bottom in zip(rows[:-1], bottoms[:-1], strict=True):
        below = [y for y in ys if bottom - _SLACK <= y <= row.bbox[3] + _SLACK]
        if not below:
            return table  # a row without its rule: not a table ruled row by row
        gaps.append(min(below) - bottom)
    if _rule_below(ys, bottoms[-1], max(gaps) + _SLACK):
        return table
    kept = rows[:-1]
    return replace(table, rows=kept, bbox=(left, top, right, kept[-1].bbox[3]), open_end=False)


def _text_bottom(chars: list[dict], box) -> float | None:
    inside = [c["bottom"] for c in chars if not c["text"].isspace() and box[1] <= (c["top"] + c["bottom"]) / 2 <= box[3]
              and box[0] <= (c["x0"] + c["x1"]) / 2 <= box[2]]
    return max(inside) if inside else None
