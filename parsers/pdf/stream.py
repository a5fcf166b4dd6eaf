"""Tables without a full grid of rules, read the way a person reads them (camelot's "stream" idea).

Columns are the white strips that run down the body: x ranges that no line with text in two or
more cells ever covers. A table starts at a line with text in several such columns and goes on
while its lines keep to the columns; a line that crosses them (a section row, one cell across the
table) stays in the table only when no blank line precedes it and the columns come back after it.
A blank line, or a paragraph crossing the columns, ends the table.

Rows come from text lines: a new row starts where the first column has text, at every row that
crosses the columns, and at every horizontal rule there is. The bold lines at the top are the
header, split in two where a group cell crosses the columns. Where the rules stop under one
column only, that cell reaches down over the rows below (a vertical merge).

The result has the shape of pdfplumber's table (cells, rows of boxes) so one builder makes the
model tables of ruled and unruled tables alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from parsers.pdf.columns import (
    column_strips,
    crosses,
    empty_first_column,
    empty_last_column,
    keep_carried,
    merge_complementary,
    reaches_over,
)
from parsers.pdf.headerlines import grouped_strips, resumes_after_blank
from parsers.pdf.hrules import boundaries, column_areas, open_columns, parts
from parsers.pdf.rowfind import RowBreaks, row_breaks
from parsers.pdf.segments import StreamLine, stream_lines
from parsers.pdf.streamcols import keeps_known, numbers_keep, refined, same_columns
from parsers.pdf.streamgaps import Spacing, blank_before, column_run, spacing
from parsers.settings import Settings
from parsers.settings import current as tolerances


@dataclass
class GridRow:
    cells: list[tuple[float, float, float, float] | None]
    bbox: tuple[float, float, float, float]
    open_above: set[int] = field(default_factory=set)  # grid columns whose cell above reaches down into this row


@dataclass
class GridTable:
    """What build_table needs of a found table: its box, its cell boxes, its rows of boxes."""

    bbox: tuple[float, float, float, float]
    rows: list[GridRow] = field(default_factory=list)
    strips: list[tuple[float, float]] = field(default_factory=list)
    open_end: bool = False  # the table runs to the page's last line: the next page may go on with it
    header_rows: int = 0  # rows of a header split in two under a group cell (0: no split header)
    header_only: bool = False  # every line is the header's: a header at the page's foot, its body overleaf

    @property
    def cells(self) -> list[tuple[float, float, float, float]]:
        seen: dict = {}
        for row in self.rows:
            for box in row.cells:
                if box is not None:
                    seen.setdefault(box, None)
        return list(seen)


def _cut(lines: list[StreamLine], strip: tuple[float, float], edged: bool) -> float | None:
    """Where a row's column boundary goes inside a strip: the middle of its widest part that the
    row's text leaves free (a centred header may reach into the strip); None when text crosses it."""
    free = [strip]
    if edged and any(reaches_over(ln, [strip]) for ln in lines):
        return None
    for ln in lines:
        for x0, x1 in ln.segments:
            free = [piece for a, b in free for piece in ((a, min(b, x0)), (max(a, x1), b)) if piece[1] - piece[0] > 0.5]
    if not free:
        return None
    a, b = max(free, key=lambda p: p[1] - p[0])
    return (a + b) / 2


def _region_end(lines, start, strips, usual_gap, settings) -> int:
    """Index after the table's last line: a blank line ends it, so does a crossing paragraph."""
    for k in range(start + 1, len(lines)):
        if blank_before(lines, k, usual_gap, settings) and not column_run(lines, (start, k), strips, usual_gap,
                                                                             settings):
            return k
        if crosses(lines[k], strips) and not _columns_resume(lines, k, strips, usual_gap, settings):
            return k
    return len(lines)


def _columns_resume(lines, k, strips, usual_gap, settings) -> bool:
    """After a line crossing the columns, do lines with text in two columns follow without a blank line
    (or does the page end before any blank line)?"""
    for j in range(k + 1, min(len(lines), k + settings.max_crossing_lines + 2)):
        if blank_before(lines, j, usual_gap, settings):
            return False
        if not crosses(lines[j], strips) and len(lines[j].segments) >= 2:
            return True
    return k + settings.max_crossing_lines + 2 > len(lines)  # the page ends first: the table goes on overleaf


def _region_start(lines, start, strips, usual_gap, settings) -> int:
    """A page that opens inside a table: the lines above the first full row keep to its columns."""
    k = start
    while k > 0 and not crosses(lines[k - 1], strips) and not blank_before(lines, k, usual_gap, settings) \
            and not _intrudes(lines[k - 1], strips, settings):
        k -= 1
    return k if k == 0 else start


def _intrudes(line: StreamLine, strips, settings: Settings) -> bool:
    """Text of the line runs from a column well into the white strip right of it: no cell of the
    table (the last line of a heading or of a row across the table, cut by the page)."""
    tol = settings.min_strip_width
    return any(x0 < gl and gl + tol < x1 < gr for gl, gr in strips for x0, x1 in line.segments)


def _edged(region: list[StreamLine], strips, settings: Settings, carried: bool = False) -> list[bool]:
    """Which strips end where a column's body text starts (a line of the body opens at its right edge):
    only there does text over the edge run into the next column. A strip read from a header's words
    alone ends where a centred word happens to start. Strips carried from the page before, read
    there, stand where this page's body leaves the next column empty (a row's last lines)."""
    tol = 2 * settings.cell_edge_tolerance
    starts = [seg[0] for ln in region if not ln.bold and not ln.numbering for seg in ln.segments]
    return [any(abs(x - gr) <= tol for x in starts) or (carried and not any(gr < x for x in starts))
            for _, gr in strips]


def _row_starts(region: list[StreamLine], strips, rule_ys: list[float], breaks: RowBreaks,
                edged: list[bool]) -> tuple[list[int], int, int]:
    """Indices of the region's lines that open a row, how many rows a header split in two takes, and
    the index of the header's first line under it (0: no header)."""
    starts = [0]
    split = 0
    header_end = 0
    left = min(ln.x0 for ln in region)
    while header_end < len(region) and region[header_end].bold and not _spans_table(region[header_end], strips) \
            and not (header_end and _section_row(region[header_end], left, strips)) \
            and not resumes_after_blank(region[:header_end + 1], strips):
        header_end += 1
    group_gaps = [strip for strip, edge in zip(strips, edged, strict=True) if edge]
    crossing_header = [k for k in range(header_end)
                       if crosses(region[k], strips) or reaches_over(region[k], group_gaps)]
    if crossing_header and crossing_header[-1] + 1 < header_end:
        starts.append(crossing_header[-1] + 1)
        split = 2
    # rules between the body's rows part them: then a wrapped line that would have fitted is no sign;
    # the row numbering the columns stands in the header, and the rule under it closes the header
    body_start = header_end
    while body_start < len(region) and region[body_start].numbering:
        body_start += 1
    body_ruled = any(parts(y, region[j - 1], region[j]) for j in range(body_start + 1, len(region))
                     for y in rule_ys) or (header_end == 0 and any(y <= region[0].bottom for y in rule_ys))
    # ...or the piece opens under a rule with no header: the rest of a row ruled at the page's top
    for k in range(max(header_end, 1), len(region)):
        line, prev = region[k], region[k - 1]
        crossing, prev_crossing = bool(crosses(line, strips)), bool(crosses(prev, strips))
        ruled = any(parts(y, prev, line) for y in rule_ys)
        tail = prev_crossing and not crossing and len(line.segments) == 1 and abs(line.x0 - prev.x0) < 1.0
        if k == header_end or ruled or line.numbering or prev.numbering or (crossing != prev_crossing and not tail) or (
                not crossing and not prev_crossing and (k in breaks.new_cell or (k in breaks and not body_ruled))):
            starts.append(k)
    return sorted(set(starts)), split, header_end


def _heads(line: StreamLine) -> bool:
    """A line of the header: bold, or the row numbering the columns."""
    return line.bold or line.numbering


def _section_row(line: StreamLine, left: float, strips) -> bool:
    """One run of text from the table's left edge well into the first column gap, or over it: a
    section's title (or its end, cut by the page) under a header; a header's first cell, a number,
    is narrow, and its group cells stand over later columns."""
    if len(line.segments) != 1 or not strips or abs(line.x0 - left) >= strips[0][0] - left:
        return False
    gl, gr = strips[0]
    return line.x1 > (gl + gr) / 2  # past the middle of the gap: wider than any first column's cell


def _title_tail(line: StreamLine, left: float, strips) -> bool:
    """One run of text from the table's left edge that reaches further into the first column gap than
    the first column is wide: no number of that column (those the body shows end at the gap), the
    end of a title cut by the page."""
    gl = strips[0][0]
    return len(line.segments) == 1 and line.x0 - left < gl - left and line.x1 - gl > gl - left


def _spans_table(line: StreamLine, strips) -> bool:
    """A line across most of the columns: a row of one cell (a section), not a header's group cell."""
    return 2 * len(crosses(line, strips)) >= len(strips)


def _grid(region: list[StreamLine], strips, rules: list[dict], settings: Settings, chars: list[dict],
          carried: bool = False, gaps: Spacing | None = None) -> GridTable:
    left = min(ln.x0 for ln in region) - 1
    right = max(ln.x1 for ln in region) + 1
    top, bottom = region[0].top - 1, region[-1].bottom + 1
    ruled = boundaries(rules, (left, top, right, bottom), settings, strips)
    grouped = grouped_strips(region, strips)
    edged = [edge or j in grouped for j, edge in enumerate(_edged(region, strips, settings, carried))]
    breaks = row_breaks(region, chars, settings)
    if gaps is not None:  # a blank line inside a table (a row spaced apart) parts two rows
        breaks.new_cell |= {k for k in range(1, len(region)) if blank_before(region, k, gaps, settings)}
    starts, split, header_end = _row_starts(region, strips, [b.y for b in ruled], breaks, edged)
    table = GridTable(bbox=(left, top, right, bottom), strips=list(strips), header_rows=split,
                      header_only=all(ln.bold for ln in region))
    areas = column_areas(strips, left, right)
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(region)
        band_top = region[s].top - 1 if n else top
        band_bottom = region[end].top - 1 if end < len(region) else bottom
        cuts = [_cut(region[s:end], strip, edge) for strip, edge in zip(strips, edged, strict=True)]
        if strips and all(ln.x1 <= strips[0][1] for ln in region[s:end]) and (
                n or all(_title_tail(ln, left + 1, strips) for ln in region[s:end])):
            # text in the first column alone: one cell across the row; at the top, only the end of a
            # title the page cut, no cell of the first column
            cuts = [None] * len(strips)
        xs = [left] + [x for x in cuts if x is not None] + [right]
        spans = [1]  # how many grid columns each cell covers
        for x in cuts:
            if x is None:
                spans[-1] += 1
            else:
                spans.append(1)
        boxes: list[tuple[float, float, float, float] | None] = []
        for k, span in enumerate(spans):
            boxes.append((xs[k], band_top, xs[k + 1], band_bottom))
            boxes.extend([None] * (span - 1))
        above = next((b for b in ruled if n and parts(b.y, region[s - 1], region[s])), None)
        if (_heads(region[s - 1]) and not _heads(region[s])) or region[s].numbering or s == header_end:
            # a header's cell never reaches down into the body (a bold section's title under it too),
            # nor into the row numbering the columns (one number per column): a rule missing under it
            # is no merge
            above = None
        table.rows.append(GridRow(boxes, (left, band_top, right, band_bottom), open_columns(above, areas)))
    return table


def _block_end(lines, start, usual_gap, settings) -> int:
    """Index of the first line after `start` that a blank line precedes (the page's end if none)."""
    return next((k for k in range(start + 1, len(lines)) if blank_before(lines, k, usual_gap, settings)), len(lines))


def _body_lines(lines, start, usual_gap, settings) -> int:
    """Lines with text in two cells or more down to the next blank line, headers and column numbers
    aside: gaps read from a repeated header alone are its words' gaps, wider than the body's."""
    stop = _block_end(lines, start, usual_gap, settings)
    return sum(1 for ln in lines[start:stop] if len(ln.segments) >= 2 and not ln.bold and not ln.numbering)


def _strips_from(lines, start, usual_gap, settings) -> list[tuple[float, float]]:
    """The column strips of the table starting at `start`, read down to the next blank line; lines
    with text on both sides of a strip are counted down the rest of the page (the next part of a
    table split by the office has the same columns)."""
    stop = _block_end(lines, start, usual_gap, settings)
    window = lines[start:stop]
    # a piece of one row (at a page's foot) supports its gaps once: by the row's first line
    rows = sum(1 for ln in lines[start:] if len(ln.segments) >= settings.min_columns
               and not ln.bold and not ln.numbering)
    local = settings.override(min_strip_support=max(1, min(settings.min_strip_support, rows)))
    return empty_first_column(window, merge_complementary(lines[start:], column_strips(window, settings), local),
                              settings)


def _repeated_header(lines: list[StreamLine]) -> int:
    """Index of the first line under a header repeated at the page's top: bold lines the first of
    which has text in several cells (a group cell of a two-row header crosses the columns below).
    0 when the page opens otherwise, with a heading of one cell among them."""
    if not lines[0].bold or len(lines[0].segments) < 2:
        return 0
    k = 0
    while k < len(lines) - 1 and lines[k].bold:
        k += 1
    return k


def _goes_on(lines: list[StreamLine], carried, usual_gap, settings: Settings) -> bool:
    """The page opens inside the table the page before left open: its first line under a header
    repeated (or cut) at the top keeps to the columns; or it crosses them under such a header, a
    section's title, and the columns come back right after it."""
    k = _repeated_header(lines)
    if not crosses(lines[k], carried):
        return True
    return k > 0 and _columns_resume(lines, k, carried, usual_gap, settings)


def _header_rest(lines: list[StreamLine], start: int, usual_gap, settings: Settings) -> bool:
    """The page's lines over the first table's first line are bold and close above it: the rest of a
    header row the page cut (a centred header word may run into a strip the body leaves white)."""
    return 0 < start and all(ln.bold for ln in lines[:start]) and not any(
        blank_before(lines, k, usual_gap, settings) for k in range(1, start + 1))


def _carried_top(lines, chars, rules, carried, right, usual_gap, settings: Settings) -> tuple[list[GridTable], int]:
    """The table the page before left open, going on atop this page (none, or one), and the index of
    the first line after it."""
    if _body_lines(lines, 0, usual_gap, settings) >= settings.min_filled_rows:
        carried = refined(carried, _strips_from(lines, 0, usual_gap, settings),
                          lines[:_block_end(lines, 0, usual_gap, settings)])
    end = _region_end(lines, 0, carried, usual_gap, settings)
    # a lone line before a blank is a heading, unless it opens where a column's text does and
    # ends within the table (a label right-aligned on the page may start there by chance)
    within = right is None or lines[0].x1 <= right + settings.min_strip_width
    if end > 1 or end == len(lines) or not blank_before(lines, end, usual_gap, settings) \
            or (within and any(abs(lines[0].x0 - b) <= settings.min_strip_width for _, b in carried)):
        return [_grid(lines[:end], carried, rules, settings, chars, carried=True, gaps=usual_gap)], end
    return [], 0


def find_stream_tables(chars: list[dict], rules: list[dict], settings: Settings | None = None,
                       carried: list[tuple[float, float]] | None = None,
                       known: list[tuple[float, float]] | None = None,
                       right: float | None = None, after_header: bool = False) -> list[GridTable]:
    """The unruled tables among these characters (those outside every ruled table), top to bottom.

    `carried` are the column strips of a table that ran to the end of the page before: lines at the
    top of this page that keep to them go on with that table, however few columns they fill. `known`
    are the columns of the last unruled table read before: a table whose body keeps to them is taken
    to have them all (the next piece of a plan split by a page or a section heading). `right` is
    where the carried table's text ended on the right: no cell's line reaches past it. `after_header`:
    that table was its header alone, so bold lines atop this page over the first table are the rest
    of a header row the page cut (parsers.pdf.headcut glues the two pieces)."""
    settings = settings or tolerances()
    known = known or carried
    lines = stream_lines(chars, settings)
    usual_gap = spacing(lines, rules, settings)
    tables: list[GridTable] = []
    i = 0
    if carried and lines and _goes_on(lines, carried, usual_gap, settings):
        top, i = _carried_top(lines, chars, rules, carried, right, usual_gap, settings)
        tables.extend(top)
    while i < len(lines):
        start = next((k for k in range(i, len(lines)) if len(lines[k].segments) >= settings.min_columns
                      or keeps_known(lines, k, known, settings)), None)
        if start is None:
            break
        own = _strips_from(lines, start, usual_gap, settings)
        # the columns read before, kept where this block's body leaves them white (a table below a
        # heading further down the page has columns of its own)
        block = lines[start:_block_end(lines, start, usual_gap, settings)]
        strips = keep_carried(block, own, known, settings) if known else own
        if known and numbers_keep(lines[start:], block, strips, known, _body_lines(lines, start, usual_gap, settings)):
            strips = known
        if strips is own:  # no columns read before fit: a header cell right of the body heads one of its own
            strips = own = empty_last_column(block, own, settings)
        if len(strips) < settings.min_columns - 1:
            i = start + 1
            continue
        end = _region_end(lines, start, strips, usual_gap, settings)
        first = _region_start(lines, start, strips, usual_gap, settings) if i == 0 else start
        if i == 0 and after_header and _header_rest(lines, start, usual_gap, settings):
            first = 0
        region = lines[first:end]
        filled = sum(1 for ln in region if len(ln.segments) >= 2)
        # a header at the page foot opens a table (the next page goes on with it); one row that keeps
        # to the columns read before is one (a section's only measure between two section titles)
        foot = end == len(lines) and lines[start].bold
        if filled >= settings.min_filled_rows or foot or strips is not own or same_columns(strips, known):
            tables.append(_grid(region, strips, rules, settings, chars, gaps=usual_gap))
            known = strips
        i = max(end, start + 1)
    if tables and lines and tables[-1].bbox[3] >= lines[-1].bottom:
        tables[-1].open_end = True
    return tables
