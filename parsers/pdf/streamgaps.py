"""Blank lines between the lines of a table without rules: the page's usual line gap, which gaps
are blank lines, and which rows a blank line sets apart without ending the table."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from parsers.pdf.columns import crosses
from parsers.pdf.segments import StreamLine
from parsers.settings import Settings


@dataclass
class Spacing:
    """The page's usual gap between lines, and where its horizontal rules run."""

    gap: float
    rule_ys: list[float]


def blank_before(lines: list[StreamLine], k: int, spacing: Spacing, settings: Settings) -> bool:
    """A blank line above line k; a gap that a rule runs through is a ruled row boundary, not a blank."""
    if k == 0:
        return False
    above, below = lines[k - 1].bottom, lines[k].top
    extra = below - above - spacing.gap
    if extra <= min(settings.blank_line, settings.blank_line_elsewhere) * lines[k].size:
        return False
    # between the two measures, the line's start decides (looked up only there: it scans the lines above)
    if extra <= settings.blank_line * lines[k].size and _starts_as_above(lines, k, settings):
        return False
    return not any(above <= y <= below for y in spacing.rule_ys)


def _starts_as_above(lines: list[StreamLine], k: int, settings: Settings) -> bool:
    """Line k's text starts where a piece of text of a line above it starts (a column's edge)."""
    tol = 2 * settings.cell_edge_tolerance
    x = lines[k].segments[0][0] if lines[k].segments else lines[k].x0
    return any(abs(a - x) <= tol for ln in lines[:k] for a, _ in ln.segments)


def spacing(lines: list[StreamLine], rules: list[dict], settings: Settings) -> Spacing:
    """The median gap between the page's lines, and the rules wide enough to part rows."""
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False) if b.top > a.bottom]
    width = max((ln.x1 for ln in lines), default=0) - min((ln.x0 for ln in lines), default=0)
    rule_ys = [r["top"] for r in rules if r["x1"] - r["x0"] >= settings.rule_cover / 4 * width]  # a cell's own rule too
    return Spacing(median(gaps) if gaps else 0.0, rule_ys)


def column_run(lines, span: tuple[int, int], strips, usual_gap, settings) -> bool:
    """Lines after a blank that keep to the table's columns, each piece of text starting where a
    column's text starts, no bold among them, running on to rows in the columns or to the page's end:
    a row spaced apart (a measure without a number, a section's numbered title), no paragraph; a
    paragraph under a table starts at its margin and runs wider than a column. A row's first cell may
    start left of the lines above: a page that opens inside a row showed none of the first column."""
    start, k = span  # the table's first line, the line after the blank
    tol = 2 * settings.cell_edge_tolerance
    starts = [min(ln.x0 for ln in lines[start:k])] + [gr for _, gr in strips]
    # a line may run into the white right of its column (a scan's word box juts out a little), not on
    # to where the next column's text starts
    ends = [gr - tol for _, gr in strips] + [float("inf")]
    for j in range(k, len(lines)):
        ln = lines[j]
        if j > k and blank_before(lines, j, usual_gap, settings):
            if len(ln.segments) >= 2 or ln.bold:
                return j - k >= 2 and len(ln.segments) >= 2 and not crosses(ln, strips)
            # one more piece of a cell: a scan's reading lost more than one line of it
        row = j > k and len(ln.segments) >= 2 and ln.segments[0][1] <= ends[0] + tol
        if ln.bold and j > k and abs(ln.x0 - starts[0]) <= tol:
            return _section_then_rows(lines, j, strips, usual_gap, settings)
        if ln.bold or not all(any(abs(x0 - a) <= tol and x1 <= b + tol for a, b in zip(starts, ends, strict=True))
                              for x0, x1 in ln.segments[1 if row else 0:]):
            return False
        if j > k and len(ln.segments) >= 2:
            return True  # rows in the columns again
    return len(lines) - k >= 2


def _section_then_rows(lines, j, strips, usual_gap, settings) -> bool:
    """The rest of a cell after a blank runs into a bold line at the table's left edge: a section's
    title row, when no blank parts it from the lines above and rows in the columns come right after
    it (a scan's reading lost a lone line of the cell, a comma, and left a blank above the rest)."""
    if blank_before(lines, j, usual_gap, settings):
        return False
    while j < len(lines) and lines[j].bold:
        j += 1
        if j < len(lines) and blank_before(lines, j, usual_gap, settings):
            return False
    return j < len(lines) and len(lines[j].segments) >= 2 and not crosses(lines[j], strips)
