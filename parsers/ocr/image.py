"""A scanned page as a clean grayscale image: rendered, straightened, and its ink as a binary mask.

Scans come crooked by a degree or two, noisy and blurred; the grid finder needs straight lines and
Tesseract reads best at about 300 dpi, so every page is rendered at that resolution whatever the
scanner used, then rotated by the angle that makes its text lines and rules most horizontal; a photo's
rules, which converge, are then made parallel by a perspective warp (`parsers.ocr.perspective`).
"""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium

from parsers.ocr import colour_ink, halftone, perspective, photo_dpi, sheet
from parsers.ocr.cv import components, cv2

DPI = 300
PT = 72 / DPI  # points per pixel of the render: OCR boxes in pixels, the PDF reader's logic in points
ROW_SHARE = 0.7  # Tesseract's row height is about this share of the font size
MAX_SKEW = 5.0  # degrees; a page tilted more than this is rotated by hand, not by a deskew
_COARSE, _FINE = 0.5, 0.05
# Ink blobs of at most this many pixels (at DPI) are specks, not print: a full stop at 10 pt is ~25.
SPECK_AREA = 10
# A speck is a dot of the scanner's own pixels, so a coarser scan makes larger specks: the limit grows
# with the square of DPI over the scan's resolution, up to a full stop's size less a margin.
SPECK_AREA_MAX = 20
# The neighbourhood a pixel is compared with (pixels at DPI, about a letter's width) and how much darker
# than its weighted mean it must be to count as ink.
LOCAL_BLOCK, LOCAL_MARGIN = 31, 20
# The margin for the ink the grid finder looks for rules in. A thin rule blurred at a coarse resolution
# is a light grey line, and a white speck of the scanner punches holes in it: at LOCAL_MARGIN it
# breaks into dashes and the table falls apart (or is not found at all). Rules are found by their
# length, so the ink that welds letters at this margin costs little there.
RULE_MARGIN = 10
# A black-and-white (bilevel) scan: its image, at the scanner's own resolution, has at most this many
# mid-grey pixels (MID_GREY) per black one (a JPEG of such a scan rings a little; a grey scan's soft
# edges give a half to tens of them per black pixel).
BILEVEL_GREY = 0.05
MID_GREY = (64, 192)
COLOUR_BITS = 24  # bits per pixel of an RGB (or CMYK) image: a scan in colour


def render(pdf: pdfium.PdfDocument, index: int, dpi: int = DPI) -> np.ndarray:
    """Page `index` (0-based) -> grayscale uint8 array at `dpi`."""
    return page_image(pdf, index, dpi)[0]


def source_dpi(pdf: pdfium.PdfDocument, index: int) -> float | None:
    """The resolution of the largest image on page `index` (pixels per inch of the page), or None."""
    page = pdf[index]
    try:
        return _source_dpi(page)
    finally:
        page.close()


def page_image(pdf: pdfium.PdfDocument, index: int, dpi: int = DPI) -> tuple[np.ndarray, float | None, bool]:
    """Page `index` rendered at `dpi` (grayscale uint8), the resolution of its scan and whether the scan
    is black-and-white (`bilevel`; a dithered one comes back grey, `parsers.ocr.halftone`), the page
    opened once: a scan's page holds one large image, which pdfium decodes each time it loads it."""
    page = pdf[index]
    try:
        largest = _largest_image(page)
        scanned = None if largest is None else largest[1]
        pixels = None if largest is None else _pixels(largest[0])
        two_tone = pixels is not None and _two_tone(pixels)
        coloured = largest is not None and _in_colour(largest[0])
        rendered = photo_dpi.render_dpi(page, dpi)  # a large photo's: what its sheet needs
        array = colour_ink.to_grey(page.render(scale=rendered / 72, grayscale=not coloured).to_numpy().copy())
        array, zoom = sheet.flatten(array, dpi)  # a photo's sheet cut off the desk it lies on, its light evened
        if rendered != dpi and zoom == 1.0:  # no sheet found after all: the page as it is, at `dpi`
            rendered = dpi
            array = colour_ink.to_grey(page.render(scale=dpi / 72, grayscale=not coloured).to_numpy().copy())
        zoom *= rendered / dpi  # over the page as rendered at `dpi`
    finally:
        page.close()
    scanned = scanned / zoom if scanned else scanned  # the photo's resolution over the sheet, now page-sized
    if two_tone and halftone.dithered(pixels, scanned):  # a halftone's dots: read as the grey they stand for
        array = halftone.descreen(array, dpi / scanned if scanned else 1.0)
        two_tone = False
    return array, scanned, two_tone


def _source_dpi(page: pdfium.PdfPage) -> float | None:
    largest = _largest_image(page)
    return None if largest is None else largest[1]


def _largest_image(page: pdfium.PdfPage) -> tuple[pdfium.PdfImage, float] | None:
    """The page's largest image and its resolution (pixels per inch of the page), or None."""
    best = None
    for obj in page.get_objects():
        if obj.type != pdfium.raw.FPDF_PAGEOBJ_IMAGE:
            continue
        left, bottom, right, top = obj.get_bounds()
        inches = (right - left) * (top - bottom) / 72 ** 2
        width, height = obj.get_px_size()
        if inches > 0 and (best is None or inches > best[0]):
            best = (inches, obj, (width * height / inches) ** 0.5)  # by area: a turned image counts alike
    return (best[1], best[2]) if best else None


def _pixels(obj: pdfium.PdfImage) -> np.ndarray | None:
    """The image's pixels at its own resolution, darkest channel, or None when pdfium cannot decode it."""
    try:
        pixels = obj.get_bitmap().to_numpy()
    except pdfium.PdfiumError:
        return None
    return pixels[..., :3].min(axis=2) if pixels.ndim == 3 else pixels


def _in_colour(obj: pdfium.PdfImage) -> bool:
    """Is the image in colour (three or four channels of 8 bits)? Only such a scan is rendered in colour."""
    try:
        return obj.get_metadata().bits_per_pixel >= COLOUR_BITS
    except pdfium.PdfiumError:
        return False


def _two_tone(pixels: np.ndarray) -> bool:
    """Is the image a black-and-white scan (1 bit a pixel, or grey with hardly any mid-grey)?"""
    black = np.count_nonzero(pixels < MID_GREY[0])
    grey = np.count_nonzero((pixels >= MID_GREY[0]) & (pixels < MID_GREY[1]))
    return black > 0 and grey <= BILEVEL_GREY * black


def speck_area(scan_dpi: float | None) -> int:
    """The largest blob (in pixels at DPI) that is a speck on a scan made at `scan_dpi`."""
    if not scan_dpi:
        return SPECK_AREA
    return int(max(SPECK_AREA, min(SPECK_AREA * (DPI / scan_dpi) ** 2 / 2, SPECK_AREA_MAX)))


def ink(gray: np.ndarray, speck: int = SPECK_AREA, margin: int = LOCAL_MARGIN, median: bool = True) -> np.ndarray:
    """Dark pixels as 255 on 0: a light median and a size filter remove speckle; a pixel is ink when it
    is darker than the page's Otsu threshold and by `margin` than its neighbourhood.

    On a blurred low-resolution scan the page's threshold alone sits near the paper's white, so the
    grey inside bold letters turns black and a bold line welds into one bar that passes for a rule;
    the neighbourhood keeps those holes white, and keeps a grey shading of a cell out of the ink.

    A black-and-white (bilevel) scan has no grain to smooth, and its rules and thin strokes stay a
    pixel or two wide and sharp: the median wipes a one-pixel rule out, breaks a wider one into dashes
    where it straddles two pixels (a column's side lost, a table torn in pieces), and leaves the tilt
    to the letters alone. There `median` is False; the size filter still drops specks."""
    smooth = cv2.medianBlur(gray, 3) if median else gray
    _, mask = cv2.threshold(smooth, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    local = cv2.adaptiveThreshold(smooth, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY_INV,
                                  LOCAL_BLOCK, margin)
    mask = cv2.bitwise_and(mask, local)
    count, labels, stats, _ = components(mask)
    small = stats[:, cv2.CC_STAT_AREA] <= speck
    small[0] = False  # the background
    if small.any():
        mask[small[labels]] = 0
    return mask


def _score(small: np.ndarray, angle: float) -> float:
    """How sharply the rows of ink peak after rotating by `angle`: straight lines give tall peaks."""
    h, w = small.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rotated = cv2.warpAffine(small, matrix, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
    profile = rotated.sum(axis=1, dtype=np.float64)
    return float(np.square(np.diff(profile)).sum())


def skew_angle(mask: np.ndarray) -> float:
    """The rotation (degrees, counter-clockwise) that straightens the page, from its ink profile."""
    scale = 1000 / max(mask.shape)
    small = cv2.resize(mask, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else mask
    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, _COARSE), key=lambda a: _score(small, a))
    fine = np.arange(best - _COARSE, best + _COARSE + 1e-9, _FINE)
    return float(max(fine, key=lambda a: _score(small, a)))


def straighten(gray: np.ndarray, angle: float) -> np.ndarray:
    """Rotate by `angle` degrees about the centre, filling the corners with white."""
    if abs(angle) < _FINE / 2:
        return gray
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, matrix, (w, h), flags=cv2.INTER_CUBIC, borderValue=255)


def square(gray: np.ndarray, speck: int, bilevel: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The deskewed page with the converging rules of a photo made parallel (`parsers.ocr.perspective`),
    and the ink its rules are looked for in (`RULE_MARGIN`; a bilevel page's without the median): a
    square page comes back as it is, with the ink its frame was looked for in, which the grid reuses."""
    rule_ink = ink(gray, speck, RULE_MARGIN, median=not bilevel)
    upright = perspective.square(gray, rule_ink)
    if upright is gray:
        return gray, rule_ink
    return upright, ink(upright, speck, RULE_MARGIN, median=not bilevel)
