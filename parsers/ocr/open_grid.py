"""Tables ruled across only: the column sides a scan does not show, drawn from the white gaps of the text.

Many offices rule a table's rows and leave its columns open. The grid finder (`parsers.ocr.grid`) needs
both kinds of rule, so for a run of long horizontal rules of one width that no vertical rule crosses,
the sides are drawn into the vertical rule mask where the text leaves them room: the table's ends, and
down each white gap that the rows with text in two cells or more leave free (the idea of
`parsers.pdf.columns`, on the ink of each row between two rules). A side is drawn only in a row whose
ink it does not touch, so a heading across the table stays one cell (a colspan), as in a ruled grid.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from parsers.ocr import crossings, group_sides, numbered_sides
from parsers.ocr.continued import column_sides
from parsers.ocr.cv import components, cv2
from parsers.ocr.merge_breaks import break_ends

# Long rules whose ends lie within this share of the page width of each other are rules of one table.
EDGE_TOLERANCE = 0.02
RULE_THICKNESS = 8  # pixels: a rule is thinner than this; a blurred line's words welded into a bar are not
LINE_COVER = 0.8  # runs of rule at one height are one rule when they cover this share of its length
# A gap between two cells' text is at least this wide (pixels at image.DPI, ~2 mm): a word space is
# ~1 mm at 14 pt, cells keep ~2 mm of padding on either side of a column's side.
MIN_GAP = 35
# An x position is a column gap when at most this share of the body's rows with text in two cells or
# more show ink there (in a long table, a row of cells across some columns). Text never crosses a
# cell's side: in a column that vertical merges leave empty in most rows, the lines of its few cells
# end at different places, and the white right of the shorter one is no gap.
GAP_COVER = 0.05
MIN_TEXT = 10  # pixels: a column's text is at least this wide (one digit at 10 pt is ~15)
# pixels: a run of ink no wider than this is a numeral or two (two digits at 14 pt are ~60 px); a row
# of such runs alone numbers the columns ("1 2 3 4 5" under the header), centred as the header is
NUMERAL_WIDTH = 60
SPECK_AREA = 60  # pixels: a blob of ink smaller than a letter (a stop, a speck) shows no column
STOP_REACH = 12  # pixels (~1 mm) from a letter on its side within which a small blob is its stop or comma
SIDE_CLEARANCE = 4  # pixels either side of a drawn side that must be free of ink in its row
_JOIN = 5  # pixels: rule positions closer than this are one line (as in `parsers.ocr.grid`)


def _components(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) of the connected pieces of `mask`."""
    count, _, stats, _ = components(mask)
    return [(int(x), int(y), int(x + w - 1), int(y + h - 1)) for x, y, w, h, _ in stats[1:count]]


def _runs(rules: list[tuple[int, int, int, int]], tolerance: float) -> list[list[tuple[int, int, int, int]]]:
    """Rules top to bottom grouped into tables: a rule as wide as the table's first one (ends within
    `tolerance` pixels) joins it; a shorter one inside it (a vertical merge breaks a rule) is passed over."""
    runs: list[list[tuple[int, int, int, int]]] = []
    for rule in sorted(rules, key=lambda r: r[1]):
        if runs:
            first = runs[-1][0]
            if abs(rule[0] - first[0]) <= tolerance and abs(rule[2] - first[2]) <= tolerance:
                runs[-1].append(rule)
                continue
            if rule[0] >= first[0] - tolerance and rule[2] <= first[2] + tolerance:
                continue
        runs.append([rule])
    return [run for run in runs if len(run) >= 2]


def _pieces(row: np.ndarray) -> int:
    """How many runs of ink a row shows, parted by white at least MIN_GAP wide."""
    xs = np.flatnonzero(row)
    return 0 if xs.size == 0 else 1 + int(np.count_nonzero(np.diff(xs) > MIN_GAP))


def _span(row: np.ndarray) -> np.ndarray:
    """1 from a row's first ink to its last: a row in one column, its word spaces no place for a side."""
    xs = np.flatnonzero(row)
    span = np.zeros(row.size, int)
    span[xs[0]:xs[-1] + 1] = 1
    return span


def _numbers_columns(row: np.ndarray) -> bool:
    """Is a row of two runs or more only numerals: the row numbering the columns under a header. Its
    numbers stand centred in their columns, inside a wide column's gap as the header's words do."""
    xs = np.flatnonzero(row)
    cuts = np.flatnonzero(np.diff(xs) > MIN_GAP)
    starts, ends = xs[np.concatenate([[0], cuts + 1])], xs[np.concatenate([cuts, [xs.size - 1]])]
    return bool(np.all(ends - starts < NUMERAL_WIDTH))


def gaps(rows: list[np.ndarray], breaks: list[int] | tuple[int, ...] = ()) -> list[int]:
    """x positions (from the table's left end) of the column sides: in each white run that the body's
    rows of two cells or more leave free, away from the table's ends, the place the fewest rows touch.
    The first such row is the header (or a row a page break cut): its words stand centred, inside a
    narrow column's gap, so it only chooses the place within a gap when there is a body to show it;
    so does a row numbering the columns. Where the ends of a rule's break (`merge_breaks`) stand in a
    gap, they are its sides: a column merged down from the page before stands empty in it."""
    multi = [row for row in rows if _pieces(row) >= 2]
    if not multi:
        return []
    body = [row for row in multi[1:] if not _numbers_columns(row)] or multi[1:] or multi
    numbers = next((row for row in multi[1:] if _numbers_columns(row)), None)
    cover, every = np.sum(body, axis=0), np.sum(multi, axis=0)
    lone = every + sum((_span(row) for row in rows if _pieces(row) == 1), np.zeros(cover.size, int))
    free = cover <= GAP_COVER * len(body)
    blocked = np.concatenate([[False], ~free, [False]]).astype(np.int8)
    runs = list(zip(np.flatnonzero(np.diff(blocked) == 1), np.flatnonzero(np.diff(blocked) == -1), strict=True))
    for k, (start, end) in enumerate(runs):
        # a mark too narrow for a column's text standing alone in white (a rule's remains) parts no gap;
        # the letters of a coarse scan's word, as narrow, stand a few pixels apart
        alone = 0 < k < len(runs) - 1 and start - runs[k - 1][1] >= MIN_TEXT and runs[k + 1][0] - end >= MIN_TEXT
        if end - start < MIN_TEXT and alone:
            free[start:end] = True
    free = np.concatenate([[False], free, [False]]).astype(np.int8)
    starts, ends = np.flatnonzero(np.diff(free) == 1), np.flatnonzero(np.diff(free) == -1)
    inked = np.flatnonzero(cover)
    if inked.size == 0:
        return []
    sides = []
    for start, end in zip(starts, ends, strict=True):
        if end > inked[-1] and end - start >= MIN_GAP and len(multi) > 1 and start > inked[0]:
            sides.extend(_first_row_column(start, end, multi[0], free[1:-1] == 0))
            sides.extend(numbered_sides.trailing(start, end, numbers, multi[0], MIN_GAP))
            continue
        if start <= inked[0] and end - start >= MIN_GAP and len(multi) > 1:
            sides.extend(_first_column(end, multi[0], free[1:-1] == 0))
            continue
        if end - start < MIN_GAP or start <= inked[0] or end > inked[-1]:
            continue  # too narrow, or the table's margin
        merged = [x for x in breaks if start <= x < end]
        if merged:
            sides.extend(merged)
            continue
        for a, b in _parted(start, end, multi[0] if len(multi) > 1 else None, free[1:-1] == 0):
            sides.append(a + _clearest(every[a:b], lone[a:b]))
    return sides


def _first_row_column(start: int, end: int, head: np.ndarray, inked: np.ndarray) -> list[int]:
    """The side before a last column that only the first row fills: on a page a break cut, its first row
    (taken for a header) holds the one date the rows below share by a vertical merge. Its text there
    stands apart from its text over the body's last column by a column's gap; a header's word centred
    over a short last column runs on from over the body's text, or does not stand over it at all."""
    xs = np.flatnonzero(head[start:end])
    if xs.size == 0 or xs[0] < MIN_GAP or not _over(head, inked, start - 1, -1):
        return []
    return [start + _clearest(np.zeros(int(xs[0]), int))]


def _parted(start: int, end: int, head: np.ndarray | None, inked: np.ndarray) -> list[tuple[int, int]]:
    """A body's white run parted by the first row's words standing in it apart from either end: the
    header of a column the body leaves empty (its cell merged down from the page before) has a side
    on each hand. Only where the header also stands over the body's text on both hands of the run: a
    "№" centred over left-aligned numbers stands in their gap, and is no column of its own."""
    if head is None or not (_over(head, inked, start - 1, -1) and _over(head, inked, end, 1)):
        return [(start, end)]
    xs = np.flatnonzero(head[start:end]) + start
    if xs.size == 0:
        return [(start, end)]
    cuts = np.flatnonzero(np.diff(xs) > MIN_GAP)
    words = [(int(a), int(b)) for a, b in zip(xs[np.concatenate([[0], cuts + 1])],
                                               xs[np.concatenate([cuts, [xs.size - 1]])], strict=True)
             if a - start >= MIN_GAP and end - b > MIN_GAP and b - a >= MIN_TEXT]  # not a rule's remains
    bounds = [start] + [x for a, b in words for x in (a, b + 1)] + [end]
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def _over(head: np.ndarray, inked: np.ndarray, x: int, step: int) -> bool:
    """Does the header show ink over the block of body text that starts at `x` going `step`-wards (up
    to a white as wide as a column's gap: the block's words keep their spaces)?"""
    if not (0 <= x < inked.size and inked[x]):
        return False
    end = last = x
    while 0 <= end < inked.size and abs(end - last) <= MIN_GAP:
        last = end if inked[end] else last
        end += step
    lo, hi = sorted((x, last))
    return bool(head[lo:hi + 1].any())


def _first_column(end: int, head: np.ndarray, inked: np.ndarray) -> list[int]:
    """The side of a first column the body leaves white (a page whose only row runs on from the page
    before, its number overleaf): the header's words there ("№ п/п") stand apart from the body's
    first text by a column's gap, and the header stands over that text too."""
    xs = np.flatnonzero(head[:end])
    if xs.size == 0 or end - xs[-1] <= MIN_GAP or xs[-1] - xs[0] < MIN_TEXT or not _over(head, inked, end, 1):
        return []
    return [int(xs[-1]) + 1 + _clearest(np.zeros(end - int(xs[-1]) - 1, int))]


def _clearest(cover: np.ndarray, lone: np.ndarray | None = None) -> int:
    """The middle of the longest stretch of a gap that the fewest rows touch: clear of a centred
    header's words that stand inside a narrow column's gap. Counting the rows in one column too
    (`lone`) where they leave a column's gap free: a row run on from the page before, its long name in
    a wide column, runs past the middle of the white between the header's centred words (or the
    shorter names below); a heading across the table that ends in the gap leaves less."""
    start, end = _lowest(cover if lone is None else lone)
    if end - start < MIN_GAP:
        start, end = _lowest(cover)
    return int((start + end - 1) // 2)


def _lowest(cover: np.ndarray) -> tuple[int, int]:
    """(start, end) of the longest stretch where `cover` is at its least."""
    low = np.concatenate([[False], cover == cover.min(), [False]]).astype(np.int8)
    starts, ends = np.flatnonzero(np.diff(low) == 1), np.flatnonzero(np.diff(low) == -1)
    k = int(np.argmax(ends - starts))
    return int(starts[k]), int(ends[k])


def _lines(pieces: list[tuple[int, int, int, int]], width: int) -> list[tuple[int, int, int, int]]:
    """Runs of rule at one height joined into rules at least `width` long that they mostly cover: a thin
    rule, a hair off the level, breaks into steps, and a speck or a merged cell cuts one."""
    groups: list[list[tuple[int, int, int, int]]] = []
    for piece in sorted(pieces, key=lambda r: (r[1] + r[3]) / 2):
        last = groups[-1] if groups else None
        if last is not None and abs((piece[1] + piece[3]) / 2 - (last[0][1] + last[0][3]) / 2) <= _JOIN:
            last.append(piece)
        else:
            groups.append([piece])
    lines = []
    for group in groups:
        x0, x1 = min(p[0] for p in group), max(p[2] for p in group)
        drawn = sum(p[2] - p[0] + 1 for p in group)
        if x1 - x0 >= width and drawn >= LINE_COVER * (x1 - x0):
            lines.append((x0, min(p[1] for p in group), x1, max(p[3] for p in group)))
    return lines


def _rule_rows(long_rules: np.ndarray, x0: int, x1: int, y0: int, y1: int, share: float) -> list[int]:
    """y positions of the rules in a table's box that cover more than `share` of its width."""
    profile = np.count_nonzero(long_rules[y0:y1 + 1, x0:x1 + 1], axis=1)
    ys = [y0 + int(y) for y in np.flatnonzero(profile > max(share * (x1 - x0), 0))]
    return [y for k, y in enumerate(ys) if k == 0 or y - ys[k - 1] > _JOIN]


def _text_lines(band: np.ndarray) -> list[np.ndarray]:
    """The ink of each line of print in a band, across the band's width."""
    rows = np.concatenate([[False], band.any(axis=1), [False]]).astype(np.int8)
    return [band[top:bottom].any(axis=0) for top, bottom in
            zip(np.flatnonzero(np.diff(rows) == 1), np.flatnonzero(np.diff(rows) == -1), strict=True)]


def _lines_apart(band: np.ndarray) -> bool:
    """Does the band's ink stand in runs apart, each of its lines one run ("Приложение 2" set right,
    a title centred under it): no row of cells, whose first line spans its cells."""
    return _pieces(band.any(axis=0)) >= 2 and all(_pieces(line) == 1 for line in _text_lines(band))


def _is_title(band: np.ndarray, sides: list[int], left: int) -> bool:
    """Is the ink between two rules a paragraph between two tables, not a row across one: a line of it
    crosses a column's side and starts well right of where the table's rows start (a centred title,
    a right-aligned note), or its lines, a side crossed, stand neither from one left edge, nor on one
    middle, nor to one right edge (a row's last words run on from the page before in one column, a
    note set right, a title across under them: the rules of two headers' ruled only around them). A
    heading row across a table starts where its rows do, its lines set one way."""
    spans = [(int(xs[0]), int(xs[-1])) for xs in (np.flatnonzero(line) for line in _text_lines(band))]
    crossed = False
    for x0, x1 in spans:
        if any(x0 < x < x1 for x in sides):
            crossed = True
            if x0 > left + 2 * MIN_GAP:
                return True
    return crossed and any(_unaligned(a, b) for k, a in enumerate(spans) for b in spans[k + 1:])


def _unaligned(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do two lines share no left edge, no middle and no right edge (within a column's gap)?"""
    return (abs(a[0] - b[0]) > MIN_GAP and abs(a[1] - b[1]) > MIN_GAP
            and abs(a[0] + a[1] - b[0] - b[1]) > 2 * MIN_GAP)


def _tables(ink: np.ndarray, x0: int, x1: int, ys: list[int],
            breaks: Callable[[int, int], list[int]]) -> list[tuple[list[int], list[int]]]:
    """A run of rules -> its tables as (rule rows, column sides), parted at paragraphs between them; none
    where fewer than two of its rules run across most of it (a photo's page edge and shadow). `breaks`
    gives the merge breaks' ends between two heights: each table's own, as two plans' tables of one
    width stacked on a page are one run and a merge in the upper one shows no side of the lower."""
    if len(ys) < 2:
        return []
    ends = breaks(ys[0], ys[-1])
    bands = [(top, bottom) for top, bottom in zip(ys, ys[1:], strict=False) if bottom - top > 2 * (_JOIN + 1)]
    inks = [ink[top + _JOIN + 1:bottom - _JOIN, x0:x1 + 1] for top, bottom in bands]
    rows = [b.any(axis=0) for b in inks]
    apart = [_lines_apart(b) for b in inks]
    sides = gaps([r for r, a in zip(rows, apart, strict=True) if not a], ends)
    multi = [np.flatnonzero(r)[0] for r, a in zip(rows, apart, strict=True) if _pieces(r) >= 2 and not a]
    if not multi:  # text in one column alone: a cell run on from the page before, or a heading
        sides = column_sides([line for band in inks for line in _text_lines(band)])
    for k, band in enumerate(inks):
        above, below = [y for y in ys if y <= bands[k][0]], [y for y in ys if y >= bands[k][1]]
        # a paragraph parts two tables: under the run's last band no table follows, and its text in one
        # column (a row run on from the page before, under the header repeated) crosses sides that the
        # header's centred words alone placed
        if multi and len(below) >= 2 and (_pieces(rows[k]) == 1 or apart[k]) and _is_title(band, sides, min(multi)):
            return [t for part in (above, below) if len(part) >= 2 for t in _tables(ink, x0, x1, part, breaks)]
    return [(ys, sides)]


def _clear(row: np.ndarray, x: int) -> bool:
    """May a side pass at `x` through a row whose ink is `row`: in white as wide as a column gap (a
    centred group cell's word space may fall where a side runs below it), clear of the ink by a little?"""
    inked = np.flatnonzero(row)
    left, right = inked[inked < x], inked[inked > x]
    if row[min(x, len(row) - 1)]:
        return False
    start = int(left[-1]) if left.size else -MIN_GAP
    end = int(right[0]) if right.size else len(row) + MIN_GAP
    return end - start - 1 >= MIN_GAP and min(x - start, end - x) > SIDE_CLEARANCE


def _without_specks(ink: np.ndarray) -> np.ndarray:
    """The ink without blobs smaller than a letter standing alone: a speck in a column's gap would part
    it in two. A stop or a comma by its word's last letter stays: without it the white between
    "Показатели." and "Методы" of a heading across the table grows as wide as a column's gap."""
    count, labels, stats, _ = components(ink)
    small = stats[:, cv2.CC_STAT_AREA] < SPECK_AREA
    small[0] = False
    specks = small[labels]
    letters = ((ink > 0) & ~specks).astype(np.uint8)
    near = cv2.dilate(letters, np.ones((1, 2 * STOP_REACH + 1), np.uint8)) > 0
    kept = np.zeros_like(small)
    kept[np.unique(labels[specks & near])] = True
    return np.where((small & ~kept)[labels], 0, ink).astype(np.uint8)


def _rule_stubs(mask: np.ndarray, thin: np.ndarray) -> np.ndarray:
    """The ink running on from a thin rule's end along its line: a rule tilted a hair steps a pixel now
    and then, and a step's piece shorter than the kernel that finds rules (`grid.rule_masks`) is left
    in the ink, a pixel or two apart from the rest. At a short rule's end (under a cell a vertical merge
    leaves open) that stub stands where the column's side runs: no side was drawn past it, and the
    rule's break (`merge_breaks`) seemed to end a step further."""
    runs = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (MIN_TEXT, 1)))
    count, labels, stats, _ = components(runs)
    keep = np.zeros(count, bool)
    near = cv2.dilate(thin, np.ones((3, 2 * _JOIN + 1), np.uint8))  # a speck's white may break the rule
    keep[np.unique(labels[(near > 0) & (runs > 0)])] = True
    keep &= stats[:, cv2.CC_STAT_HEIGHT] < RULE_THICKNESS
    keep[0] = False
    return np.where(keep, 255, 0).astype(np.uint8)[labels]


def open_sides(mask: np.ndarray, horiz: np.ndarray, vert: np.ndarray, min_width: float) -> np.ndarray:
    """The sides to add to the vertical rules for the tables on the page that are ruled across only:
    runs of `horiz` joined into rules at least `min_width` of the page wide that no vertical rule crosses."""
    h, w = mask.shape
    drawn = np.zeros_like(vert)
    pieces = _components(horiz)
    lines = _lines(pieces, int(min_width * w))
    framed = crossings.grid_sides(vert, lines, _JOIN)
    rules = [line for line in lines if not crossings.crossed(line, framed, _JOIN)]
    long_rules = np.zeros_like(horiz)
    for x0, y0, x1, y1 in rules:
        long_rules[y0:y1 + 1, x0:x1 + 1] = horiz[y0:y1 + 1, x0:x1 + 1]
    # the rules out of the ink (a vertical merge leaves one short), not the thicker runs of a blurred
    # line's welded words
    thin = np.zeros_like(horiz)
    for x0, y0, x1, y1 in pieces:
        if y1 - y0 < RULE_THICKNESS:
            thin[y0:y1 + 1, x0:x1 + 1] = horiz[y0:y1 + 1, x0:x1 + 1]
    thin |= _rule_stubs(mask, thin)
    ink = _without_specks(cv2.bitwise_and(
        mask, cv2.bitwise_not(cv2.dilate(thin | long_rules, np.ones((3, 3), np.uint8), iterations=2))))
    for run in _runs(rules, EDGE_TOLERANCE * w):
        x0, x1 = min(r[0] for r in run), max(r[2] for r in run)
        def breaks(top: int, bottom: int, x0: int = x0, x1: int = x1) -> list[int]:
            return break_ends(thin, x0, x1, max(top - _JOIN, 0), bottom + RULE_THICKNESS + _JOIN, _JOIN, mask)

        short = _lines(_components(thin), group_sides.MIN_LENGTH)
        for ys, sides in _tables(ink, x0, x1, _rule_rows(long_rules, x0, x1, run[0][1], run[-1][3], 0.5), breaks):
            _group_sides(drawn, ink, short, (x0, x1), ys, sides)
            # a side is drawn row by row between any two rules, also those a group cell of the header
            # or a vertical merge leaves short, so the grid's cells see it where they are open
            every = _rule_rows(long_rules, x0, x1, ys[0], ys[-1], 0.0)
            for top, bottom in zip(every, every[1:], strict=False):
                row = ink[top + _JOIN + 1:bottom - _JOIN, x0:x1 + 1].any(axis=0)
                for x in [x0, x1] + [x0 + g for g in sides]:
                    if _clear(row, x - x0):
                        drawn[top:bottom + 1, max(x - 1, 0):x + 2] = 255
    return drawn


def _group_sides(drawn: np.ndarray, ink: np.ndarray, short: list[tuple[int, int, int, int]],
                 ends: tuple[int, int], ys: list[int], sides: list[int]) -> None:
    """Draw the sides under each group cell of the table's header (`parsers.ocr.group_sides`)."""
    x0, x1 = ends
    for top, bottom in zip(ys, ys[1:], strict=False):
        found = [x0 + g for g in sides]  # a white run parted once: a lower short rule adds no second side
        for rule in group_sides.short_rules(short, x0, x1, top, bottom, _JOIN):
            xs = group_sides.group_sides(ink, rule, bottom, found, _JOIN)
            group_sides.draw(drawn, ink, rule, bottom, xs, _JOIN)
            found += xs
