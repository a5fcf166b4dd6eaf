"""Tesseract through tesserocr: one engine per thread, loaded once, asked for many cell images.

tesserocr calls the library directly, so a page of fifty cells costs fifty reads rather than fifty
program starts. An engine is never shared between threads, and Tesseract's own OpenMP threads are
held to one (the parallelism is across pages). The language data comes from Debian's
tesseract-ocr-rus package; without it the engine is unavailable and the caller names the package.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from parsers.ocr.image import ROW_SHARE
from pipeline.messages import data_text

try:  # loaded with the module, before the ingest forks a reader under its memory limit
    import tesserocr
except ImportError:  # the package is missing: check() says so
    tesserocr = None

LANGUAGES = os.environ.get("ROADMAPS_OCR_LANG", "rus")
PACKAGE = "tesseract-ocr-rus"
_TESSDATA_DIRS = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                  "/usr/share/tessdata", "/usr/local/share/tessdata")
_local = threading.local()
os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # read by Tesseract's OpenMP runtime when it starts


class EngineMissing(RuntimeError):
    """Tesseract or its Russian data is not installed; the message names the Debian package."""


@dataclass
class OcrLine:
    """One recognised text line: text, box in pixels, height of its letters, mean word confidence,
    the height (in pixels) its letters stand on, the boxes of its words of a few letters (whose
    strokes tell a line printed partly bold from a bold one), and every word it keeps with its box
    (where the white between words parts a table's open columns, `parsers.ocr.unruled`)."""

    text: str
    box: tuple[int, int, int, int]
    row_height: float
    confidence: float
    baseline: int | None = None
    words: list[tuple[int, int, int, int]] = field(default_factory=list)  # boxes of its words of letters
    spans: list[tuple[str, tuple[int, int, int, int]]] = field(default_factory=list)  # every word kept, with its box


def tessdata() -> str | None:
    """The folder holding rus.traineddata, or None."""
    candidates = [os.environ.get("TESSDATA_PREFIX", ""), *_TESSDATA_DIRS]
    for folder in candidates:
        if folder and (Path(folder) / "rus.traineddata").is_file():
            return folder
    return None


def check() -> None:
    """Raise EngineMissing (with the package to install) when OCR cannot run here."""
    if tesserocr is None:
        raise EngineMissing(data_text("parse.ocr.no_tesserocr"))
    if tessdata() is None:
        raise EngineMissing(data_text("parse.ocr.no_russian", package=PACKAGE))


def has_language(lang: str) -> bool:
    """Is the recognition data of `lang` (e.g. "eng", which Debian's tesseract-ocr brings) installed?"""
    folder = tessdata()
    return folder is not None and (Path(folder) / f"{lang}.traineddata").is_file()


# Tesseract's own binarisation of a grey image: Otsu over the whole image (its default), or Sauvola's
# local threshold, which keeps the strokes of soft grey letters on a paper that is not evenly white
# (Otsu there makes some lines solid bars and drops others, and the engine finds no line in them).
OTSU, SAUVOLA = "0", "2"


def _engine(lang: str, chars: str | None = None, threshold: str = OTSU):
    apis = getattr(_local, "apis", None)
    if apis is None:
        apis = _local.apis = {}
    if (lang, chars, threshold) not in apis:
        check()
        api = tesserocr.PyTessBaseAPI(path=tessdata(), lang=lang)
        api.SetVariable("preserve_interword_spaces", "0")
        api.SetVariable("thresholding_method", threshold)
        if chars:
            api.SetVariable("tessedit_char_whitelist", chars)
        apis[lang, chars, threshold] = api
    return apis[lang, chars, threshold]


BLOCK, LINE, PAGE = "block", "line", "page"
# Marks Tesseract makes of a speck or of what is left of a rule beside the text; standing alone as a
# word they are never print (a low comma, a backtick, a bar...); a lone full stop or dash may be.
SPECK_MARKS = frozenset("‚`^_|›‹~‘’'¦")
# A letter or digit stands at least this part of its line's height: a "word" of one lower than that is a
# speck the engine named after the letter it looks most like (a dot read as "у" before a header).
MIN_LETTER_HEIGHT = 0.3
WORD_LETTERS = 4  # a word of fewer letters is too short for its strokes to tell bold print
# A "word" of marks alone (no letter or digit) smaller than this share of its line's height both ways is
# a speck the engine named after a mark ("образования =", "практик ."): print sets no stop, colon or
# comma apart, and a dash standing between words is at least a hyphen wide (~0.45 of the height).
STRAY_MARK = 0.25
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015")


def read(gray: np.ndarray, layout: str = BLOCK, lang: str | None = None, chars: str | None = None,
         threshold: str = OTSU) -> list[OcrLine]:
    """Recognise an image as one uniform block of text (a cell), one line, or a free page layout, in
    the document's languages or in `lang`, with any character or only those of `chars`, a grey image
    binarised by `threshold`. Boxes of the lines are in the image's pixels."""
    return lines_of(recognise(gray, layout, lang, chars, threshold))


# What the engine saw, word by word: a line's start (its box, row height, confidence, baseline) or a
# word (its text and box)
Seen = list[tuple]


def recognise(gray: np.ndarray, layout: str = BLOCK, lang: str | None = None, chars: str | None = None,
              threshold: str = OTSU) -> Seen:
    """The engine's reading of an image, word by word, before any of our checks (`lines_of`)."""
    from PIL import Image

    api = _engine(lang or LANGUAGES, chars, threshold)
    modes = {BLOCK: tesserocr.PSM.SINGLE_BLOCK, LINE: tesserocr.PSM.SINGLE_LINE, PAGE: tesserocr.PSM.AUTO}
    api.SetPageSegMode(modes[layout])
    api.SetImage(Image.fromarray(gray))
    api.Recognize()
    seen: Seen = []
    it = api.GetIterator()
    if it is None:
        return seen
    line, word = tesserocr.RIL.TEXTLINE, tesserocr.RIL.WORD
    started = False
    while True:
        if it.IsAtBeginningOf(line) or not started:
            bbox = it.BoundingBox(line)
            if bbox:
                started = True
                attrs = it.RowAttributes() or {}
                height = float(attrs.get("row_height", bbox[3] - bbox[1]))
                base = it.Baseline(line)
                baseline = int(round((base[0][1] + base[1][1]) / 2)) if base else None
                seen.append(("line", tuple(int(v) for v in bbox), height, float(it.Confidence(line)), baseline))
        text = "" if it.Empty(word) else (it.GetUTF8Text(word) or "").strip()
        box = it.BoundingBox(word) if text and started else None
        if text and started:
            seen.append(("word", text, None if box is None else tuple(int(v) for v in box)))
        if not it.Next(word):
            break
    return seen


EN_DASH = 0.75  # a dash narrower than this share of the font size is an en dash ("Сентябрь – октябрь")


def _dash(text: str, box: tuple[int, int, int, int] | None, row_height: float) -> str:
    """The engine names every dash standing alone an em dash; an en dash is half the font size wide, an
    em dash the whole: the box tells which was printed."""
    if text != "—" or box is None:
        return text
    return "–" if box[2] - box[0] < EN_DASH * row_height / ROW_SHARE else text


def lines_of(seen: Seen) -> list[OcrLine]:
    """The engine's words -> lines, without the specks and stray marks it named as characters."""
    lines: list[OcrLine] = []
    spans: list[list[int]] = []  # per line: the left and right of every word it keeps
    dropped: set[int] = set()  # lines a tiny word was dropped from
    for item in seen:
        if item[0] == "line":
            _, bbox, height, confidence, baseline = item
            lines.append(OcrLine("", bbox, height, confidence, baseline))
            spans.append([])
            continue
        _, text, box = item
        if _is_tiny(text, box, lines[-1]) or _is_stray(text, box, lines[-1]):
            dropped.add(len(lines) - 1)
        elif not is_speck(text):
            text = _dash(text, box, lines[-1].row_height)
            lines[-1].text = f"{lines[-1].text} {text}" if lines[-1].text else text
            spans[-1] += [box[0], box[2]] if box else []
            lines[-1].spans += [(text, box)] if box else []
            if box and sum(ch.isalpha() for ch in text) >= WORD_LETTERS:
                lines[-1].words.append(box)
    for i in dropped:  # the line is cut to the words it keeps: a speck before the text does not widen it
        if spans[i]:
            lines[i].box = (min(spans[i]), lines[i].box[1], max(spans[i]), lines[i].box[3])
    for ln in lines:
        ln.text = without_leading_specks(ln.text)
    return [ln for ln in lines if ln.text]


# Speck marks glued before the first letter of a line ("‘дополнительного", "‚образования"): a speck or a
# rule's remains at the line's start read with the word; print opens no line so (quotes are « and „).
_LEADING_SPECK = re.compile("^[" + re.escape("".join(sorted(SPECK_MARKS))) + r"]+(?=[^\W\d_])")


def without_leading_specks(text: str) -> str:
    """A line's text without the speck marks glued before its first letter."""
    return _LEADING_SPECK.sub("", text)


def _is_tiny(text: str, box: tuple[int, int, int, int] | None, line: OcrLine) -> bool:
    """A word of letters or digits far lower than its line's letters: a speck, not print."""
    return box is not None and any(ch.isalnum() for ch in text) \
        and box[3] - box[1] < MIN_LETTER_HEIGHT * line.row_height


def _is_stray(text: str, box: tuple[int, int, int, int] | None, line: OcrLine) -> bool:
    """A word of marks alone, far smaller than its line's letters, not the stop of a number before it
    ("3 ." is the item number "3." read with a space): a speck, not print. Or a "dash" whose box is
    no wider than tall: a dash is a flat stroke, so that is specks the engine named a dash (standing
    in the white between two open columns, it would close the gap that parts them)."""
    if box is None or any(ch.isalnum() for ch in text):
        return False
    if all(ch in DASHES for ch in text) and box[3] - box[1] >= box[2] - box[0]:
        return True
    limit = STRAY_MARK * line.row_height
    return box[2] - box[0] < limit and box[3] - box[1] < limit and not line.text[-1:].isdigit()


_ZEROS = re.compile(r"(?<![\w.,:;/–—-])(?:0{2,3}|[оО]{2,3})(?![\w/–—-]|[.,:;]\w)")


# A word of zeros and sixes that starts and ends with a zero: letters О and б read as their look-alike
# digits ("0600" for an abbreviation like "ОбОО"); a figure does not start with a zero.
_O_AND_BE = re.compile(r"(?<![\w.,:;/–—-])0[06б]*[6б][06б]*0(?![\w/–—-]|[.,:;]\w)")


def zeros_as_letters(text: str) -> str:
    """Two or three zeros standing alone as a word in a text cell are the letters "ОО", "ООО" (the
    organisations an order names) the engine read as digits; no figure is printed so. Read in small
    letters ("оо": a capital О is a small о made larger) or in both ("оО"), no Russian word is spelt so either. So are
    zeros with a "б" among them read as a six."""
    text = _O_AND_BE.sub(lambda m: m.group().replace("0", "О").replace("6", "б"), text)
    return _ZEROS.sub(lambda m: "О" * len(m.group()), text)


def is_speck(word: str) -> bool:
    """A word of marks that print never sets apart: a speck or a rule's remains read as a character."""
    return all(ch in SPECK_MARKS for ch in word)
