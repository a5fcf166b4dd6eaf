"""A round stamp over the print: its ring and marks, fainter than the text, taken off before OCR.

A stamp's ink (blue or violet) scans lighter than the black print; its ring crosses cells and the
engine reads its arcs and the marks round it as letters ("|", "/", "(") inside them. A grey level
alone cannot tell it: the blurred edges of every letter are as light. What tells it is light ink far
from any dark core that runs on longer than a letter and bends (`_arcs`). Such arcs are whitened, and
with them the light ink on the circles they lie on (the ring's bits between the letters it crosses)
and, within their reach, the ink nowhere darker than the ring (the stamp's own lettering and marks).
Letters the ring crosses keep their dark strokes. A page without such arcs (any page with no stamp, a
black-and-white scan, whose ink has no grey) comes back as it is.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import components, cv2

CORE_SHARE = 0.3  # ink darker than this share of the way from the print's cores to the paper is a core
CORE_REACH = 2  # pixels (at 300 dpi): a letter's blurred edge lies this near a core of its stroke
MIN_ARC = 100  # pixels (1/3 inch at 300 dpi): light ink running on longer than any letter is
BEND = 2.5  # an arc's box is at least this many times its stroke thick across: it bends, no rule's stub
REACH = 60  # pixels round the arcs where ink no darker than the ring is the stamp's own lettering
FAINT_MARGIN = 10  # grey levels: ink round the ring nowhere darker than its darkest tenth, less this, is the stamp's
MAX_RADIUS = 1200  # pixels (4 inches): an arc on a wider circle is all but straight, no stamp's
ON_CIRCLE = 3  # pixels: an arc's pixels lie this near its circle (median) when it is round
BAND = 5  # pixels either side of a ring's circle its light ink is the ring's
MIN_INK = 500  # a page with fewer ink pixels is not measured
# A ring's side taken for a column rule (`ring_sides`): the rules' pieces at least SIDE_RUN pixels tall
# (a horizontal rule is thinner), ON_RING of whose pixels lie within SIDE_BAND of the ring's circle (the
# ring is ~6 pixels thick, the rule found in it one column of them), are taken off the ink the grid
# is looked for in, widened by SIDE_WIDEN (that ink is a fainter binarisation, its ring thicker).
SIDE_RUN, SIDE_BAND, ON_RING, SIDE_WIDEN = 15, 8, 0.9, 9


def _levels(gray: np.ndarray, ink: np.ndarray) -> float | None:
    """The grey below which ink is a stroke's dark core: CORE_SHARE of the way from the print's
    darkest tenth to the paper."""
    shades = np.bincount(gray[ink > 0], minlength=256)
    if shades.sum() < MIN_INK:
        return None
    print_core = float(np.searchsorted(np.cumsum(shades), 0.1 * shades.sum()))
    page = np.cumsum(cv2.calcHist([gray], [0], None, [256], [0, 256]).ravel())
    paper = float(np.searchsorted(page, 0.5 * page[-1]))
    return print_core + CORE_SHARE * (paper - print_core)


def _arcs(light: np.ndarray) -> tuple[np.ndarray, list[tuple[float, float, float]]]:
    """The light ink's pieces long enough and bent enough to be a stamp's ring (255 on 0), and the
    circles (x, y of the centre, radius) the round ones lie on."""
    count, labels, stats, _ = components(light)
    w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    long, short = np.maximum(w, h), np.minimum(w, h)
    keep = (long >= MIN_ARC) & (short * long >= BEND * area)
    keep[0] = False  # the background
    arcs = np.zeros_like(light)
    circles = []
    for i in np.flatnonzero(keep):  # a few: the mask is made box by box, not over the page's labels
        x, y = stats[i, cv2.CC_STAT_LEFT], stats[i, cv2.CC_STAT_TOP]
        box = (slice(y, y + h[i]), slice(x, x + w[i]))
        own = labels[box] == i
        arcs[box][own] = 255
        ys, xs = np.nonzero(own)
        circles += _circle(xs + float(x), ys + float(y))
    return arcs, circles


def _circle(xs: np.ndarray, ys: np.ndarray) -> list[tuple[float, float, float]]:
    """The circle an arc's pixels lie on (least squares), none when they lie on no circle."""
    a = np.stack([xs, ys, np.ones_like(xs)], 1)
    (p, q, c), *_ = np.linalg.lstsq(a, xs ** 2 + ys ** 2, rcond=None)
    cx, cy = p / 2, q / 2
    r2 = c + cx ** 2 + cy ** 2
    if r2 <= 0:
        return []
    r = float(np.sqrt(r2))
    off = np.abs(np.hypot(xs - cx, ys - cy) - r)
    return [(float(cx), float(cy), r)] if r <= MAX_RADIUS and np.median(off) <= ON_CIRCLE else []


def _on_circles(shape: tuple[int, int], circles: list[tuple[float, float, float]], reach: int = BAND) -> np.ndarray:
    """The pixels within `reach` of the circles, as a bool mask."""
    band = np.zeros(shape, np.uint8)
    for cx, cy, r in circles:
        cv2.circle(band, (round(cx), round(cy)), round(r), 255, 2 * reach + 1)
    return band > 0


def stamp_mask(gray: np.ndarray, ink: np.ndarray,
               level: float) -> tuple[np.ndarray, list[tuple[float, float, float]]] | None:
    """The pixels of a stamp in the page's `ink` (255 on 0, the text's binarisation) as a bool mask and
    the circles its ring lies on, or None when the page shows none. `gray`: the page the ink was taken
    from; `level`: its cores' grey."""
    core = ((ink > 0) & (cv2.medianBlur(gray, 3) < level)).astype(np.uint8)  # the scan's grain is no core
    near = cv2.dilate(core, np.ones((2 * CORE_REACH + 1, 2 * CORE_REACH + 1), np.uint8)) > 0
    light = (ink > 0) & ~near
    arcs, circles = _arcs(light.astype(np.uint8) * 255)
    if not arcs.any():
        return None
    ys, xs = np.nonzero(arcs)
    y0, y1 = max(int(ys.min()) - REACH, 0), int(ys.max()) + REACH + 1
    x0, x1 = max(int(xs.min()) - REACH, 0), int(xs.max()) + REACH + 1
    mask = arcs > 0
    stamp_grey = float(np.percentile(gray[mask], 10)) - FAINT_MARGIN
    box = (slice(y0, y1), slice(x0, x1))
    mask[box] |= _faint(ink[box], gray[box], stamp_grey)  # the stamp's lettering
    mask |= light & _on_circles(mask.shape, circles)  # the ring's bits between the letters it crosses
    return mask, circles


def ring_sides(rules: np.ndarray, circles: list[tuple[float, float, float]]) -> np.ndarray | None:
    """The pieces of the page's `rules` (255 on 0) that are a stamp's ring (255 on 0, a little wider), or
    None when none is. Where the ring runs down the page, along its left and right, its arc is as
    straight over a row's height as a column's side: the grid takes it for one and parts the row it
    crosses into extra cells. Such a piece lies on the ring's circle from end to end; a column's true
    side crosses the ring and runs on beyond it."""
    if not circles:
        return None
    down = cv2.morphologyEx(rules, cv2.MORPH_OPEN, np.ones((SIDE_RUN, 1), np.uint8))  # horizontal rules gone
    count, labels, stats, _ = components(down)
    if count < 2:
        return None
    band = np.bincount(labels[_on_circles(rules.shape, circles, SIDE_BAND)], minlength=count)
    ring = band >= ON_RING * stats[:, cv2.CC_STAT_AREA]
    ring[0] = False
    if not ring.any():
        return None
    return cv2.dilate(ring[labels].astype(np.uint8) * 255, np.ones((SIDE_WIDEN, SIDE_WIDEN), np.uint8))


def _faint(pieces: np.ndarray, gray: np.ndarray, stamp_grey: float) -> np.ndarray:
    """The pieces of ink (255 on 0) nowhere darker than `stamp_grey`, as a bool mask."""
    count, labels = cv2.connectedComponents((pieces > 0).astype(np.uint8), connectivity=8)
    darkest = np.full(count, 255, np.uint8)
    np.minimum.at(darkest, labels.ravel(), gray.ravel())
    faint = darkest >= stamp_grey
    faint[0] = False
    return faint[labels]


def without_stamp(gray: np.ndarray, clean: np.ndarray,
                  rules: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """The grey page and its `clean` one (the text's ink black on white) with a stamp's ring and marks
    whitened (`stamp_mask`); both as they are when the page shows no stamp. The ring's blurred fringe,
    lighter than any core, goes from the grey too. Third: the pieces of the page's `rules` that are
    the ring's sides (`ring_sides`), or None."""
    ink = 255 - clean
    level = _levels(gray, ink)
    found = None if level is None else stamp_mask(gray, ink, level)
    if found is None:
        return gray, clean, None
    mask, circles = found
    fringe = cv2.dilate(mask.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    kept = ((ink > 0) & ~mask).astype(np.uint8)
    fringe &= (gray >= level) & (cv2.dilate(kept, np.ones((3, 3), np.uint8)) == 0)  # the print keeps its shades
    gray, clean = gray.copy(), clean.copy()
    gray[fringe] = 255
    clean[mask] = 255
    return gray, clean, None if rules is None else ring_sides(rules, circles)
