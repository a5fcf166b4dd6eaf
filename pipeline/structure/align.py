"""Realigning a table piece whose columns are shifted against its plan's header.

Offices leave stray empty columns, drop the last one, or split one column in two on some pages.
The piece's columns are assigned to the header's roles in order (monotone), a column may be
skipped when it is empty throughout the piece, and a role may take two neighbouring columns; the
assignment whose cells fit their roles best wins, and only when it clearly beats reading the
columns by position.
"""

from __future__ import annotations

from dataclasses import dataclass

from parsers.model import Table
from parsers.settings import current as tolerances
from pipeline.structure.fit import cell_fit
from pipeline.structure.headers import Header


@dataclass
class Alignment:
    roles: list[str | None]  # per piece column: the role it is read as (None: ignored)
    gain: float


# Stands for a cell under a vertical merge begun on an earlier page: the column is not empty there.
MERGED = "\u2195"


def _columns(table: Table, width: int) -> list[list[str]]:
    """The piece's cell texts column by column, from the rows that fill the grid one cell a column.

    A piece of rows without a number only is the rest of a row the page cut: fragments ("й период")
    that fit no role, so they are no evidence of a shift."""
    cols: list[list[str]] = [[] for _ in range(width)]
    if all(not row.cells or not row.cells[0].text.strip() for row in table.rows):
        return cols
    for row in table.rows:
        pos = 0
        texts = [""] * width
        for cell in row.cells:
            if pos < width:
                texts[pos] = cell.text if cell.text.strip() or not cell.vmerged else MERGED
            pos += cell.colspan
        if sum(c.colspan for c in row.cells) == width and all(c.colspan == 1 for c in row.cells):
            for k in range(width):
                cols[k].append(texts[k])
    return cols


def align_piece(table: Table, header: Header, baseline: list[str | None] | None = None) -> Alignment | None:
    """A better reading of this piece's columns than `baseline` (by default: by position), or None."""
    width = max((r.width for r in table.rows), default=0)
    if width < 3:
        return None
    cols = _columns(table, width)
    if not cols or not cols[0]:
        return None
    roles = header.roles
    base = baseline if baseline is not None and len(baseline) == width else roles
    positional_fit = [sum(cell_fit(base[c] or "", t) for t in cols[c]) for c in range(min(width, len(base)))]
    if width <= len(roles) and sum(f for f in positional_fit if f < 0) > -tolerances().search_below:
        return None  # the cells fit their columns well enough: no search
    fit = [[sum(cell_fit(role or "", t) for t in col) for role in roles] for col in cols]
    rows_in = [sum(1 for t in col if t.strip()) for col in cols]
    positional = sum(positional_fit)
    positional -= sum(tolerances().split_cost * rows_in[c] for c in range(len(roles), width))  # overflow columns
    complementary = [c > 0 and not any(a.strip() and b.strip() for a, b in zip(cols[c - 1], cols[c], strict=False))
                     for c in range(width)]
    best = _best_monotone(fit, rows_in, len(roles), complementary)
    if best is None:
        return None
    score, assignment = best
    chosen = [roles[r] if r is not None else None for r in assignment]
    if chosen == list(base[:width]) + [None] * max(0, width - len(base)):
        return None
    if score - positional < tolerances().min_gain:
        return None
    return Alignment(chosen, score - positional)


def _best_monotone(fit: list[list[float]], rows_in: list[int], n_roles: int, complementary: list[bool]):
    """Dynamic programme over columns: each column takes a later role, shares the previous column's role
    (only when the two are never filled in the same row), or is skipped when empty."""
    width = len(fit)
    # state: (column index, last role index used) -> (score, assignment)
    states: dict[int, tuple[float, list[int | None]]] = {-1: (0.0, [])}
    for c in range(width):
        new: dict[int, tuple[float, list[int | None]]] = {}
        for last, (score, assign) in states.items():
            options: list[tuple[int, float, int | None]] = []
            for r in range(last + 1, n_roles):
                options.append((r, fit[c][r] - tolerances().jump_cost * rows_in[c] * (r - last - 1), r))
            if last >= 0 and complementary[c] and assign and assign[-1] == last:
                options.append((last, fit[c][last] - tolerances().split_cost, last))
            if rows_in[c] == 0:
                options.append((last, 0.0, None))
            for new_last, gain, role in options:
                cand = (score + gain, assign + [role])
                if new_last not in new or cand[0] > new[new_last][0]:
                    new[new_last] = cand
        states = new
    if not states:
        return None
    return max(states.values(), key=lambda s: s[0])
