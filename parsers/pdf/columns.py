"""Column strips of a table without vertical rules: the white runs down its body (camelot's stream idea).

A strip is an x range that almost no line with text in two or more cells covers. A piece of a table
with few rows may not show every gap on its own; it keeps the columns of the table read before when
its body keeps to them.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.pdf.segments import StreamLine
from parsers.settings import Settings
from parsers.settings import current as tolerances


def column_strips(lines: list[StreamLine], settings: Settings | None = None) -> list[tuple[float, float]]:
    """White strips that the lines with text in two cells or more leave free: the column gaps."""
    settings = settings or tolerances()
    multi = [ln for ln in lines if len(ln.segments) >= 2]
    body = [ln for ln in multi if not ln.bold and not ln.numbering]
    header_alone = len(body) < settings.min_filled_rows
    if not header_alone:
        # a bold header's group cell crosses the gaps between its sub-columns; the numbers of the
        # columns under it stand in the middle of each, where a short body leaves white
        multi = body
    if not multi:
        return []
    if header_alone:
        multi = [_ungrouped(ln, lines[k + 1:k + 4]) for k, ln in enumerate(lines) if len(ln.segments) >= 2]
    left, right = int(min(ln.x0 for ln in multi)), int(max(ln.x1 for ln in multi)) + 1
    cover = [0] * (right - left + 1)
    limit = settings.max_strip_cover * len(multi)
    for ln in multi:
        # a line with text in three cells or more is a row's first line: no gap runs through its text
        # (a column filled on that line alone, a date or a form, is a column all the same)
        weight = len(multi) + 1 if len(ln.segments) >= settings.min_columns else 1
        for x0, x1 in ln.segments:
            for b in range(int(x0) - left, min(int(x1) - left + 1, len(cover))):
                cover[b] += weight
    strips: list[tuple[float, float]] = []
    run_start = None
    for b, count in enumerate(cover + [limit + 1]):
        if count <= limit and run_start is None:
            run_start = b
        elif count > limit and run_start is not None:
            if run_start == 0:  # a rarely filled first column (a number per tall row): the strip starts after it
                run_start = max((j + 1 for j in range(b) if cover[j] > 0), default=0)
            if b - run_start >= settings.min_strip_width and run_start > 0:
                strips.append((left + run_start, left + b - 1))
            run_start = None
    return strips


def empty_first_column(lines: list[StreamLine], strips: list[tuple[float, float]],
                       settings: Settings) -> list[tuple[float, float]]:
    """The strips, and one more when a bold header's first cell stands wholly left of the body's text:
    it heads a column the body leaves empty on this page (the number column of measures stacked in one
    row), which no body line can show."""
    body = [ln for ln in lines if len(ln.segments) >= 2 and not ln.bold and not ln.numbering]
    if not body or (strips and strips[0][1] < min(ln.x0 for ln in body)):
        return strips
    left = min(ln.x0 for ln in body)
    for ln in lines:
        if not ln.bold and len(ln.segments) >= 2:
            break  # the body: the header stands above it
        if len(ln.segments) >= settings.min_columns and ln.segments[0][1] + settings.min_strip_width < left \
                and ln.segments[1][0] >= left - settings.min_strip_width:
            return [(ln.segments[0][1] + 1, left - 1), *strips]
    return strips


def empty_last_column(lines: list[StreamLine], strips: list[tuple[float, float]],
                      settings: Settings) -> list[tuple[float, float]]:
    """The strips, and one more when a bold header line holds a cell over the body's last column and
    another wholly right of the body's text: the second heads a column the body leaves empty on this
    page (a result column a page's only row leaves blank), which no body line can show. A header
    centred over a short body holds one cell there, not two."""
    body = [ln for ln in lines if len(ln.segments) >= 2 and not ln.bold and not ln.numbering]
    if not body or not strips or any(ln.numbering for ln in lines):
        return strips  # a row numbering the columns tells them (parsers.pdf.stream keeps those read before)
    right, last_start = max(ln.x1 for ln in body), strips[-1][1]
    if last_start >= right:
        return strips
    for ln in lines:
        if not ln.bold and len(ln.segments) >= 2:
            break  # the body: the header stands above it
        if len(ln.segments) < 2:
            continue
        (_, before), (after, _) = ln.segments[-2], ln.segments[-1]
        start = max(right, before) + 1
        if last_start < before and after - 1 - start >= settings.min_strip_width:
            return [*strips, (start, after - 1)]
    return strips


def _ungrouped(line: StreamLine, below: list[StreamLine]) -> StreamLine:
    """A header line with its group cells opened where its sub-columns part below: a bold segment
    standing over a gap between two segments of a bold line under it, or centred in it, is a cell
    over both columns (a header alone, at a page's foot, has no body to show the gap)."""
    if not line.bold:
        return line
    gaps = [(a[1], b[0]) for ln in below if ln.bold for a, b in zip(ln.segments, ln.segments[1:], strict=False)]
    pieces = []
    for x0, x1 in line.segments:
        # over the whole gap, or centred in it and ending there (a short group word over wide columns)
        cuts = sorted((ga, gb) for ga, gb in gaps if x0 < ga and (gb < x1 or ga <= (x0 + x1) / 2 <= gb))
        start = x0
        for ga, gb in cuts:
            if ga > start:
                pieces.append((start, ga))
            start = max(start, gb)
        if start < x1:
            pieces.append((start, x1))
    return replace(line, segments=pieces)


def merge_complementary(lines: list[StreamLine], strips: list[tuple[float, float]],
                        settings: Settings | None = None) -> list[tuple[float, float]]:
    """Drop a strip whose two sides seldom hold text on one line: one column whose header is centred
    and whose body is left-aligned, or a chance gap in justified prose, not two columns."""
    settings = settings or tolerances()
    kept = list(strips)
    # a body line with text in every column, each piece between two strips, parts them all: a row's
    # first line of a tall row may be the only one a page shows of some columns
    full = sum(1 for ln in lines if _fills_every_column(ln, strips))
    k = 0
    while k < len(kept):
        left = kept[k - 1][1] if k else float("-inf")
        right = kept[k + 1][0] if k + 1 < len(kept) else float("inf")
        gl, gr = kept[k]
        both = sum(1 for ln in lines if _parts(ln, (gl, gr), left, right))
        both = max(both, settings.min_strip_support if full else 0)
        if both >= settings.min_strip_support:
            k += 1
        else:
            del kept[k]
    return kept


def _fills_every_column(line: StreamLine, strips: list[tuple[float, float]]) -> bool:
    """A body line (neither bold nor numbers) with one piece of text in each column the strips part."""
    if line.bold or line.numbering or len(strips) < 2 or len(line.segments) != len(strips) + 1:
        return False
    bounds = [float("-inf")] + [x for strip in strips for x in strip] + [float("inf")]
    return all(bounds[2 * k] <= x0 and x1 <= bounds[2 * k + 1] for k, (x0, x1) in enumerate(line.segments))


def _parts(line: StreamLine, strip: tuple[float, float], left: float, right: float) -> bool:
    """Two neighbouring segments of the line stand on either side of the strip, each within its column
    (a header centred over a short body may stand inside the strip the body leaves white)."""
    gl, gr = strip
    return any(left <= a[1] <= gr and gl <= b[0] <= right
               for a, b in zip(line.segments, line.segments[1:], strict=False))


def crosses(line: StreamLine, strips: list[tuple[float, float]]) -> list[int]:
    """Indices of the column strips one segment of this line runs right across."""
    return [k for k, (gl, gr) in enumerate(strips) if any(x0 < gl and x1 > gr for x0, x1 in line.segments)]


def reaches_over(line: StreamLine, strips: list[tuple[float, float]], reach: float = 0.5) -> list[int]:
    """Indices of the strips one segment of this line runs over into the column right of, by more than
    `reach` of the font size on both sides of the strip's right edge: a cell's text, centred or not,
    ends before the next column's text starts at that edge, so text well over it is a cell across
    both (a group cell centred over its sub-columns may start inside the strip the body leaves white;
    a centred header word a point or two over it is no such cell)."""
    tol = reach * line.size
    return [k for k, (_, gr) in enumerate(strips) if any(x0 < gr - tol and x1 > gr + tol for x0, x1 in line.segments)]


def keep_carried(lines: list[StreamLine], strips, carried, settings: Settings) -> list[tuple[float, float]]:
    """The columns of the table read before, when this table keeps to them: each strip found here lies
    in one of them, and the body leaves the others white (a piece with few rows may not show every
    column gap on its own). A strip found here stands for the one it lies in: text may reach further;
    one that runs over several of them (a column empty in this piece) is cut to each. A strip inside
    one of those columns that a single line parts is a word space (`_one_line_gaps`)."""
    found, strips = strips, _one_line_gaps(lines, strips, carried) or strips
    if strips is not found and len(strips) == len(carried) and all(
            a < gr and ga < b for (a, b), (ga, gr) in zip(carried, strips, strict=True)):
        return strips
    if len(carried) <= len(strips) or not all(any(a < gr and ga < b for a, b in carried) for ga, gr in strips):
        return found
    multi = [ln for ln in lines if len(ln.segments) >= 2]
    limit = settings.max_strip_cover * len(multi)
    kept = []
    for a, b in carried:
        own = [(ga, gr) for ga, gr in strips if a < gr and ga < b]
        if own:
            ga, gr = own[0]
            shared = sum(1 for c, d in carried if c < gr and ga < d) > 1
            # a strip over two known ones: the column between them is empty here; each stays its own
            kept.append((max(a, ga), min(b, gr)) if shared else own[0])
        elif (white := _white_part(multi, (a, b), limit, settings.min_strip_width)) is not None:
            kept.append(white)
        else:
            return found
    return kept


def _one_line_gaps(lines: list[StreamLine], strips, carried) -> list[tuple[float, float]] | None:
    """The strips without those that lie inside a column read before and that one line alone parts:
    in a piece of a row or two, a word space of one line looks as wide as a column's gap (a scan's
    "Январь - май" whose dash the engine lost). None when there is no such strip."""
    def parted(ga: float, gr: float, a: float, b: float) -> int:
        return sum(1 for ln in lines if any(a <= x1 <= ga for _, x1 in ln.segments)
                   and any(gr <= x0 <= b for x0, _ in ln.segments))

    edges = [c for strip in carried for c in strip]
    columns = list(zip([float("-inf"), *edges[1::2]], [*edges[0::2], float("inf")], strict=True))
    inside = [(ga, gr) for ga, gr in strips if not any(a < gr and ga < b for a, b in carried)
              and any(a <= ga and gr <= b and parted(ga, gr, a, b) <= 1 for a, b in columns)]
    return [s for s in strips if s not in inside] if inside else None


def _white_part(lines: list[StreamLine], strip: tuple[float, float], limit: float,
                min_width: float) -> tuple[float, float] | None:
    """The widest part of a strip that at most `limit` of these lines cover, if it is wide enough."""
    edges = sorted({strip[0], strip[1]} | {x for ln in lines for seg in ln.segments for x in seg
                                           if strip[0] < x < strip[1]})
    best = None
    run = None
    for a, b in zip(edges, edges[1:], strict=False):
        covered = sum(1 for ln in lines if any(x0 < b and x1 > a for x0, x1 in ln.segments))
        if covered <= limit:
            run = (run[0] if run else a, b)
            if best is None or run[1] - run[0] > best[1] - best[0]:
                best = run
        else:
            run = None
    return best if best and best[1] - best[0] >= min_width else None
