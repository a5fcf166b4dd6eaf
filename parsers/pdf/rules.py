"""Find a page's tables: fully ruled grids first, then tables ruled only by horizontal lines.

pdfplumber's "lines" strategy needs vertical rules. A table drawn with horizontal rules alone
(booktabs style) leaves a stack of equally long horizontal rules that no ruled table explains; only
there, rows are taken from the rules and columns from the vertical strips that no word of any row
covers. Such a region must look like a table (a column gap wider than a space, several rows with
text in two cells or more), so underlined paragraphs and signature lines do not turn into tables.
"""

from __future__ import annotations

from pdfplumber.table import Table as FoundTable

from parsers.settings import current as tolerances

RULED = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def _explained(edge: dict, tables: list[FoundTable]) -> bool:
    for t in tables:
        x0, top, x1, bottom = t.bbox
        if x0 - 2 <= edge["x0"] and edge["x1"] <= x1 + 2 and top - 2 <= edge["top"] <= bottom + 2:
            return True
    return False


def _rule_groups(edges: list[dict]) -> list[list[float]]:
    """Horizontal rules grouped by equal extent (same left and right end) -> x0, x1 and the ys."""
    groups: list[list[dict]] = []
    for edge in sorted(edges, key=lambda e: e["top"]):
        for group in groups:
            head = group[0]
            if (
                abs(head["x0"] - edge["x0"]) <= tolerances().rule_end_tolerance
                and abs(head["x1"] - edge["x1"]) <= tolerances().rule_end_tolerance
            ):
                group.append(edge)
                break
        else:
            groups.append([edge])
    return [g for g in groups if len({round(e["top"]) for e in g}) >= tolerances().min_rules]


def column_gaps(chars: list[dict], min_gap: float) -> list[float]:
    """x positions (gap middles) of vertical strips that no character of any row covers."""
    spans = sorted((c["x0"], c["x1"]) for c in chars if not c["text"].isspace())
    cuts: list[float] = []
    if not spans:
        return cuts
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= min_gap:
            cuts.append((reach + x0) / 2)
        reach = max(reach, x1)
    return cuts


def _rows_filled(chars: list[dict], xs: list[float], ys: list[float]) -> int:
    filled: dict[int, set[int]] = {}
    for c in chars:
        if c["text"].isspace():
            continue
        cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        row = sum(1 for y in ys if y < cy)
        col = sum(1 for x in xs if x < cx)
        filled.setdefault(row, set()).add(col)
    return sum(1 for cols in filled.values() if len(cols) >= 2)


def _horizontal_only_tables(page, ruled: list[FoundTable]) -> list[FoundTable]:
    shortest = tolerances().min_rule_length
    loose = [e for e in page.horizontal_edges if e["x1"] - e["x0"] >= shortest and not _explained(e, ruled)]
    found: list[FoundTable] = []
    for group in _rule_groups(loose):
        x0 = min(e["x0"] for e in group)
        x1 = max(e["x1"] for e in group)
        ys = sorted({round(e["top"], 1) for e in group})
        inside = [
            c
            for c in page.chars
            if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and ys[0] <= (c["top"] + c["bottom"]) / 2 <= ys[-1]
        ]
        if not inside:
            continue
        size = sorted(c["size"] for c in inside)[len(inside) // 2]
        cuts = column_gaps(inside, tolerances().min_column_gap * size)
        if not cuts or _rows_filled(inside, cuts, ys) < tolerances().min_filled_rows:
            continue
        settings = {
            "vertical_strategy": "explicit",
            "horizontal_strategy": "explicit",
            "explicit_vertical_lines": [x0, *cuts, x1],
            "explicit_horizontal_lines": ys,
        }
        found.extend(page.find_tables(settings))
    return found


def find_tables(page) -> list[FoundTable]:
    """The page's tables, top to bottom: one ruled pass, a second pass only for loose rules."""
    ruled = page.find_tables(RULED)
    extra = _horizontal_only_tables(page, ruled) if page.horizontal_edges else []
    return sorted(ruled + extra, key=lambda t: (t.bbox[1], t.bbox[0]))
