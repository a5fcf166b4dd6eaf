"""Scanned PDF -> Document: every page read by OCR, pages in parallel on the machine's cores.

`parse` reads a PDF whose pages are all images; `parse_pdf` is the PDF backend the pipeline calls:
the text layer first (parsers.pdf), then OCR for a file without one, or for the image-only pages
inside a text PDF. A document read by OCR, whole or in part, has the format "pdf-ocr".
"""

from __future__ import annotations

import os
import pathlib
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_all_start_methods, get_context

import pypdfium2 as pdfium

from parsers import pdf as pdf_parser
from parsers.model import Block, Document, NoTextLayer, ParseError
from parsers.ocr import engine
from parsers.ocr.build import page_blocks
from parsers.ocr.page import OcrPage, read_page
from parsers.pdf.words import is_known_word

FORMAT = "pdf-ocr"
MAX_PAGES = 300  # an order is tens of pages; a scan of hundreds is refused rather than read for an hour


def workers(pages: int) -> int:
    """Worker processes for `pages` pages: the cores this process may use (ROADMAPS_OCR_WORKERS caps it)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    cap = int(os.environ.get("ROADMAPS_OCR_WORKERS", "0") or 0)
    return max(1, min(pages, cores, cap or cores))


def _init_worker() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"  # one core per worker: the parallelism is across pages


def _read_pages(path: pathlib.Path, indexes: list[int]) -> list[OcrPage]:
    n = workers(len(indexes))
    if n == 1:
        _init_worker()
        return [read_page(str(path), i) for i in indexes]
    # fork: the workers need no fresh interpreter (and a caller's script needs no __main__ guard);
    # nothing here has started Tesseract in the parent, so no engine state is copied.
    method = "fork" if "fork" in get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(n, mp_context=get_context(method), initializer=_init_worker) as pool:
        return list(pool.map(read_page, [str(path)] * len(indexes), indexes))


def image_pages(path: pathlib.Path) -> tuple[int, list[int]]:
    """(page count, 0-based indexes of pages that show images but carry no text)."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ParseError(f"повреждённый PDF ({exc})") from None
    try:
        found = []
        for i in range(len(pdf)):
            page = pdf[i]
            text = page.get_textpage()
            if text.count_chars() == 0 and any(o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for o in page.get_objects()):
                found.append(i)
            text.close()
            page.close()
        return len(pdf), found
    finally:
        pdf.close()


def _ocr_blocks(path: pathlib.Path, indexes: list[int]) -> dict[int, list[Block]]:
    engine.check()
    pages = _read_pages(path, indexes)
    return {p.number: page_blocks(p, is_known_word) for p in pages}


def parse(path: pathlib.Path) -> Document:
    """Read every page of a scanned PDF by OCR."""
    path = pathlib.Path(path)
    count, _ = image_pages(path)
    if count > MAX_PAGES:
        raise ParseError(f"скан из {count} страниц: больше {MAX_PAGES} страниц не распознаётся")
    by_page = _ocr_blocks(path, list(range(count)))
    blocks = [b for number in sorted(by_page) for b in by_page[number]]
    return Document(source=str(path), format=FORMAT, blocks=blocks, pages=count)


def _page_of(block: Block) -> int:
    return (block.page if hasattr(block, "page") else block.page_start) or 0


def parse_pdf(path: pathlib.Path) -> Document:
    """The PDF backend: the text layer where there is one, OCR for scans and image-only pages."""
    path = pathlib.Path(path)
    try:
        doc = pdf_parser.parse(path)
    except NoTextLayer:
        return parse(path)
    _, missing = image_pages(path)
    if not missing:
        return doc
    by_page = _ocr_blocks(path, missing)
    blocks = doc.blocks + [b for number in sorted(by_page) for b in by_page[number]]
    doc.blocks = sorted(blocks, key=_page_of)  # stable: each page keeps its own order
    doc.format = FORMAT
    return doc
