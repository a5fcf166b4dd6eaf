"""A photographed page: the sheet cut out of the darker surface it lies on, and its uneven light evened.

A phone photo shows the sheet as a bright quadrilateral on a darker desk. The edge between them is an
edge of brightness, not a drawn rule, yet binarised it is a thin dark frame around the whole sheet: the
grid takes it for a table's sides and the real tables inside become its cells. The sheet is found as the
largest bright region of the page seen coarsely (its print closed over), its outline fitted by four
corners, and warped to an upright rectangle of a printed page's size: what lay outside is gone.

The light of a photo falls off across the sheet (a lamp on one side, the phone's shadow), so one
threshold keeps the rules on the dark side and breaks them into dashes on the bright one. The paper's
own brightness, taken where the print is closed over, divides the page: the paper turns evenly white.
A scan (a page with no darker surround) comes back as it was, pixel for pixel.
"""

from __future__ import annotations

import numpy as np

from parsers.ocr.cv import cv2
from parsers.ocr.perspective import mean_sides

COARSE = 600  # pixels of the long side the page is looked at to find the sheet
CLOSE = 15  # pixels at COARSE: a letter or a rule closed over, the paper's brightness left
PART = 0.02  # share of the image a bright piece of the sheet covers at least
MIN_AREA = 0.4  # share of the image the sheet covers at least
MAX_AREA = 0.97  # ... and at most: a page filling the image has no surround to cut
MIN_CONTRAST = 25  # grey levels the surround is darker than the sheet along its edge, at least
FIT = 0.97  # share of the bright region its four-cornered outline must cover
OUTLINE = 0.01  # share of the hull's perimeter its outline is simplified by
FILLED = 0.85  # share of the outline the bright region fills at least (a shadow darkens a corner)
INSET = 0.004  # share of the sheet's side cut off along its edge: the edge's own shade
A4_LONG = 297 / 25.4  # inches: the long side of a printed page, the size the sheet is given
EVEN_SCALE = 8  # the paper's light is taken on the page shrunk this many times
EVEN_CLOSE = 9  # pixels at that scale: larger than any letter, bold word or rule's width
CLEAR = 3  # pixels at COARSE: the middles of the sheet's sides lie at least this far inside the image
OFF = 0.02  # share of the long side a corner may lie past the image's border
RING = 4  # pixels at COARSE: the bands either side of the sheet's edge whose brightness is compared


def flatten(gray: np.ndarray, dpi: float) -> tuple[np.ndarray, float]:
    """The page's sheet, when it is a photo's, warped upright to a page's size at `dpi` and its light
    evened, and how many times it was enlarged (the photo's own resolution over the sheet is its
    resolution over the page divided by that); the page itself (and 1) when no sheet lies on a darker
    surround."""
    corners = find(gray)
    if corners is None:
        return gray, 1.0
    upright, zoom = _warp(gray, corners, dpi)
    return even(upright), zoom


def find(gray: np.ndarray) -> np.ndarray | None:
    """The sheet's four corners (top left, top right, bottom right, bottom left; x, y at full size) or None.
    The paper is brighter than the desk all over, or (under light that falls off strongly, its dark
    corner as dark as the desk's lit side) at least brighter than what lies about its edge."""
    scale = COARSE / max(gray.shape)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (CLOSE, CLOSE)))
    paper = cv2.GaussianBlur(paper, (5, 5), 0)
    _, bright = cv2.threshold(paper, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    quad = _sheet(bright, paper)
    if quad is None:  # the light's slope: the paper's brightness fitted over what is surely paper, divided out
        _, sure = cv2.threshold(paper, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        level = paper / np.maximum(_slope(paper, sure > 0), 1)
        _, bright = cv2.threshold(np.clip(level * 200, 0, 255).astype(np.uint8), 0, 255,
                                  cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        quad = _sheet(bright, paper)
    return None if quad is None else _ordered(quad) / scale


def _slope(paper: np.ndarray, sure: np.ndarray) -> np.ndarray:
    """The paper's brightness over the whole image, a quadratic surface fitted to it where `sure`."""
    h, w = paper.shape
    yy, xx = np.mgrid[0:h, 0:w]
    x, y = xx / w, yy / h
    terms = np.stack([np.ones_like(x), x, y, x * x, x * y, y * y], axis=-1)
    coef, *_ = np.linalg.lstsq(terms[sure][::7], paper[sure][::7].astype(float), rcond=None)
    return terms @ coef


def _sheet(bright: np.ndarray, paper: np.ndarray) -> np.ndarray | None:
    """The four corners of the bright pieces (clear of the image's border) that make one sheet, or None."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(bright, connectivity=4)
    parts = stats[:, cv2.CC_STAT_AREA] >= PART * bright.size  # a shadow across the sheet parts it
    parts[0] = False
    region = np.where(parts[labels], 255, 0).astype(np.uint8)
    area = np.count_nonzero(region) / region.size
    if not MIN_AREA <= area <= MAX_AREA:
        return None
    quad = _quadrilateral(region)
    if quad is None or not _inside(quad, paper.shape) or not _stands_out(paper, quad):
        return None
    return quad


def _quadrilateral(region: np.ndarray) -> np.ndarray | None:
    """The region's outline as four corners when four fit it (a sheet), else None: where the four
    longest sides of its hull meet, so a corner a shadow cut off (a short side more) is found again."""
    contours, _ = cv2.findContours(region, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    hull = cv2.convexHull(np.concatenate(contours))
    points = cv2.approxPolyDP(hull, OUTLINE * cv2.arcLength(hull, True), True)[:, 0, :].astype(float)
    if len(points) < 4:
        return None
    sides = [(points[i], points[(i + 1) % len(points)]) for i in range(len(points))]
    longest = sorted(sorted(range(len(sides)), key=lambda i: -np.linalg.norm(sides[i][1] - sides[i][0]))[:4])
    quad = np.array([_cross(sides[a], sides[b]) for a, b in zip(longest, longest[1:] + longest[:1], strict=True)])
    if not np.isfinite(quad).all():
        return None
    mask = np.zeros_like(region)
    cv2.fillConvexPoly(mask, quad.round().astype(np.int32), 255)
    both = np.count_nonzero(mask & region)
    if both < FIT * np.count_nonzero(region) or both < FILLED * np.count_nonzero(mask):
        return None
    return quad


def _cross(one: tuple[np.ndarray, np.ndarray], other: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Where the lines through two sides meet (infinite for parallel ones)."""
    (p, q), (r, s) = one, other
    d1, d2 = q - p, s - r
    det = d1[0] * d2[1] - d1[1] * d2[0]
    if abs(det) < 1e-9:
        return np.array([np.inf, np.inf])
    t = ((r[0] - p[0]) * d2[1] - (r[1] - p[1]) * d2[0]) / det
    return p + t * d1


def _inside(quad: np.ndarray, shape: tuple[int, int]) -> bool:
    """Whether the middle of every side lies clear of the image's border: the desk shows all round the
    sheet (a corner may reach the border). A copier's dark band along one side of a page filling the
    image is no desk."""
    h, w = shape
    middles = (quad + np.roll(quad, -1, axis=0)) / 2
    xs, ys = middles[:, 0], middles[:, 1]
    if not (xs.min() >= CLEAR and ys.min() >= CLEAR and xs.max() <= w - 1 - CLEAR and ys.max() <= h - 1 - CLEAR):
        return False
    off = OFF * max(h, w)  # a corner lies in the image, or just past its border where the photo cut it
    return bool((quad >= -off).all() and (quad[:, 0] <= w + off).all() and (quad[:, 1] <= h + off).all())


def _stands_out(paper: np.ndarray, quad: np.ndarray) -> bool:
    """Whether along every side the paper just inside is clearly brighter than what lies just outside:
    a side the light's slope drew across the paper is no edge of the sheet."""
    centre = quad.mean(axis=0)
    for start, end in zip(quad, np.roll(quad, -1, axis=0), strict=True):
        along = np.linspace(0.1, 0.9, 40)[:, None]
        points = start + along * (end - start)
        normal = np.array([end[1] - start[1], start[0] - end[0]]) / max(np.linalg.norm(end - start), 1)
        if np.dot(centre - start, normal) < 0:
            normal = -normal  # pointing into the sheet
        inner, outer = _samples(paper, points + RING * normal), _samples(paper, points - RING * normal)
        if inner.size == 0 or outer.size == 0 or np.median(inner) - np.median(outer) < MIN_CONTRAST:
            return False
    return True


def _samples(paper: np.ndarray, points: np.ndarray) -> np.ndarray:
    """The paper's brightness at those of the points that lie in the image."""
    h, w = paper.shape
    xs, ys = points[:, 0].round().astype(int), points[:, 1].round().astype(int)
    inside = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
    return paper[ys[inside], xs[inside]].astype(float)


def _ordered(quad: np.ndarray) -> np.ndarray:
    """Four corners as top left, top right, bottom right, bottom left."""
    total, diff = quad.sum(axis=1), quad[:, 1] - quad[:, 0]
    return np.array([quad[np.argmin(total)], quad[np.argmin(diff)], quad[np.argmax(total)], quad[np.argmax(diff)]])


def _warp(gray: np.ndarray, corners: np.ndarray, dpi: float) -> tuple[np.ndarray, float]:
    """The quadrilateral sent to an upright rectangle whose long side is a printed page's at `dpi`, less
    a thin band along its edge."""
    width, height = mean_sides(corners)
    size = A4_LONG * dpi / max(width, height)
    w, h = int(round(width * size)), int(round(height * size))
    dx, dy = INSET * w, INSET * h
    target = np.float32([[-dx, -dy], [w + dx, -dy], [w + dx, h + dy], [-dx, h + dy]])
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    return cv2.warpPerspective(gray, matrix, (w, h), flags=cv2.INTER_CUBIC, borderValue=255), size


def even(gray: np.ndarray) -> np.ndarray:
    """The page divided by its paper's brightness (its print closed over): white paper all over."""
    h, w = gray.shape
    small = cv2.resize(gray, (max(1, w // EVEN_SCALE), max(1, h // EVEN_SCALE)), interpolation=cv2.INTER_AREA)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (EVEN_CLOSE, EVEN_CLOSE))
    paper = cv2.medianBlur(cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel), 5)
    paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    return np.clip(gray.astype(np.float32) * 255 / np.maximum(paper, 1), 0, 255).astype(np.uint8)
