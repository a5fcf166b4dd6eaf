"""A second look at one cell: weak lines read again on their own, lines the engine skipped read alone.

Tesseract reads a cell as one block of text, and on a degraded scan two things go wrong there. A
speck or the block's layout throws a whole line off ("3.1." read as "ЗА."), although the same line
cut out alone reads cleanly. And a line of one small mark is taken for noise and dropped: the full
stop of an item number that a narrow column wrapped onto its own line ("13.10" / "."). Both come
back from the cell's own pixels: a new reading replaces the old only when the engine is surer of it,
and a skipped piece, read as the end of the line above it, is kept only when the engine is sure.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from parsers.ocr import engine
from parsers.ocr.cv import components, cv2

REREAD_BELOW = 85.0  # a line read with less confidence than this is read again on its own
BETTER_BY = 5.0  # the second reading of a line replaces the first when it is this much surer
SKIPPED_CONFIDENCE = 60.0  # ink the block reading skipped is kept when read alone at least this sure
SKIPPED_INK = 12  # pixels (at 300 dpi): a smaller leftover is a speck or the edge of a letter
LINE_PAD = 10  # white border around a line cut out for a second reading
# A weak line is read with each of these borders: how much white surrounds a short line sways the
# engine's reading of it ("3.1." read as "3/1." with one border and cleanly with another).
REREAD_PADS = (4, 10, 20)
# Ink this close to a read line (in its letter heights) belongs to it: accents, descenders, a comma.
NEAR_LINE = 0.25
_GROUP = (25, 5)  # pixels: leftover pieces closer than this are read together (letters of a line)
_GAP = 4  # pixels between a line and the piece read after it
WRAP_LINES = 1.6  # a wrapped piece ends at most this many letter heights below the line above
SHADOW = 0.6  # a line with this share of its box inside a surer line's box is that line's ink read again
NUMBER_LANGUAGE = "eng"  # the model asked again about a line of digits (Debian's tesseract-ocr brings it)
_NUMBER = re.compile(r"[\d\s.,:;/()\-\u2012-\u2015]+")


def _cut(gray: np.ndarray, box: tuple[int, int, int, int], pad: int = LINE_PAD) -> np.ndarray:
    x0, y0, x1, y1 = box
    return cv2.copyMakeBorder(gray[y0:y1, x0:x1], pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)


def _read_alone(gray: np.ndarray, box: tuple[int, int, int, int], pad: int = LINE_PAD,
                lang: str | None = None) -> tuple[str, float] | None:
    """The text in `box` read as one line, and the engine's lowest confidence in it."""
    found = [ln for ln in engine.read(_cut(gray, box, pad), engine.LINE, lang) if ln.text]
    if not found:
        return None
    return " ".join(ln.text for ln in found), min(ln.confidence for ln in found)


def is_number(text: str) -> bool:
    """Digits and punctuation only, at least one digit: an item number, a date, a range of years."""
    return bool(_NUMBER.fullmatch(text)) and any(ch.isdigit() for ch in text)


def _reread(images: list[np.ndarray], line: engine.OcrLine) -> engine.OcrLine:
    """A weak line read alone from each image of the cell (black and white, grey), the surest kept.

    A line that reads as a number in some reading is read by the English model too, whose digits are
    better trained than the Russian model's ("3.1." is "ЗА." or "3." to it); its reading counts only
    when it is a number as well, so a Russian word never turns into Latin letters."""
    if line.confidence >= REREAD_BELOW:
        return line
    readings = [r for r in (_read_alone(image, line.box, pad) for image in images for pad in REREAD_PADS) if r]
    if engine.has_language(NUMBER_LANGUAGE) and any(is_number(t) for t, _ in [*readings, (line.text, 0)]):
        digits = (_read_alone(image, line.box, pad, NUMBER_LANGUAGE) for image in images for pad in REREAD_PADS)
        readings += [r for r in digits if r and is_number(r[0])]
    best = max(readings, key=lambda r: r[1], default=None)
    if best is None or best[1] < line.confidence + BETTER_BY:
        return line
    return replace(line, text=best[0], confidence=best[1])


def _leftover_boxes(gray: np.ndarray, lines: list[engine.OcrLine], border: int) -> list[tuple[int, int, int, int]]:
    """Boxes of ink that no read line covers, away from the cell's edges and from the lines' rows."""
    ink = (gray < 128).astype(np.uint8)
    for ln in lines:
        x0, y0, x1, y1 = ln.box
        near = max(3, int(NEAR_LINE * ln.row_height))
        ink[max(y0 - near, 0):y1 + near, max(x0 - near, 0):x1 + near] = 0
    h, w = ink.shape
    grouped = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, _GROUP))
    count, labels, stats, _ = components(grouped)
    boxes = []
    for i in range(1, count):
        x, y, bw, bh = (int(v) for v in stats[i, :4])
        piece = ink[y:y + bh, x:x + bw] * (labels[y:y + bh, x:x + bw] == i)
        ys, xs = np.nonzero(piece)
        if len(ys) < SKIPPED_INK:
            continue
        box = (x + int(xs.min()), y + int(ys.min()), x + int(xs.max()) + 1, y + int(ys.max()) + 1)
        at_edge = box[0] <= border + 1 or box[1] <= border + 1 or box[2] >= w - border - 1 or box[3] >= h - border - 1
        beside = any(box[1] < ln.box[3] and ln.box[1] < box[3] for ln in lines)  # on a read line's row
        if not at_edge and not beside:
            boxes.append(box)
    return boxes


def _suffix(whole: str, head: str) -> str | None:
    """What `whole` reads past `head`, spaces aside; None when `whole` does not begin with `head`."""
    i = 0
    for ch in head.replace(" ", ""):
        while i < len(whole) and whole[i] == " ":
            i += 1
        if i == len(whole) or whole[i] != ch:
            return None
        i += 1
    return whole[i:].strip()


def _after_line(gray: np.ndarray, line: engine.OcrLine, box: tuple[int, int, int, int]) -> tuple[str, float] | None:
    """The piece in `box` read as the end of `line`, as if the column had not wrapped it: pasted after
    the line with its foot on the line's baseline. Alone, a full stop is a blot of unknown size; after
    the line it is what it is."""
    x0, y0, x1, y1 = line.box
    head, piece = gray[y0:y1, x0:x1], gray[box[1]:box[3], box[0]:box[2]]
    foot = (line.baseline if line.baseline is not None else y1) - y0
    top = foot - piece.shape[0]
    shift = max(0, -top)
    canvas = np.full((max(y1 - y0, foot) + shift, head.shape[1] + _GAP + piece.shape[1]), 255, np.uint8)
    canvas[shift:shift + head.shape[0], :head.shape[1]] = head
    canvas[top + shift:foot + shift, head.shape[1] + _GAP:] = piece
    found = [ln for ln in engine.read(_cut(canvas, (0, 0, canvas.shape[1], canvas.shape[0])), engine.LINE) if ln.text]
    if not found:
        return None
    rest = _suffix(" ".join(ln.text for ln in found), line.text)
    return (rest, min(ln.confidence for ln in found)) if rest else None


def _skipped(gray: np.ndarray, lines: list[engine.OcrLine], border: int) -> list[engine.OcrLine]:
    """Lines the block reading left out, kept when the engine is sure of them. Below the read lines, only
    a piece where the column would have wrapped the line above (at the text's left edge, one line
    down) is read, as that line's end: a speck elsewhere is no text. In a cell where nothing was read,
    a piece is read alone and kept only with a letter or digit in it."""
    height = int(np.median([ln.row_height for ln in lines])) if lines else 0
    left = min((ln.box[0] for ln in lines), default=0)
    found = []
    for x0, y0, x1, y1 in _leftover_boxes(gray, lines, border):
        box = (x0, max(min(y0, y1 - height), 0), x1, y1)
        if lines:
            above = max((ln for ln in lines if ln.box[3] <= y0), key=lambda ln: ln.box[3], default=None)
            wrapped = (above is not None and abs(x0 - left) <= height
                       and y1 - above.box[3] <= WRAP_LINES * height)
            read = _after_line(gray, above, (x0, y0, x1, y1)) if wrapped else None
        else:
            read = _read_alone(gray, box)
            read = read if read and any(ch.isalnum() for ch in read[0]) else None
        if read is not None and read[1] >= SKIPPED_CONFIDENCE:
            found.append(engine.OcrLine(read[0], box, float(height or y1 - y0), read[1]))
    return found


def _inside(inner: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> float:
    """The share of `inner`'s area that lies within `outer`."""
    w = min(inner[2], outer[2]) - max(inner[0], outer[0])
    h = min(inner[3], outer[3]) - max(inner[1], outer[1])
    area = (inner[2] - inner[0]) * (inner[3] - inner[1])
    return w * h / area if w > 0 and h > 0 and area > 0 else 0.0


def without_shadows(lines: list[engine.OcrLine]) -> list[engine.OcrLine]:
    """A blurred line may come back twice from a block reading: once whole and once as a weak line of
    marks over the top of its letters (">" over "2.2,"). Read again alone, that shadow turns into
    letters ("эз") and a line of its own; it is dropped while it still lies within the surer line."""
    return [ln for ln in lines if not any(other is not ln and other.confidence > ln.confidence
                                          and _inside(ln.box, other.box) >= SHADOW for other in lines)]


def refine(gray: np.ndarray, lines: list[engine.OcrLine], border: int = 0,
           shades: np.ndarray | None = None) -> list[engine.OcrLine]:
    """The lines of a cell image (black ink on white) after a second look, top to bottom.

    `border`: the white padding added around the cell, inside which ink is the cell's edge (a rule's
    remains), never text. `shades`: the same cell in grey before binarisation, when there is one: a
    clean print the threshold made brittle reads better there, a speckled one worse, so a weak line
    is read from both."""
    lines = without_shadows(lines)
    better = [_reread([gray] if shades is None else [gray, shades], ln) for ln in lines]
    added = _skipped(gray, better, border)
    if not added:
        return better
    return sorted(better + added, key=lambda ln: ln.box[1])  # stable: the engine's order within a row
