"""One scanned page -> its tables (cells of recognised lines) and the lines outside them, in points.

Runs in a worker process: render, turn upright, straighten, binarise, find the ruled grid, erase the rules and a
stamp (`parsers.ocr.stamps`), read every non-empty cell as one block (weak and skipped lines looked at again,
`parsers.ocr.refine`) and the rest with Tesseract's layout analysis; `parsers.ocr.blocks` makes the blocks.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import numpy as np
import pypdfium2 as pdfium

from parsers.ocr import boldline, engine, grid, image, leftink, lettercase, numbers, orientation, rowcuts, soft, unruled
from parsers.ocr.cv import cv2
from parsers.ocr.gibberish import cell_lines, is_noise
from parsers.ocr.refine import refine
from parsers.ocr.specks import drop_specks
from parsers.ocr.stamps import without_stamp
from parsers.ocr.strays import strays, wiped
from parsers.ocr.stroke_rows import without_stroke_rows
from parsers.pdf.text import TextLine

PAD = 20  # white border around a cell image: Tesseract reads text touching the edge badly
INSET = 4  # pixels cut from each side of a cell box, past the erased rule
MIN_INK = 40  # a cell with fewer ink pixels than this is empty (speckle, a rule's remains)
BOLD_STROKE = 1.3  # a line whose strokes are wider than the page median by this factor is bold
SHORT_MARK = 4  # characters (spaces aside): a line this short is as bold as the lines beside it (mark_bold)
BOLD_WORD = 1.15  # ... when none of its words has strokes less wider than that (one word is a noisier measure)
DOUBTFUL_CELL = 85.0  # a cell whose weakest line the engine is less sure of is read again from its grey
KEEP_CHARS = 0.9  # the grey reading replaces the first only if it reads this share of its letters at least
MIN_GAP_TEXT = 15  # pixel rows of ink a band between two tables has at least to hold a line of print
INK_REACH = 5  # pixels (a square's side) around the binarised ink where the grey is kept for that reading
Stroke = tuple[float, float]  # a line's stroke width, and that of its least bold word
Coarse = tuple[np.ndarray, soft.Prep]  # a coarse scan's grey without its rules, and how it is prepared
_PDFIUM = threading.Lock()  # pdfium is not thread-safe: one page is opened and rendered at a time


@dataclass
class OcrCell:
    lines: list[TextLine]
    colspan: int = 1
    covered: bool = False
    confidence: float | None = None  # mean word confidence, None for an empty cell
    readings: list[str] = field(default_factory=list)  # an item number's readings, the first one first
    repaired: bool = False  # the number numbers.settle chose is not the one the cell first read as


@dataclass
class OcrPage:
    number: int
    height: float  # points
    tables: list[tuple[float, list[list[OcrCell]]]] = field(default_factory=list)  # (top in points, rows)
    lines: list[TextLine] = field(default_factory=list)
    skew: float = 0.0
    # the lines outside the ruled tables as the engine read them (with their words) and as TextLines: the
    # tables without column rules are found among them once every page is read (`parsers.ocr.opentables`),
    # with every line's stroke widths (bold is told against the page's usual line), and the page's images
    # kept for reading those tables' cells (PNG: the grey, the clean page, its rules), when its lines may hold one
    free: list[tuple[engine.OcrLine, TextLine]] = field(default_factory=list)
    measured: list[tuple[TextLine, Stroke]] = field(default_factory=list)
    kept: tuple[bytes, bytes, bytes] | None = None
    # the tops (points) of the tables without column rules whose header is split in two rows under a
    # group cell (`parsers.pdf.stream`): folded into one as the PDF reader folds it (`parsers.ocr.blocks`)
    split_headers: set[float] = field(default_factory=set)


def is_text(text: str) -> bool:
    """A line outside the tables holds a letter or a digit: one of marks alone (">" read from a speck
    by a table's corner) is no title, and the plan under it would take it for its own."""
    return any(ch.isalnum() for ch in text)


def _stroke_width(ink: np.ndarray, shades: np.ndarray | None = None) -> float:
    """Mean stroke width of the ink in a box: twice its amount over its outline's length.

    The amount is the ink's area, or with `shades` (the same box in grey) the darkness summed over
    it and its rim: a blur spreads the darkness of a stroke but keeps its sum, so on a blurred scan
    bold print stays as much wider than plain print as it is on paper."""
    area = np.count_nonzero(ink)
    if area == 0:
        return 0.0
    outline = area - np.count_nonzero(cv2.erode(ink, np.ones((3, 3), np.uint8)))
    amount = float(area)
    if shades is not None:
        rim = cv2.dilate(ink, np.ones((5, 5), np.uint8)) > 0
        paper = float(np.percentile(shades, 95))
        if paper > 0:
            amount = float(np.clip(paper - shades[rim].astype(np.float64), 0, None).sum()) / paper
    return 2.0 * amount / max(outline, 1)


def _stroke(ink: np.ndarray, shades: np.ndarray | None, box: tuple[int, int, int, int]) -> float:
    x0, y0, x1, y1 = box
    return _stroke_width(ink[y0:y1, x0:x1], None if shades is None else shades[y0:y1, x0:x1])


def _text_lines(found: list[engine.OcrLine], ink: np.ndarray, dx: int, dy: int,
                shades: np.ndarray | None = None) -> list[tuple[TextLine, Stroke]]:
    """Engine lines (boxes in `ink`'s pixels, offset by dx, dy on the page; the noise left out,
    `parsers.ocr.gibberish`) -> TextLines + strokes; `shades`: the same image in grey, when there is one."""
    out = []
    for ln in found:
        x0, y0, x1, y1 = ln.box
        whole = _stroke(ink, shades, ln.box)
        density = (whole, min((_stroke(ink, shades, w) for w in ln.words), default=whole))
        size, pt = ln.row_height * image.PT / image.ROW_SHARE, image.PT
        line = TextLine(ln.text, (x0 + dx) * pt, (x1 + dx) * pt, (y0 + dy) * pt, (y1 + dy) * pt, round(size), False)
        out.append((line, density))
    return out


def _padded(page: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    x0, y0, x1, y1 = box
    crop = page[y0 + INSET:y1 - INSET, x0 + INSET:x1 - INSET]
    return cv2.copyMakeBorder(crop, PAD, PAD, PAD, PAD, cv2.BORDER_CONSTANT, value=255)


def read_cell(clean: np.ndarray, box: tuple[int, int, int, int], gray: np.ndarray | None = None,
              number: bool = False, inked: np.ndarray | None = None, coarse: Coarse | None = None
              ) -> tuple[list[tuple[TextLine, Stroke]], float | None, list[str]]:
    """The lines in a cell box of the clean page (with their stroke widths), the lowest confidence, and
    when `number` (the first column) and the cell reads as an item number, its readings
    (`parsers.ocr.numbers`). `gray`: the straightened page before binarisation; `inked`: its grey around
    the ink only (`grey_ink`), where a doubtful cell is read again; `coarse`: on a coarse scan, its grey
    without the rules and how it is prepared (`parsers.ocr.soft`; a number's readings get it sharpened)."""
    x0, y0, x1, y1 = box
    if min(x1 - x0, y1 - y0) <= 2 * INSET:
        return [], None, []
    padded = _padded(clean, box)
    if np.count_nonzero(padded < 128) < MIN_INK or (number and not numbers.holds_digits(padded)):
        return [], None, []
    shades = _padded(gray, box) if gray is not None else None
    # not a number cell: its readings as a number (parsers.ocr.numbers) start from the binarised one
    second = None if inked is None or number else _padded(inked, box)
    grey = None if coarse is None or number else _padded(coarse[0], box)
    padded, second, grey = (padded, second, grey) if number else wiped([padded, second, grey], strays(padded))
    source, found = _block_reading(padded, second, None if grey is None else (grey, coarse[1]))
    found = found if source is None else refine(source, found, PAD, shades)
    kept = cell_lines(found, text=not number)
    lines = _text_lines(kept, 255 - padded, x0 + INSET - PAD, y0 + INSET - PAD, shades)
    confidence = min((ln.confidence for ln in kept), default=None) if kept else None
    text = "".join(ln.text for ln in kept).replace(" ", "")
    if number and not kept:
        return _unread_number(padded, shades, x0 + INSET - PAD, y0 + INSET - PAD)
    maybe = number and kept and (numbers.is_item_number(text) or numbers.is_doubtful(text) or numbers.halves(kept))
    sharp = None if coarse is None or not maybe else soft.sharpened(_padded(coarse[0], box), coarse[1].sigma)
    return lines, confidence, numbers.readings(padded, shades, kept, sharp) if maybe else []


def _block_reading(padded: np.ndarray, inked: np.ndarray | None,
                   coarse: Coarse | None = None) -> tuple[np.ndarray | None, list[engine.OcrLine]]:
    """The cell read as one block, and the image its lines are to be looked at again in. On a coarse
    blurred scan the binarisation breaks letters apart; a cell the engine doubts is read again from its
    grey around the ink (the engine's own threshold keeps the strokes whole) and, on a coarse scan,
    from its grey prepared at the scan's resolution (`parsers.ocr.soft`); the reading the engine is
    surest of is kept, unless it is surer for having left out lines it could not read. A reading of
    the coarse grey is kept as read (no image given): its weak lines read again from the black-and-white
    cell whose crumbs it was made to avoid came back with more letters lost than found."""
    found = engine.read(padded, engine.BLOCK)
    weakest = min((ln.confidence for ln in found if not is_noise(ln)), default=None)
    if weakest is None or weakest >= DOUBTFUL_CELL:
        return padded, found
    best = (padded, found)
    others = [] if inked is None else [(inked, lambda: engine.read(inked, engine.BLOCK))]
    if coarse is not None:
        others.append((None, lambda: soft.read(coarse[0], coarse[1])))
    for source, reading in others:
        again = reading()
        whole = _letters(again) >= KEEP_CHARS * _letters(found)
        best = (source, again) if whole and _sureness(again) > _sureness(best[1]) else best
    return best


def _letters(lines: list[engine.OcrLine]) -> int:
    return sum(ch.isalnum() for ln in lines for ch in ln.text)


def _sureness(lines: list[engine.OcrLine]) -> float:
    """The engine's confidence in a reading, per character read."""
    size = sum(len(ln.text) for ln in lines)
    return sum(ln.confidence * len(ln.text) for ln in lines) / size if size else 0.0


def grey_ink(gray: np.ndarray, clean: np.ndarray, rules: np.ndarray) -> np.ndarray:
    """The grey page near the binarised ink, white elsewhere: the letters' own shades without the
    specks, rules and paper the binarisation removed."""
    near = cv2.dilate(255 - clean, np.ones((INK_REACH, INK_REACH), np.uint8)) > 0
    near &= cv2.dilate(rules, np.ones((3, 3), np.uint8), iterations=2) == 0
    return np.where(near, gray, 255).astype(np.uint8)


def _unread_number(padded: np.ndarray, shades: np.ndarray | None, dx: int,
                   dy: int) -> tuple[list[tuple[TextLine, Stroke]], float | None, list[str]]:
    """A number cell with ink the block reading found no text in (a "1." at 100 dpi): its ink read as
    a number. The cell keeps an empty line where the ink is, which `numbers.settle` fills only with a
    reading the numbers around it agree with, and drops otherwise."""
    ys, xs = np.nonzero(padded < 128)
    x0, y0, x1, y1 = int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1
    found = numbers.readings(padded, shades, [engine.OcrLine("", (x0, y0, x1, y1), float(y1 - y0), 0.0)])
    if shades is not None:  # the grey cell as a whole: where the binarised strokes weld, it may still read
        whole = "".join(ln.text for ln in engine.read(shades, engine.BLOCK, None, numbers.CHARS)).replace(" ", "")
        found += [whole] if numbers.is_item_number(whole) else []
    if len(found) < 2:
        return [], None, []
    line = TextLine("", (x0 + dx) * image.PT, (x1 + dx) * image.PT, (y0 + dy) * image.PT, (y1 + dy) * image.PT,
                    round((y1 - y0) * image.PT / image.ROW_SHARE), False)
    stroke = _stroke_width(255 - padded[y0:y1, x0:x1])
    return [(line, (stroke, stroke))], None, found


def without_rules(ink: np.ndarray, rules: np.ndarray) -> np.ndarray:
    """The page as black ink on white with the ruling lines erased: what the engine reads."""
    return without_rules_grey(255 - ink, rules)


def without_rules_grey(gray: np.ndarray, rules: np.ndarray) -> np.ndarray:
    """The grey page with the ruling lines erased as `without_rules` erases them."""
    blank = gray.copy()
    blank[cv2.dilate(rules, np.ones((3, 3), np.uint8), iterations=2) > 0] = 255
    return blank


def printed_lines(lines: list[TextLine]) -> list[str]:
    """Lines read apart that stand at one height, joined left to right into the line printed across
    the page ("№ п/п", "Мероприятие", "Срок" read as three blocks of an open table's header)."""
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda ln: ln.top):
        middle = (line.top + line.bottom) / 2
        if rows and rows[-1][0].top <= middle <= rows[-1][0].bottom:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [" ".join(ln.text for ln in sorted(row, key=lambda ln: ln.x0)) for row in rows]


def mark_bold(measured: list[tuple[TextLine, Stroke]]) -> None:
    """Bold print has wider strokes than the page's usual line. As in a PDF, a line is bold when all
    its words are: a heading printed bold in part ("Обоснование мер по треку «…»") is not. A piece the
    measure doubts takes the weight of its printed line (`parsers.ocr.boldline`). A mark of a few
    characters ("№", "№ п/п", "1.") has too little ink to tell (a bold "№ п/п" measures as plain, a plain
    "1." nearly bold): it is as bold as the lines beside it at its height (its row), if any."""
    median = float(np.median([whole for _, (whole, _) in measured])) if measured else 0.0
    doubtful = []
    for line, (whole, weakest) in measured:
        line.bold = median > 0 and whole > BOLD_STROKE * median and weakest > BOLD_WORD * median
        if median > 0 and not line.bold and min(whole, weakest) > BOLD_WORD * median:
            doubtful.append(line)
    lines = [line for line, _ in measured]
    boldline.settle_doubtful(doubtful, lines)  # a short header word beside bold ones
    for line in lines:
        if len(line.text.replace(" ", "")) <= SHORT_MARK:
            beside = [o for o in lines if o is not line and len(o.text.replace(" ", "")) > SHORT_MARK
                      and min(o.bottom, line.bottom) - max(o.top, line.top) > 0.5 * (line.bottom - line.top)]
            if beside:
                line.bold = all(o.bold for o in beside)


def grid_box(table: grid.GridTable) -> tuple[int, int, int, int]:
    """The box its cells fill. The table's own box also takes in the ink its rules touch: a tall letter
    of a title printed close above or below the table, which blanking that box would lose."""
    boxes = [cell.box for row in table.rows for cell in row]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def unread_gaps(outside: np.ndarray, boxes: list[tuple[int, int, int, int]],
                found: list[engine.OcrLine]) -> list[engine.OcrLine]:
    """The text between two tables that the page's layout analysis left out, read as one block.

    Between two plan tables an office prints the next plan's title; on a coarse scan the engine's
    page layout may take its few blurred words for a picture or noise and return no line there, and
    the two plans would read as one. A band between two tables with a line's height of ink and no
    line read in it is read again as one block of text."""
    lines = []
    for above, below in zip(boxes, boxes[1:], strict=False):
        top, bottom = above[3] + PAD // 2, below[1] - PAD // 2
        if bottom - top < MIN_GAP_TEXT or any(top <= (ln.box[1] + ln.box[3]) / 2 <= bottom for ln in found):
            continue
        band = outside[top:bottom]
        if np.count_nonzero((band < 128).sum(axis=1) >= 3) < MIN_GAP_TEXT:
            continue  # specks or the rims of rules, not a line of print
        padded = cv2.copyMakeBorder(band, PAD, PAD, 0, 0, cv2.BORDER_CONSTANT, value=255)
        for ln in engine.read(padded, engine.BLOCK):
            x0, y0, x1, y1 = ln.box
            shift = top - PAD
            lines.append(engine.OcrLine(ln.text, (x0, y0 + shift, x1, y1 + shift), ln.row_height, ln.confidence,
                                        None if ln.baseline is None else ln.baseline + shift))
    return lines


def _free_text(outside: np.ndarray, tables: list[grid.GridTable], coarse: Coarse | None) -> list[engine.OcrLine]:
    """The page outside its tables read with the engine's layout analysis. On a coarse scan, where
    the engine doubts that reading as a whole (any page has a weak line or two, and a clear title
    read again may lose a letter), the same part of the page is read again from its grey
    (`parsers.ocr.soft`), and the reading it is surer of is kept, as for a cell: a plan's title
    read as crumbs no longer parts the plans."""
    found = engine.read(outside, engine.PAGE)
    if coarse is None or not found or _sureness(found) >= DOUBTFUL_CELL:
        return found
    grey = coarse[0].copy()
    for table in tables:
        x0, y0, x1, y1 = grid_box(table)
        grey[y0:y1 + 1, x0:x1 + 1] = 255
    again = soft.read(grey, coarse[1], engine.PAGE)
    whole = _letters(again) >= KEEP_CHARS * _letters(found)
    return again if whole and _sureness(again) > _sureness(found) else found


def page_grid(gray: np.ndarray, speck: int, bilevel: bool = False,
              rule_ink: np.ndarray | None = None) -> tuple[np.ndarray, list[grid.GridTable], np.ndarray]:
    """A straightened page -> its ink, its ruled tables and their rules: the rules are looked for in a
    fainter ink than the text is read from (`image.RULE_MARGIN`; `rule_ink` when the caller has it);
    on a black-and-white scan (`bilevel`) both without the median, the rules' dashes joined (`grid`)."""
    ink = image.ink(gray, speck, median=not bilevel)
    rules_from = image.ink(gray, speck, image.RULE_MARGIN, median=not bilevel) if rule_ink is None else rule_ink
    tables, rules = grid.find_tables(ink, rules_from, dashed=bilevel)
    return ink, tables, rules


def read_page(path: str, index: int) -> OcrPage:
    """Page `index` (0-based) of the PDF at `path` -> what OCR reads on it."""
    with _PDFIUM:
        pdf = pdfium.PdfDocument(path)
        try:
            gray, scanned, bilevel = image.page_image(pdf, index)
        finally:
            pdf.close()
    speck = image.speck_area(scanned)
    gray, _ = orientation.upright(gray)  # a page scanned on its side or upside down
    angle = image.skew_angle(image.ink(gray, speck, median=not bilevel))
    gray = image.straighten(gray, angle)
    gray, rule_ink = image.square(gray, speck, bilevel)  # a photo's converging rules
    ink, tables, rules = page_grid(gray, speck, bilevel, rule_ink)
    gray, clean, sides = without_stamp(gray, without_rules(ink, rules), rules)  # a round stamp over the print
    if sides is not None:  # its ring's sides passed for column rules: the grid found again without them
        ink, tables, rules = page_grid(gray, speck, bilevel, cv2.subtract(rule_ink, sides))
        gray, clean, _ = without_stamp(gray, without_rules(ink, cv2.bitwise_or(rules, sides)))  # erased as before
    inked = grey_ink(gray, clean, rules)
    prep = soft.preparation(scanned, gray, rules)
    coarse = None if prep is None else (without_rules_grey(gray, rules), prep)
    page = OcrPage(number=index + 1, height=gray.shape[0] * image.PT, skew=angle)
    measured: list[tuple[TextLine, Stroke]] = []
    outside = clean.copy()
    texts: list[OcrCell] = []  # the cells but the item numbers, whose marks numbers.py reads on its own
    for table in tables:
        rows = []
        for grid_row in rowcuts.split(table.rows, clean):  # number cells of rows a lost rule joined
            row = []
            for i, cell in enumerate(grid_row):
                first = i == 0 and len(grid_row) > 1
                lines, confidence, read = ([], None, []) if cell.covered \
                    else read_cell(clean, cell.box, gray, first, inked, coarse)
                measured.extend(lines)
                row.append(OcrCell([ln for ln, _ in lines], cell.colspan, cell.covered, confidence, read))
                texts.extend([] if first else row[-1:])
            rows.append(row)
        x0, y0, x1, y1 = grid_box(table)
        page.tables.append((y0 * image.PT, rows))
        outside[y0:y1 + 1, x0:x1 + 1] = 255
    specks = drop_specks(texts)
    page.tables = [(top, without_stroke_rows(rows)) for top, rows in page.tables]  # after the specks' lines
    measured = [m for m in measured if id(m[0]) not in specks]
    if np.count_nonzero(outside < 128) >= MIN_INK:
        found = _free_text(outside, tables, coarse)
        found += unread_gaps(outside, [grid_box(t) for t in tables], found)
        kept = [ln for ln in found if not is_noise(ln)]
        pairs = [(ocr, made) for ocr, made in zip(kept, _text_lines(kept, 255 - outside, 0, 0, gray), strict=True)
                 if is_text(made[0].text)]
        mark_bold(measured + [made for _, made in pairs])  # bold tells an open table's header
        pairs, shows = _unread_short_words(pairs, outside, gray, measured)
        page.free = [(ocr, made[0]) for ocr, made in pairs]
        measured.extend(made for _, made in pairs)
        page.lines = sorted((made[0] for _, made in pairs), key=lambda ln: (ln.top, ln.x0))
        if shows or unruled.may_hold_table(page.free):
            page.kept = tuple(cv2.imencode(".png", im)[1].tobytes() for im in (gray, clean, rules))
    mark_bold(measured)
    lettercase.letter_case([line for line, _ in measured])  # "ШКОЛЬНИКОВ", "мдоо" alone on its line
    page.measured = measured
    return page


def _unread_short_words(pairs: list, outside: np.ndarray, gray: np.ndarray,
                        measured: list[tuple[TextLine, Stroke]]) -> tuple[list, bool]:
    """The page's free lines, and whether they show a table without column rules on their own
    (`parsers.ocr.unruled`). Where they do, the short words the page's layout left unread (a column
    of item numbers, `parsers.ocr.leftink`) join them."""
    if not unruled.find_tables([(ocr, made[0]) for ocr, made in pairs]):
        return pairs, False
    more = [ocr for ocr in leftink.unread(outside, [ocr for ocr, _ in pairs]) if not is_noise(ocr)]
    if more:
        made = _text_lines(more, 255 - outside, 0, 0, gray)
        pairs = sorted(pairs + list(zip(more, made, strict=True)), key=lambda p: (p[1][0].top, p[1][0].x0))
        mark_bold(measured + [m for _, m in pairs])
    return pairs, True
