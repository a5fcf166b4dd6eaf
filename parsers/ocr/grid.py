"""Find ruled tables on a page image: ruling lines by morphology, then the cells they enclose.

Horizontal and vertical rules are the long thin runs of ink that survive an opening with a long
flat (or tall) kernel; text does not. Rules that touch form one table. Inside a table, the grid
lines are the positions where rules run; a grid cell whose left rule is missing is joined to its
neighbour (a colspan), one whose top rule is missing continues the cell above (a vertical merge).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from parsers.ocr import faint_rules, faint_sides, grid_boxes, lost_bottom, lost_top
from parsers.ocr.cv import components, cv2
from parsers.ocr.far_pieces import with_far_pieces
from parsers.ocr.open_grid import open_sides
from parsers.ocr.page_streaks import page_streaks
from parsers.ocr.row_cut import DROP_SPAN, sides_through
from parsers.ocr.side_ends import meets_both
from parsers.ocr.streaks import without_streaks

# A rule is at least this share of the page width (horizontal) or height (vertical) long.
MIN_RULE_SHARE = 0.025
DOWN_FRACTION = 0.7  # a vertical rule's kernel: this fraction of MIN_RULE_SHARE, by the page's long side
# A row of one text line is shorter than a long rule: there, ink that runs unbroken along this share
# of the gap between two grid lines is a rule (a letter leaves the cell's padding white).
SOLID_COVER = 0.92
# A rule counts as present between two grid lines when it covers this share of the gap.
RULE_COVER = 0.6
# A table is at least this share of the page wide and tall: one row of one line of text is ~0.015.
MIN_TABLE_W, MIN_TABLE_H = 0.2, 0.01
# A vertical rule shorter than a long one (in a row of one text line) is at least this share of the
# page height, and counts only where it runs from one horizontal rule to another: a letter's stem
# stops short of the rules around its cell.
MIN_BRIDGE_SHARE = 0.006
# pixels across a rule by which two of its dashes may stand apart and still be joined (`join_dashes`)
DASH_SLACK = 3
# pixels (at image.DPI) of white by which two pieces of one column's side may stand apart down the page
# and be one side: a fax drops a scan line or two (at 98 lines an inch, 3 to 6 pixels) across the whole
# page and cuts every side there. A cell spanning two columns leaves its side open a row's height.
DROPPED_LINES = 12
# pixels beside a row's rule within which a white in a column's side opens at that rule
RULE_EDGE = 2
PEAK_SHARE = 0.5  # a run's peak: where its profile reaches this share of its highest value
# pixels (at image.DPI) between two pieces of one grid a fax's drop-out of several scan lines cut apart
# (`grid_boxes.across_drops`): ten lines at 98 an inch, less the rules' joining reach on both sides
DROP_GAP = 30
# pixels by which a box's sides run past its first or last rule: the part of a row a drop-out cut off
# (a box ends a rule's half width and `_JOIN` past a rule drawn at its edge)
OPEN_END = 20
_JOIN = 5  # pixels: grid positions closer than this are one line; also the search band for a rule


@dataclass
class GridCell:
    """A cell of a found table: its box in pixels (x0, y0, x1, y1) and the grid columns it spans."""

    box: tuple[int, int, int, int]
    colspan: int = 1
    covered: bool = False  # the lower part of a vertically merged cell: its text belongs above


@dataclass
class GridTable:
    box: tuple[int, int, int, int]
    rows: list[list[GridCell]] = field(default_factory=list)


def rule_masks(mask: np.ndarray, share: float = MIN_RULE_SHARE,
               dashed: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Binary ink mask -> (horizontal rules, vertical rules) at least `share` of the page long.

    No closing first: on a blurred scan it welds letters into runs that pass for rules. With `dashed`
    (a black-and-white scan) the horizontal pieces found are joined along their line across gaps
    shorter than a piece (`join_dashes`). Vertical ones are not: a gap in a column's side as long as
    a low row is a cell spanning two columns, and a fax keeps its full resolution across the page.
    Only the narrow white of a dropped scan line (`DROPPED_LINES`) is closed in them, on any scan: its
    pieces each stood on one rule, passed for letters' stems (`crossings`), and a ruled table whose
    rules they no longer crossed was read as ruled across only, every row one cell.
    """
    h, w = mask.shape
    along, down = max(int(w * share), 10), max(int(max(h, w) * share * DOWN_FRACTION), 10)
    horiz = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (along, 1)))
    # by the page's long side: on a landscape page a stem of a large letter ("р" at 14 pt) is as
    # tall as the short side's share
    vert = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, down)))
    if dashed:
        horiz = join_dashes(horiz, along)
    return horiz, _across_dropped_lines(mask, vert, down, horiz)


def _across_dropped_lines(mask: np.ndarray, vert: np.ndarray, down: int, horiz: np.ndarray) -> np.ndarray:
    """The vertical rules `vert` (at least `down` long) joined across a dropped scan line's white
    (`DROPPED_LINES`), and with the pieces it left shorter than `down` at their ends: a side's last
    stretch down to its row's rule. Only upright runs of ink twice that white long, in line with a
    rule found, are looked at: a low word or a mark in a tight row's padding is never joined to its rule.
    A white that opens at a row's rule is no dropped line but the padding of a cell spanning the
    columns (a section's title): a side ending at that rule is not carried on into the title's letters."""
    upright = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((2 * DROPPED_LINES, 1), np.uint8))
    closed = cv2.morphologyEx(upright, cv2.MORPH_CLOSE, np.ones((DROPPED_LINES + 1, 1), np.uint8))
    closed = cv2.bitwise_or(upright, _gaps_off_rules(cv2.bitwise_and(closed, cv2.bitwise_not(upright)), horiz))
    reach = cv2.dilate(vert, np.ones((2 * (down + DROPPED_LINES) + 1, 3), np.uint8))
    line = cv2.getStructuringElement(cv2.MORPH_RECT, (1, down))
    return cv2.bitwise_or(vert, cv2.morphologyEx(cv2.bitwise_and(closed, reach), cv2.MORPH_OPEN, line))


def _gaps_off_rules(gaps: np.ndarray, horiz: np.ndarray) -> np.ndarray:
    """The closed gaps that touch no row's rule (a rule's edge or a pixel beside it)."""
    count, labels, _, _ = components(gaps)
    if count <= 1:
        return gaps
    near_rule = cv2.dilate(horiz, np.ones((2 * RULE_EDGE + 1, 3), np.uint8)) > 0
    kept = np.ones(count, dtype=bool)
    kept[0] = False
    kept[labels[near_rule & (gaps > 0)]] = False
    return np.where(kept[labels], gaps, 0).astype(np.uint8)


def join_dashes(pieces: np.ndarray, gap: int) -> np.ndarray:
    """Horizontal rule pieces (each at least `gap` long) joined across the white between them on their line.

    A black-and-white scanner (a fax above all, at half the resolution down the page) sets a pixel
    black or white, nothing between: a thin rule tilted a little crosses its rows, and where it falls
    half on one row and half on the next neither is dark enough, so the rule comes out as dashes
    (every inch or so). Each dash is a run no letter makes, so joining them makes no rule of text;
    the dashes stay as they are and the white between them is filled, also where a dash stands a
    pixel off its neighbour's row (the tilt's step). A column is wider than a piece: a rule missing
    over one column (a cell spanning two rows) stays missing."""
    near = cv2.dilate(pieces, np.ones((DASH_SLACK, 1), np.uint8))
    bridged = cv2.morphologyEx(near, cv2.MORPH_CLOSE, np.ones((1, gap | 1), np.uint8))  # odd: centred
    return cv2.bitwise_or(pieces, cv2.subtract(bridged, near))


def _long(horiz: np.ndarray) -> np.ndarray:
    """The horizontal rules as long as a table is wide (welded letters of a blurred line are shorter)."""
    count, labels, stats, _ = components(horiz)
    keep = stats[:, cv2.CC_STAT_WIDTH] >= MIN_TABLE_W * horiz.shape[1]
    keep[0] = False
    return _painted(keep, labels)


def _painted(kept: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """The mask of the kept components: a 0/255 byte per component looked up by label (not a
    full-page array of 64-bit integers made and narrowed, which cost three times as much a page)."""
    return np.where(kept, 255, 0).astype(np.uint8)[labels]


def bridges(mask: np.ndarray, rules: np.ndarray) -> np.ndarray:
    """Short vertical rules that join two long horizontal `rules` (`_long`): the sides of the cells of a low
    row, which the long vertical kernel of `rule_masks` misses (a table's last row cut off by a page break)."""
    h, _ = mask.shape
    short = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(
        cv2.MORPH_RECT, (1, max(int(h * MIN_BRIDGE_SHARE), 10))))
    count, labels, stats, _ = components(short)
    kept = np.zeros(count, bool)
    for i in range(1, count):
        x, y, w, bh = (int(v) for v in stats[i, :4])
        cols = slice(max(x - _JOIN, 0), x + w + _JOIN)
        top = rules[max(y - _JOIN, 0):y + _JOIN + 1, cols]
        bottom = rules[max(y + bh - 1 - _JOIN, 0):y + bh + _JOIN, cols]
        kept[i] = bool(top.any() and bottom.any())
    return _painted(kept, labels)


def _positions(profile: np.ndarray, minimum: float) -> list[int]:
    """Indices where `profile` reaches `minimum`, runs of neighbours merged to the centre of their peak: ink
    beside a rule (a stamp's ring, a signature, letters touching it) joins its run but is shorter than the
    rule, and the run's plain centre would lie off the rule, where no row finds it."""
    hits = np.flatnonzero(profile >= minimum)
    groups: list[list[int]] = []
    for i in hits:
        if groups and i - groups[-1][-1] <= _JOIN:
            groups[-1].append(int(i))
        else:
            groups.append([int(i)])
    return [_peak_centre(profile, g) for g in groups]


def _peak_centre(profile: np.ndarray, group: list[int]) -> int:
    """The centre of the indices of `group` where `profile` reaches PEAK_SHARE of the group's highest value."""
    top = max(profile[i] for i in group)
    peak = [i for i in group if profile[i] >= PEAK_SHARE * top]
    return int(round(sum(peak) / len(peak)))


def _cover(mask: np.ndarray, along: int, start: int, end: int, vertical: bool, margin: int) -> float:
    """The share of [start + margin, end - margin) where `mask` has ink at `along` (±band)."""
    lo, hi = max(along - _JOIN, 0), along + _JOIN + 1
    if vertical:
        band = mask[start + margin:end - margin, lo:hi].max(axis=1)
    else:
        band = mask[lo:hi, start + margin:end - margin].max(axis=0)
    return float(np.count_nonzero(band)) / band.size if band.size else 1.0


def _covered(masks: tuple[np.ndarray, np.ndarray], along: int, start: int, end: int, vertical: bool) -> bool:
    """Does a rule run at `along` between the grid lines `start` and `end`? `masks`: (long rules, ink)."""
    if end - start <= 2 * _JOIN:
        return True
    rules, ink = masks
    return (_cover(rules, along, start, end, vertical, _JOIN) >= RULE_COVER
            or _cover(ink, along, start, end, vertical, 2) >= SOLID_COVER)


def _table_rows(horiz: np.ndarray, vert: np.ndarray, ink: np.ndarray,
                box: tuple[int, int, int, int], drawn: bool = False) -> list[list[GridCell]]:
    """Grid lines from the long rules; whether a rule closes each cell from them or from solid ink."""
    x0, y0, x1, y1 = box
    min_len = 2 * _JOIN + 6
    ys = [y0 + y for y in _row_rules(horiz, box)]
    if len(ys) < 2:
        return []
    # A column's side runs between the top and bottom rules and closes at least one row: a tall
    # letter standing on a rule (a title above the table, a "ф" in a row a page break cut short)
    # joins the table's box but is no side.
    inside = vert[ys[0]:ys[-1] + 1, x0:x1 + 1]
    xs = [x0 + x for x in _positions(np.count_nonzero(inside, axis=0), min_len)]
    kernel = MIN_RULE_SHARE * DOWN_FRACTION * max(vert.shape)  # `rule_masks`' vertical kernel
    # A tall letter in a low row may cover most of it but stands on one rule only (`side_ends`).
    xs = [x for x in xs if any(_cover(vert, x, top, bottom, True, _JOIN) >= RULE_COVER
                               and meets_both(vert, x, top, bottom, kernel)
                               for top, bottom in zip(ys, ys[1:], strict=False) if bottom - top > 2 * _JOIN)]
    # Likewise a row's edge closes at least one column: on a blurred scan the letters of a line weld
    # into runs as long as the horizontal kernel, but none spans most of its cell; nor does a streak.
    # sides `drawn` in the white of a table ruled across only stand about where its rules end, not on them
    horiz = without_streaks(horiz, xs, box, 2 * _JOIN, int(MIN_RULE_SHARE * horiz.shape[1]), drawn)
    ys = [y for y in ys if any(_cover(horiz, y, left, right, False, _JOIN) >= RULE_COVER
                               for left, right in zip(xs, xs[1:], strict=False) if right - left > 2 * _JOIN)]
    if len(xs) < 2 or len(ys) < 2:
        return []
    head = lost_top.hanging_top(ink, xs, ys[0], _JOIN, y0)  # a header row a fax dropped the top rule of
    if head is not None:
        ys.insert(0, head)
    foot = lost_bottom.hanging_bottom(ink, xs, ys[-1], _JOIN, y1 + 1)  # a last row whose bottom rule faded
    if foot is not None:
        ys.append(foot)
    rows: list[list[GridCell]] = []
    open_above: dict[int, GridCell] = {}  # column -> the cell that a missing rule lets grow downwards
    for r in range(len(ys) - 1):
        row = _row_cells(xs, ys[r], ys[r + 1], (horiz, vert, ink), open_above)
        rows.append(row)
    # a lost rule's row is parted by most of its sides: a few cells over the rule are a line of print close
    # above (or under) the table whose letters' ends passed for sides
    parted = lost_top.SIDE_SHARE * (len(xs) - 1)
    if foot is not None and len(rows[-1]) < parted:
        rows.pop()
    return rows[1:] if head is not None and len(rows[0]) < parted else rows


def _row_cells(xs: list[int], top: int, bottom: int, masks: tuple[np.ndarray, np.ndarray, np.ndarray],
               open_above: dict[int, GridCell]) -> list[GridCell]:
    """The cells of the row between the rules `top` and `bottom`: a cell no side closes spans on to the
    next side, and one no rule closes above is the lower part of the cell above it (`open_above`: column ->
    the cell a missing rule lets grow downwards, updated)."""
    horiz, vert, ink = masks
    row: list[GridCell] = []
    c = 0
    while c < len(xs) - 1:
        end = c + 1
        while end < len(xs) - 1 and not _covered((vert, ink), xs[end], top, bottom, vertical=True):
            end += 1
        above = open_above.get(c)
        if above is not None and not _covered((horiz, ink), top, xs[c], xs[end], vertical=False):
            ax0, ay0, ax1, _ = above.box
            above.box = (ax0, ay0, ax1, bottom)
            row.append(GridCell((xs[c], top, xs[end], bottom), end - c, covered=True))
        else:
            cell = GridCell((xs[c], top, xs[end], bottom), end - c)
            row.append(cell)
            open_above[c] = cell
        c = end
    return row


def find_tables(mask: np.ndarray, lines: np.ndarray | None = None,
                dashed: bool = False) -> tuple[list[GridTable], np.ndarray]:
    """Ink mask -> the ruled tables top to bottom, and the mask of their rules (to erase before OCR).

    `lines`: the ink to find the rules in, when it is not `mask` (`image.RULE_MARGIN`: a fainter
    threshold, which keeps a light broken rule whole); text is still told from `mask`. `dashed`: a
    black-and-white scan, whose thin rules may come as dashes (`join_dashes`)."""
    lines = mask if lines is None else lines
    horiz, vert = rule_masks(lines, dashed=dashed)
    horiz = cv2.bitwise_or(horiz, faint_rules.find(lines, int(MIN_TABLE_W * mask.shape[1]), _JOIN, horiz))
    long_rules = _long(horiz)  # once: the bridges end on them, and they are erased
    if dashed:  # a fax breaks a thin side into dashes; on a grey scan a stamp's ring would pass for one
        vert = cv2.bitwise_or(vert, faint_sides.find(lines, vert))
    vert = cv2.bitwise_or(vert, bridges(lines, long_rules))
    streaks = page_streaks(vert)
    vert = cv2.bitwise_and(vert, cv2.bitwise_not(streaks))
    # sides drawn where a table ruled across only leaves its columns open: they run through white
    # paper, so they join the grid but are never erased
    sides = open_sides(mask, horiz, vert, MIN_TABLE_W)
    rules = cv2.bitwise_or(horiz, cv2.bitwise_or(vert, sides))
    joined = cv2.dilate(rules, np.ones((2 * _JOIN + 1, 2 * _JOIN + 1), np.uint8))
    h, w = mask.shape
    count, _, stats, _ = components(joined)
    tables: list[GridTable] = []
    found = [(x, y, x + bw - 1, y + bh - 1) for x, y, bw, bh in (stats[i, :4].tolist() for i in range(1, count))
             if bh >= MIN_TABLE_H * h]
    wide = [b for b in found if b[2] - b[0] + 1 >= MIN_TABLE_W * w]
    pieces = [b for b in found if b[2] - b[0] + 1 < MIN_TABLE_W * w]
    # one grid's pieces where its rules broke; then the columns cut off at a side
    reach = 2 * int(MIN_RULE_SHARE * w)  # two dashes of a fax's rule lost (`join_dashes`)
    boxes = grid_boxes.across_drops(grid_boxes.merged(wide, w, h), lambda b: len(_row_rules(horiz, b)) >= 2,
                                    DROP_GAP, lambda a, b: _row_cut(horiz, vert, a, b), DROP_SPAN)
    boxes = with_far_pieces(grid_boxes.with_cut_pieces(boxes, pieces, 2 * _JOIN, reach), pieces, w)
    for box in boxes:
        # a table ruled across only has its drawn sides and no others: in a tight row a letter's
        # stroke from rule to rule would pass for a side (by the solid ink, or as a bridge)
        opened = bool(sides[box[1]:box[3] + 1, box[0]:box[2] + 1].any())
        rows = (_table_rows(horiz, sides, np.zeros_like(mask), box, drawn=True) if opened
                else _table_rows(horiz, vert, mask, box))
        if rows:
            tables.append(GridTable(box, rows))
    tables.sort(key=lambda t: t.box[1])
    return tables, _erasable(horiz, long_rules, cv2.bitwise_or(vert, streaks), tables)


def _row_rules(horiz: np.ndarray, box: tuple[int, int, int, int]) -> list[int]:
    """The row rules (grid lines across) a box holds, from its top."""
    x0, y0, x1, y1 = box
    return _positions(np.count_nonzero(horiz[y0:y1 + 1, x0:x1 + 1], axis=1), 2 * _JOIN + 6)


def _open_ends(horiz: np.ndarray, box: tuple[int, int, int, int]) -> tuple[bool, bool]:
    """Do the box's sides stand over its first rule, and run on under its last (`OPEN_END`)? A table's
    box ends at its rules; a strip a drop-out cut off across a row ends in that row's sides."""
    ys = _row_rules(horiz, box)
    return (bool(ys) and ys[0] > OPEN_END), (bool(ys) and box[3] - box[1] - ys[-1] > OPEN_END)


def _row_cut(horiz: np.ndarray, vert: np.ndarray, upper: tuple[int, int, int, int],
             lower: tuple[int, int, int, int]) -> bool:
    """Are the two boxes the halves of one row a drop-out cut (`_open_ends`), one drop-out's white apart
    (`DROP_GAP`) or two with the row's sides standing in the band between (`row_cut`)?"""
    if not (_open_ends(horiz, upper)[1] and _open_ends(horiz, lower)[0]):
        return False
    return lower[1] - upper[3] <= DROP_GAP or sides_through(vert, upper, lower)


def _erasable(horiz: np.ndarray, long_rules: np.ndarray, vert: np.ndarray, tables: list[GridTable]) -> np.ndarray:
    """The rules to erase before reading: vertical ones, horizontal ones as long as a table is wide,
    and the horizontal ink along each found grid line. Never a short horizontal run elsewhere: on a
    blurred scan those are the welded strokes of letters, and erasing them cuts the text to pieces."""
    erase = cv2.bitwise_or(vert, long_rules)
    for table in tables:
        x0, _, x1, _ = table.box
        for y in {y for row in table.rows for cell in row for y in (cell.box[1], cell.box[3])}:
            band = slice(max(y - _JOIN, 0), y + _JOIN + 1)
            erase[band, x0:x1 + 1] |= horiz[band, x0:x1 + 1]
    return erase
