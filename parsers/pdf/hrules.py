"""Horizontal rules of a table without vertical rules: where rows part, and which columns a rule skips.

An office that rules rows draws each cell's bottom border; LibreOffice and Word draw them cell by
cell, so one row boundary may come as several edges at one height. A boundary is ruled when its
edges together cover most of the table's width. A column the boundary leaves unruled while its
neighbours are ruled holds a cell that reaches down over the next row (a vertical merge).
"""

from __future__ import annotations

from dataclasses import dataclass

from parsers.settings import Settings

_SAME_HEIGHT = 1.0  # points: edges this close in height are one boundary


@dataclass
class Boundary:
    y: float
    pieces: list[tuple[float, float]]

    def covers(self, x: float) -> bool:
        return any(x0 - _SAME_HEIGHT <= x <= x1 + _SAME_HEIGHT for x0, x1 in self.pieces)


def boundaries(rules: list[dict], box: tuple[float, float, float, float], settings: Settings,
               strips: list[tuple[float, float]] | None = None) -> list[Boundary]:
    """The ruled row boundaries inside the table's box, top to bottom: those that cover most of its
    width and, given the column `strips`, those that rule whole cells of a ruled body."""
    left, top, right, bottom = box
    found: list[Boundary] = []
    for r in sorted((r for r in rules if top < r["top"] < bottom and r["x1"] > left and r["x0"] < right),
                    key=lambda r: r["top"]):
        piece = (r["x0"], r["x1"])  # the whole rule: columns the text leaves empty lie beyond the box
        if found and r["top"] - found[-1].y <= _SAME_HEIGHT:
            found[-1].pieces.append(piece)
        else:
            found.append(Boundary(r["top"], [piece]))
    width = right - left
    full = [b for b in found
            if sum(max(0.0, min(x1, right) - max(x0, left)) for x0, x1 in b.pieces) >= settings.rule_cover * width]
    if not full or strips is None:
        return full
    areas = column_areas(strips, left, right)
    return [b for b in found if b in full or _whole_cells(b, areas, strips, (left, right))]


def _whole_cells(boundary: Boundary, areas: list[tuple[float, float]], strips: list[tuple[float, float]],
                 edges: tuple[float, float]) -> bool:
    """A boundary short of most of the width, in a table whose rows are ruled: it rules whole cells
    (each piece runs from the table's edge or a column gap to the table's edge or a gap, past a
    column's text on both sides) and leaves the others open, merged down over the next row."""
    def at_gap(x: float) -> bool:
        return x <= edges[0] + _SAME_HEIGHT or x >= edges[1] - _SAME_HEIGHT or any(a <= x <= b for a, b in strips)

    return all(at_gap(x0) and at_gap(x1) and any(x0 < a - _SAME_HEIGHT and b + _SAME_HEIGHT < x1 for a, b in areas)
               for x0, x1 in boundary.pieces)


def parts(y: float, upper, lower) -> bool:
    """A rule at height `y` runs between two printed lines: under the upper's middle, over the lower's
    (a tall font's glyph box reaches above the rule its row starts under)."""
    return (upper.top + upper.bottom) / 2 < y < (lower.top + lower.bottom) / 2


def open_columns(boundary: Boundary | None, areas: list[tuple[float, float]]) -> set[int]:
    """Columns (by their text areas) that a ruled boundary leaves without a rule. A last column the
    page leaves without text lies beyond the table's box (its area ends before it starts): it is
    tested just past the white strip that opens it."""
    if boundary is None:
        return set()
    return {k for k, (a, b) in enumerate(areas) if not boundary.covers((a + b) / 2 if b > a else a + 2 * _SAME_HEIGHT)}


def column_areas(strips: list[tuple[float, float]], left: float, right: float) -> list[tuple[float, float]]:
    """Each column's x range between the white strips."""
    edges = [left] + [x for strip in strips for x in strip] + [right]
    return [(edges[2 * k], edges[2 * k + 1]) for k in range(len(strips) + 1)]
