"""Item numbers on scans: the number cell read a few more times, and the reading its neighbours agree with.

A low-resolution scan blurs the full stop between two digits into the gap, and Tesseract reads "2.4."
as "24.": the digits are right, the number is wrong. The same small image, enlarged and read with
digits and full stops only, usually shows the stop; but not always, and not always the same way (and
beside a speck the engine may find no line in it at all: then the crop is read as a block of digits).
So every reading of the cell is a candidate, and the numbers of a plan follow each other ("2.3.",
"2.4.", "2.5.", then "3." and "3.1."): the candidate that follows the number above it and is followed
by the one below wins; on a tie the first reading stays. A number is not made up: its digits are the
ones the cell shows, only the stops may move; other digits (a blurred "4" the block reading takes for a
"3") only when two readings of the cell show them and they fit the plan better. At 100 dpi a cell
may read as a few marks ("Е -." for "2."): then a reading of it as a number is taken only when it
fits both the number above and the one below (a "1." may open a list, and one below may close it), or
one of them when most readings of the cell agree on it (the number above may be misread in turn).
Save one case: where no reading fits and the cell breaks the run, the one number that follows the
number above, leads to a reading below and is a single character from a reading of the cell is taken
("3.1." under "4." and over "4.2." is 4.1.), and where the cell reads as a few marks only, the one
number the numbers above and below leave room for ("и" between 10 and 12 is 11). A cell given other
digits than it first read as is `repaired`, and its measure says so (ocr_number_repaired).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import numpy as np

from parsers.ocr import engine, image
from parsers.ocr.cv import components, cv2
from parsers.ocr.number_text import (
    HEADER_MARK,
    OPENING,
    STOPS,
    digits_of,
    edit_distance,
    follows,
    inner_stops,
    is_item_number,
    parts,
    pinned,
    single_stops,
    splits,
    style_of,
    styles,
    successors,
)
from parsers.ocr.numberflow import flow_of

# How the number cell is read again: (binarised ink or grey shades, enlargement, language model).
# On a coarse soft scan, also its grey with the blur taken back (`parsers.ocr.soft`): there the binarised
# "11." welds into "1Т." and the plain grey blurs the stop away.
READINGS = (("ink", 2, "eng"), ("ink", 2, "rus"), ("ink", 3, "rus"), ("shades", 1, "rus"),
            ("shades", 2, "eng"), ("shades", 2, "rus"), ("sharp", 1, "rus"), ("sharp", 2, "eng"))
CHARS = "0123456789."
TRAILING = "-—–=_"  # what a speck or a rule's end after a number's digits reads as ("5.3-", "5.=")
SPECKS = "".join(sorted(engine.SPECK_MARKS))  # what a speck before the digits reads as ("‚32", "`55.")
# Margins of the crop around the read lines, in letter heights: a quarter, and one to the right, where
# a trailing full stop the first reading dropped would be.
MARGIN, RIGHT_MARGIN = 0.25, 1.0
DOUBTFUL_LENGTH = 6  # characters (spaces aside) of a first-column reading that may be a number misread
# The ink of a number cell, by its marks' size against the digits' height: a full stop is at most this
# high and wide, and its foot this close to the digits' foot; a mark between the two sizes is none of them.
STOP_SIZE, STOP_FOOT, DIGIT_HEIGHT = 0.4, 0.25, 0.6
DIGIT_FIT = 0.35  # a digit-high mark is within this share of a digit's width of a whole number of digits
SPECK_SIZE = 0.15  # a mark whose box has less area than a square of this side (in digits' heights) is a speck
# A reading with other digits than the first (a blurred "4" read as "3" by the block reading, "4" by the
# grey ones) counts when at least this many readings of the cell show it.
OTHER_DIGITS_VOTES = 2
# Marks that read as no number, where most of the readings of the cell agree on one (a "22" the binarisation
# cut into an upper and a lower half, read "эз" over "--"): taken when it fits the number above or below.
AGREED_VOTES = 3
HALVES = 1.5  # lines that together stand no taller than this many of their letters' height: one line cut
# The smallest digit an order prints (7 pt) stands about 20 pixels at image.DPI; specks of a coarse speckled
# scan, clustered and blurred, stand up to about 10. A number cell with no mark this tall holds no digit.
MIN_DIGIT = 14 * image.DPI // 300


def _crop(image: np.ndarray, lines: list[engine.OcrLine]) -> np.ndarray:
    height = max(ln.row_height for ln in lines)
    x0 = max(min(ln.box[0] for ln in lines) - int(MARGIN * height), 0)
    y0 = max(min(ln.box[1] for ln in lines) - int(MARGIN * height), 0)
    x1 = max(ln.box[2] for ln in lines) + int(RIGHT_MARGIN * height)
    y1 = max(ln.box[3] for ln in lines) + int(MARGIN * height)
    return image[y0:y1, x0:x1]


def holds_digits(ink: np.ndarray) -> bool:
    """Does a number cell (black ink on white) hold a mark as tall as a digit? Specks alone, left by a
    speckled scan in a cell with no number, read as "*", "г" or "<" and would pass for a measure's number.
    A digit the binarisation cut across by a hair of white stays one mark."""
    mask = cv2.morphologyEx((ink < 128).astype(np.uint8), cv2.MORPH_CLOSE, np.ones((5, 1), np.uint8))
    count, _, stats, _ = components(mask)
    return count > 1 and int(stats[1:, cv2.CC_STAT_HEIGHT].max()) >= MIN_DIGIT


def is_doubtful(text: str) -> bool:
    """A few marks where a number is due ("Е -.", "и.", "[ 6."): perhaps a number read badly."""
    return not is_item_number(text) and 0 < len(text) <= DOUBTFUL_LENGTH


def halves(lines: list[engine.OcrLine]) -> bool:
    """Two or more lines of a number cell that together stand no taller than one line of their letters:
    one line of digits the binarisation broke into an upper and a lower half, read as marks."""
    if len(lines) < 2:
        return False
    height = max(ln.box[3] for ln in lines) - min(ln.box[1] for ln in lines)
    return height <= HALVES * max(ln.row_height for ln in lines)


def cleaned(text: str) -> str:
    """A number cell's text as a number would be written: no spaces, one stop in a row, a colon between
    digits a stop, and no speck before its digits or dash after them where the rest is a number."""
    text = inner_stops(single_stops(text.replace(" ", "")))
    if is_item_number(text.lstrip(STOPS + SPECKS)):  # no number starts with a stop: a speck before its digits
        text = text.lstrip(STOPS + SPECKS)
    if is_item_number(text.rstrip(TRAILING + SPECKS)):  # nor ends with a dash: a speck or a rule's end after it
        text = text.rstrip(TRAILING + SPECKS)
    return text


def readings(ink: np.ndarray, shades: np.ndarray | None, lines: list[engine.OcrLine],
             sharp: np.ndarray | None = None) -> list[str]:
    """The cell's text as first read, then its readings as a number: with the same digits when the
    first reading is a number, any when it is a few doubtful marks. `sharp`: on a coarse scan, the
    cell's grey sharpened (`parsers.ocr.soft`), in the same pixels."""
    first = cleaned("".join(ln.text for ln in lines))
    number = is_item_number(first)
    found = [first]
    images = {"ink": _crop(ink, lines), "shades": None if shades is None else _crop(shades, lines),
              "sharp": None if sharp is None else _crop(sharp, lines)}
    geometry = drawn(images["ink"], first) if number else None
    found += [geometry] if geometry else []
    again = _read_as_number(images, engine.LINE)
    if not again and HEADER_MARK not in first:  # no line found in "1.2." beside a speck, nor in ">." for "2.": a block
        again = _read_as_number(images, engine.BLOCK)
    return found + again


def _read_as_number(images: dict[str, np.ndarray | None], layout: str) -> list[str]:
    """The READINGS of a number cell's crops that are item numbers, a speck's stop before the digits or
    after the last stop left out (".1.2.", "4.1.." as `cleaned` writes them)."""
    found = []
    for source, scale, lang in READINGS:
        image = images[source]
        if image is None or min(image.shape) == 0 or not engine.has_language(lang):
            continue
        image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC) if scale > 1 else image
        text = cleaned("".join(ln.text for ln in engine.read(image, layout, lang, CHARS)))
        if is_item_number(text):
            found.append(text)
    return found


def plausible(found: list[str]) -> list[str]:
    """The readings of a cell a choice is made among: the first, those with its digits, and those with
    other digits that enough readings show. A lone reading of other digits is a misreading."""
    if not found or not is_item_number(found[0]):
        return found
    votes = Counter(digits_of(t) for t in found)
    same = digits_of(found[0])
    return [t for t in found if digits_of(t) == same or votes[digits_of(t)] >= OTHER_DIGITS_VOTES]


def drawn(ink: np.ndarray, first: str) -> str | None:
    """The number the cell's ink draws with the digits of its `first` reading: its marks left to right,
    each digit-high one holding as many of those digits as its width makes room for, each dot on the
    foot of the digits a stop. None when the marks are not that plain (a digit broken in two, a comma,
    a welded stop: the ink then shows nothing the readings do not)."""
    digits = digits_of(first)
    count, _, stats, _ = components((ink < 128).astype(np.uint8))
    boxes = sorted((int(x), int(y), int(w), int(h)) for x, y, w, h, _ in stats[1:count])
    height = max((h for _, _, _, h in boxes), default=0)
    boxes = [b for b in boxes if b[2] * b[3] >= (SPECK_SIZE * height) ** 2]
    if not digits or not boxes:
        return None
    tall = [b for b in boxes if b[3] >= DIGIT_HEIGHT * height]
    foot = float(np.median([y + h for _, y, _, h in tall]))
    each = sum(w for _, _, w, _ in tall) / len(digits)  # a digit's width
    text, used = "", 0
    for _, y, w, h in boxes:
        if h >= DIGIT_HEIGHT * height:
            n = 1 if len(tall) == len(digits) else max(1, round(w / each))  # a "1" is narrow: one each
            if n > 1 and abs(w - n * each) > DIGIT_FIT * each:
                return None  # marks of unlike widths: not as many digits as the reading has
            text, used = text + digits[used:used + n], used + n
        elif max(w, h) <= STOP_SIZE * height:
            on_foot = foot - (y + h) <= STOP_FOOT * height
            text += "." if on_foot and text and not text.endswith(".") else ""  # a speck off the foot is none
        else:
            return None
    return text if used == len(digits) and is_item_number(text) else None


def _fits_around(number: tuple[int, ...], before: list[str], after: list[str]) -> bool:
    """Does `number` follow a reading above and come before one below? A "1." may start a new list
    (nothing need come above it) and a "1." below may start one, but one side must truly fit."""
    above = any(follows(parts(p), number) for p in before)
    below = any(follows(number, parts(n)) for n in after)
    opens, closes = number == (1,), any(parts(n) == (1,) for n in after)
    return (above or below) and (above or opens) and (below or closes)


def _fits_one_side(number: tuple[int, ...], before: list[str], after: list[str]) -> bool:
    return any(follows(parts(p), number) for p in before) or any(follows(number, parts(n)) for n in after)


def repaired(readings: list[str], before: list[str], after: list[str],
             stops: dict[int, bool] | None = None) -> str | None:
    """The number the plan wants here, where no reading of the cell fits both its neighbours: the one
    after the number above that leads to one below and is a single character from a reading of the cell
    (a blurred "4" read "3": "3.1." under "4." and over "4.2." is 4.1.; a lost "1": "3.10" after 13.9.
    is 13.10.). In a cell first read as marks, that reading must be one more than one reading shows; a
    cell read "1." or read alike by three readings or more is not repaired.
    None when no such number, or more than one, is near. It ends with a stop as the plan's numbers of its
    depth do (`stops`, see `styles`), or where that is not known, where a reading of the cell does."""
    numbers = [t.rstrip(STOPS) for t in readings if is_item_number(t)]
    if not is_item_number(readings[0]):
        numbers = [t for t in numbers if numbers.count(t) >= OTHER_DIGITS_VOTES]
    elif parts(readings[0]) == (1,) or (len(numbers) >= AGREED_VOTES and len({parts(t) for t in numbers}) == 1):
        return None  # a "1." may open a list anywhere; a number every reading agrees on is what is printed
    if not numbers:
        return None
    nexts = {n for p in before if p != OPENING for n in successors(parts(p)) if parts(p)}
    nexts |= {(1,)} if OPENING in before else set()
    wanted = [n for n in nexts if any(follows(n, parts(t)) for t in after)]
    near = {n for n in wanted if any(edit_distance(".".join(map(str, n)), t) <= 1 for t in numbers)}
    if len(near) != 1:
        return None
    number = near.pop()
    style = style_of(stops, number)
    stopped = any(t[-1] in STOPS for t in readings if is_item_number(t)) if style is None else style
    return ".".join(map(str, number)) + "." * stopped


def _last(numbers: list[str], first: str, before: list[str], after: list[str],
          stops: dict[int, bool] | None) -> str | None:
    """The plan's last number, in a cell read as marks with no number below it (a new table's header, the
    end): the one number among the readings, or their digits with stops put in ("81." for "&1."), that
    follows the number above; a list opening again does not count, the marks may show it as well."""
    if any(is_item_number(t) for t in after):
        return None
    texts = [n for t in numbers for n in (t, *splits(t))
             if any(follows(parts(p), parts(n)) for p in before if p != OPENING and is_item_number(p))]
    if len({parts(t) for t in texts}) != 1:
        return None
    return _written(texts, first, style_of(stops, parts(texts[0])))


def _lost_stop(number: tuple[int, ...], first: tuple[int, ...], votes: Counter) -> bool:
    """Does `number` have a stop between its digits that the first reading lost and most readings show
    ("3.3." read "33." at the scan's size, "3.3." enlarged)? A stop is ink: no reading makes one up."""
    return len(number) > len(first) and votes[number] >= AGREED_VOTES and votes[number] > votes[first]


def choose(candidates: list[str], before: list[str], after: list[str], stops: dict[int, bool] | None = None) -> str:
    """The reading among `candidates` (the first reading first) that fits its neighbours' readings best;
    on a tie the first reading's number, with its last stop if it or most readings show one, or where
    the readings differ on it, as the plan's numbers of its depth (`stops`, see `styles`) have it."""
    if not is_item_number(candidates[0]):  # marks: a reading that fits both sides, or most show and one side wants
        numbers = [t for t in candidates[1:] if is_item_number(t)]
        fitting = [t for t in numbers if _fits_around(parts(t), before, after)]
        agreed = [t for t in numbers if numbers.count(t) >= AGREED_VOTES and _fits_one_side(parts(t), before, after)]
        if fitting or agreed:  # the marks' own final stop is ink too (">." for "5.", read "5" as a number)
            number = parts(max(fitting or agreed, key=(fitting or agreed).count))
            return _written([t for t in numbers if parts(t) == number], candidates[0], style_of(stops, number))
        return _last(numbers, candidates[0], before, after, stops) or repaired(candidates, before, after, stops) \
            or pinned(candidates[0], before, after, stops) \
            or candidates[0]
    every, candidates = candidates, plausible(candidates)
    previous = [parts(t) for t in before]
    following = [parts(t) for t in after]
    votes = Counter(parts(t) for t in candidates)
    first = parts(candidates[0])
    digits = digits_of(candidates[0])

    def fit(number: tuple[int, ...]) -> tuple[int, bool, bool, int]:
        fits = any(follows(p, number) for p in previous) + any(follows(number, n) for n in following)
        same = "".join(map(str, number)) == digits  # stops move, digits change, only where the plan wants it
        return fits, same, number == first or _lost_stop(number, first, votes), votes[number]

    number = max((parts(t) for t in candidates), key=fit)
    lone = Counter(parts(t) for t in every[1:] if is_item_number(t) and fit(parts(t))[0] == 2)
    if fit(number)[0] < 2 and lone:  # a reading of the ink, if only one, before a stop none shows
        number = max(lone, key=lambda n: lone[n])
        return _written([t for t in every if parts(t) == number], "", style_of(stops, number))
    if fit(number)[0] < 2:  # a full stop none of the readings shows, where both neighbours want one
        split = [t for t in splits(candidates[0]) if fit(parts(t))[0] == 2]
        if len(split) == 1:  # its final stop as the readings with its digits show it ("32", "32.", "32.");
            # readings blind to the stop inside are no witness to the last one: the plan's style decides
            same = [t for t in candidates if digits_of(t) == digits]
            style = style_of(stops, parts(split[0]))
            stopped = style if style is not None and not any(t[-1] in STOPS for t in same) else \
                _written(same, candidates[0], style)[-1] in STOPS
            return split[0].rstrip(STOPS) + "." * stopped
    if not any(follows(p, number) for p in previous):  # the cell breaks the run: one character misread
        near = repaired(every, before, after, stops)
        if near is not None:
            return near
    same_marks = len(digits_of(candidates[0])) == len("".join(map(str, number)))  # as many digits: the same marks
    return _written([t for t in candidates if parts(t) == number], candidates[0] if same_marks else "",
                    style_of(stops, number))


def _written(texts: list[str], first: str, above_stop: bool | None = None) -> str:
    """How `texts` (readings of one number, the earliest first) write it: with a final stop when the
    cell's `first` reading or the earliest of them shows one or most do (a stop is ink: a reading may
    lose it, none makes it up), the stop a full stop where a reading has it so ("5.4:" is "5.4."); the
    most common such text, ties to the earlier. Where the readings differ on the stop (a speck beside the
    digits, a stop the blur took), a plan's numbers are written alike: as the last of its depth (`settle`
    counts them from the plan's header). But where the first reading and most readings show no stop, none is
    added: a plan may mix "3.1" and "3.2.", and a speck is seen by some readings, a lost stop by most.
    Every stop is then a full stop: an item number is printed with them, a comma or colon is a blurred one
    ("6,3", "5.1:")."""
    marked = [t for t in texts if t[-1] in STOPS]
    seen, most = first[-1:] in tuple(STOPS) or texts[0][-1] in STOPS, 2 * len(marked) > len(texts)
    stopped = seen or most
    if above_stop is not None and 0 < len(marked) < len(texts) and (seen or 2 * len(marked) >= len(texts)):
        stopped = above_stop  # the plan may take a speck's stop away; it adds none the cell's first and most lack
    fitting = Counter([t for t in marked if t.endswith(".")] or marked if stopped else
                      [t for t in texts if t[-1] not in STOPS])
    text = max(fitting, key=lambda t: fitting[t]) if fitting else texts[0] + "." * stopped  # the first saw it
    return re.sub(r"[,:;]", ".", text) if is_item_number(text) else text


def _ahead(found: list[str]) -> list[str]:
    """What the cell below may read, for the one above it: its readings, and when they lost the stops of
    a run ("52.", "53.", "54." for 5.2.-5.4.) the numbers its digits make with stops, so the first of the
    run can take its stop from the number above and the second from the first."""
    found = plausible(found)
    return found + [t for text in dict.fromkeys(found) if is_item_number(text) for t in splits(text)]


def _below(flow: list, i: int, headers: set[int]) -> list[str]:
    """What may come below cell `i` of the flow: the next cell's readings, or where section titles come
    first, their numbers and the readings of the cell under them (the list may start again there). A
    header the next page repeats (`headers`) is passed over: the number under it goes on from cell `i`."""
    found: list[str] = []
    for k, (cell, readings) in enumerate(flow[i + 1:], i + 1):
        found += _ahead(readings)
        if cell is not None and k not in headers:
            break
    return found


def settle(pages: list) -> None:
    """Give each item-number cell of the pages' tables (OcrPage, in reading order) the reading its
    neighbours in the plan agree with: the number chosen above (or a section heading's), and the
    readings below. After a run of section titles any of them may be the one the number falls under:
    a title printed over two rows of a Word list takes the list's next number on its second row
    ("3. Мониторинг ... способностей", "4. и талантов у детей", then "3.1."). After a title without a
    number ("Направление «…»") the numbers may go on or start again at "1."."""
    found_flow = flow_of(pages)
    flow, opened, headers = found_flow.cells, found_flow.opened, found_flow.headers
    chosen, titles, last, history = None, [], None, []  # last: the last number chosen, past cells of no number
    for i, (cell, found) in enumerate(flow):
        if cell is None:
            chosen = found[0]
            titles.append(chosen)
            continue
        before = titles or ([chosen] if chosen is not None and is_item_number(chosen) else
                            (plausible(flow[i - 1][1]) if i > 0 else []) + ([last] if last else []))
        before = before + [OPENING] if i in opened else before  # a list may start again under such a title
        titles = []
        after = _below(flow, i, headers)
        # a new table's header: the plan's own style; a header the next page repeats over the plan's
        # next number keeps it
        goes_on = last is not None and any(follows(parts(last), parts(t)) for t in after if is_item_number(t))
        history = [] if HEADER_MARK in found[0] and not goes_on else history
        chosen = choose(found, before, after, styles(history))
        last = chosen if is_item_number(chosen) else last
        history += [chosen] if is_item_number(chosen) else []
        cell.repaired = is_item_number(chosen) and not (is_item_number(found[0]) and parts(found[0]) == parts(chosen))
        lines = cell.lines
        spaced = is_item_number(chosen) and chosen != " ".join(ln.text for ln in lines)  # "3.1 ." is one number
        if chosen != found[0] or spaced:
            cell.lines = [replace(lines[0], text=chosen, x1=max(ln.x1 for ln in lines),
                                  bottom=max(ln.bottom for ln in lines))]
        cell.lines = [ln for ln in cell.lines if ln.text]  # an unread cell's ink no reading fits: nothing
