"""A page photographed out of square, warped upright before its grid is looked for.

A phone photo (or a sheet fed askew under a camera) leans each rule by its own angle: the lines
converge, so the one angle of the deskew leaves the rules near the page's edges off the grid and the
table falls apart. Two far-apart long horizontal rules and two far-apart long vertical ones were the
sides of a rectangle; where they meet are its four corners, and the homography that sends those back
to a rectangle straightens every rule of the page. A page whose frame is square already (the deskewed
scan of a flat sheet) is returned as it came, pixel for pixel. A frame's rule runs from one side rule to
the other: a long streak a fax or a copier leaves across the page (its ends anywhere) is no side of it.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import cv2

PIECE = 40  # pixels at 300 dpi: a rule leaning 2 degrees still runs this long straight in a blurred scan
MAX_LEAN = 6.0  # degrees a rule may lean after the deskew (which follows the rows: the columns lean more)
_STEP = 0.05  # degrees: the angle step the lines are looked for with
MIN_LINE = 0.3  # share of the page's side a frame rule covers (in pieces) at least
STRONG = 0.5  # ... and this share of the page's longest rule in that direction
MIN_SPAN = 0.15  # share of the page's side: the two rules of a pair lie at least this far apart
MAX_LINES = 100  # the strongest distinct lines looked at
BAND = 4  # pixels either side of a found line whose ink fits it
EDGE = 10  # pixels from the image's border: ink reaching it is the sheet's edge (or cut off)
SQUARE = 6.0  # pixels: a frame whose corners lie this close to a rectangle is square already
MAX_SHIFT = 0.08  # share of the page's long side: a corner moved further is a wrong frame, not a photo
REACH = 0.03  # share of the page's side: a frame rule's ink stops at most this short of the sides it meets
Line = tuple[float, float]  # y = a + b * x (for a vertical rule: x = a + b * y)
Rule = tuple[Line, float, float]  # a fitted rule and the first and last point of its ink along it


def square(gray: np.ndarray, rule_ink: np.ndarray) -> np.ndarray:
    """The deskewed page `gray` warped so that its frame of rules (found in `rule_ink`) is a
    rectangle; the page itself when it has no such frame or is square already."""
    corners = frame(rule_ink)
    if corners is None:
        return gray
    target = rectangle(corners)
    shift = np.abs(corners - target).max()
    if shift < SQUARE or shift > MAX_SHIFT * max(gray.shape):
        return gray
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target.astype(np.float32))
    h, w = gray.shape
    return cv2.warpPerspective(gray, matrix, (w, h), flags=cv2.INTER_CUBIC, borderValue=255)


def frame(rule_ink: np.ndarray) -> np.ndarray | None:
    """The four corners (top left, top right, bottom right, bottom left; x, y) where the outermost
    long horizontal and vertical rules that meet each other cross, or None when the page has no two of
    either."""
    rows = _long_rules(rule_ink)
    cols = _long_rules(np.ascontiguousarray(rule_ink.T))
    if not rows or not cols:
        return None
    h, w = rule_ink.shape
    rows = _reaching(rows, cols[0][0], cols[-1][0], REACH * w)
    cols = _reaching(cols, rows[0][0], rows[-1][0], REACH * h) if rows else []
    if len(rows) < 2 or len(cols) < 2 or not _apart(rows, h) or not _apart(cols, w):
        return None
    top, bottom, left, right = rows[0][0], rows[-1][0], cols[0][0], cols[-1][0]
    return np.array([_meet(top, left), _meet(top, right), _meet(bottom, right), _meet(bottom, left)])


def _reaching(rules: list[Rule], first: Line, last: Line, slack: float) -> list[Rule]:
    """The rules whose ink runs from the crossing with `first` to the one with `last` (the two
    outermost rules across them), less `slack`: a frame's side, not a streak that stops anywhere."""
    kept = []
    for line, lo, hi in rules:
        start, end = sorted((_meet(line, first)[0], _meet(line, last)[0]))
        if lo <= start + slack and hi >= end - slack:
            kept.append((line, lo, hi))
    return kept


def _apart(rules: list[Rule], side: int) -> bool:
    """Whether the outermost two of `rules` (in order across the page) lie far enough apart."""
    (a0, b0), (a1, b1) = rules[0][0], rules[-1][0]
    middle = side / 2
    return (a1 + b1 * middle) - (a0 + b0 * middle) >= MIN_SPAN * side


def rectangle(corners: np.ndarray) -> np.ndarray:
    """The upright rectangle of the quadrilateral's mean width and height about its centre."""
    width, height = mean_sides(corners)
    cx, cy = corners.mean(axis=0)
    x0, x1, y0, y1 = cx - width / 2, cx + width / 2, cy - height / 2, cy + height / 2
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])


def mean_sides(corners: np.ndarray) -> tuple[float, float]:
    """The mean width and height of a quadrilateral given as top left, top right, bottom right, bottom left."""
    tl, tr, br, bl = corners
    return ((np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2,
            (np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2)


def _long_rules(mask: np.ndarray) -> list[Rule]:
    """The long near-horizontal rules of `mask`, fitted, from the top of the page down."""
    h, w = mask.shape
    pieces = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (PIECE, 1)))
    lean = np.radians(MAX_LEAN)
    found = cv2.HoughLines(pieces, 1, np.radians(_STEP), int(MIN_LINE * w),
                           min_theta=np.pi / 2 - lean, max_theta=np.pi / 2 + lean)
    if found is None:
        return []
    ys, xs = np.nonzero(pieces)
    middle = w / 2
    lines, seen = [], []
    for rho, theta in found[:, 0]:  # the strongest first; the neighbours in angle of a thick rule repeat it
        a, b = rho / np.sin(theta), -np.cos(theta) / np.sin(theta)
        if len(seen) >= MAX_LINES:
            break
        if any(abs(a + b * middle - mid) <= 2 * BAND for mid in seen):
            continue
        seen.append(a + b * middle)
        if (fitted := _fit(a, b, xs, ys, mask.shape)) is not None:
            lines.append(fitted)
    if not lines:
        return []
    longest = max(support for _, support, _ in lines)
    kept = [(line, *ends) for line, support, ends in lines if support >= max(STRONG * longest, MIN_LINE * w)]
    return sorted(kept, key=lambda rule: rule[0][0] + rule[0][1] * middle)


def _fit(a: float, b: float, xs: np.ndarray, ys: np.ndarray,
         shape: tuple[int, int]) -> tuple[Line, int, tuple[float, float]] | None:
    """The line y = a + b x refitted (twice) to the rule pieces near it, how many pixels it holds and
    where its ink starts and stops; None for a line that runs off the image: the edge of the sheet in a
    photo, not a printed rule."""
    for _ in range(2):
        near = np.abs(ys - (a + b * xs)) <= BAND
        if np.count_nonzero(near) < PIECE or np.ptp(xs[near]) < PIECE:
            return None
        b, a = np.polyfit(xs[near].astype(float), ys[near].astype(float), 1)
    ends = np.array([xs[near].min(), xs[near].max()], float)
    h, w = shape
    if ends[0] < EDGE or ends[1] > w - 1 - EDGE or not (EDGE <= a + b * ends).all() \
            or not (a + b * ends <= h - 1 - EDGE).all():
        return None
    support = int(np.count_nonzero(np.abs(ys - (a + b * xs)) <= BAND))
    return (float(a), float(b)), support, (float(ends[0]), float(ends[1]))


def _meet(row: Line, col: Line) -> tuple[float, float]:
    """Where the row y = a + b x crosses the column x = c + d y."""
    a, b = row
    c, d = col
    y = (a + b * c) / (1 - b * d)
    return c + d * y, y
