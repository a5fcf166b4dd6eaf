"""Scanned PDF -> Document: every page read by OCR, pages in parallel on the machine's cores.

Threads, not processes: Tesseract and OpenCV release the GIL while they work, and the ingest runs
each file in a daemon child process (pipeline.isolation), which may not start processes of its own.
As OCR is the slow path, it raises its own processor-time and memory limits by a budget per page and
per thread, within the hard limits the ingest leaves open.

`parse` reads a PDF whose pages are all images; `parse_pdf` is the PDF backend the pipeline calls:
the text layer first (parsers.pdf), then OCR for a file without one, or for the image-only pages
inside a text PDF. A document read by OCR, whole or in part, has the format "pdf-ocr".
"""

from __future__ import annotations

import os
import pathlib
import resource
from concurrent.futures import ThreadPoolExecutor

import pypdfium2 as pdfium

from normalizers.language import is_known_word
from parsers import pdf as pdf_parser
from parsers.model import Block, Document, NoTextLayer, ParseError
from parsers.ocr import colnumbers, engine, numbers, opentables, roman
from parsers.ocr.blocks import page_blocks
from parsers.ocr.edges import drop_edge_lines
from parsers.ocr.mark_rows import without_mark_rows
from parsers.ocr.page import OcrPage, printed_lines, read_page
from pipeline.messages import data_text

FORMAT = "pdf-ocr"
MAX_PAGES = 300  # an order is tens of pages; a scan of hundreds is refused rather than read for an hour
CPU_SECONDS_PER_PAGE = 20  # processor time OCR adds to a limit set on the reading of one file
MEMORY_PER_THREAD = 768 * 2**20  # address space OCR adds per thread: an engine, page images, malloc arenas


WORKERS_VARIABLE = "ROADMAPS_OCR_WORKERS"


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def workers(pages: int) -> int:
    """Worker threads for `pages` pages: the cores this process may use (ROADMAPS_OCR_WORKERS caps it)."""
    cores = _cores()
    cap = int(os.environ.get(WORKERS_VARIABLE, "0") or 0)
    return max(1, min(pages, cores, cap or cores))


def share_cores(processes: int) -> None:
    """Called in each of `processes` processes that read files side by side (the ingest's workers): the
    OCR threads of one file get that process's share of the cores, so the two layers of parallelism
    do not put more threads than cores to work. A cap set by the user stays."""
    os.environ.setdefault(WORKERS_VARIABLE, str(max(1, _cores() // max(1, processes))))


def scan_cpu_limit(configured: int, pages: int) -> int:
    """The processor-time limit for reading a file with `pages` pages to recognise: the one set on the
    reading of a file (`--file-timeout`, for any file) plus a budget per page; no limit stays none.
    The ingest's clock follows this limit (pipeline.isolation), so a long scan is not cut on a loaded
    machine either."""
    if configured == resource.RLIM_INFINITY:
        return configured
    return configured + CPU_SECONDS_PER_PAGE * pages


def _raise_limit(kind: int, wanted: int) -> None:
    """Raise a finite soft limit to `wanted`, within the hard limit (which the ingest leaves open); no
    limit stays none."""
    soft, hard = resource.getrlimit(kind)
    if soft == resource.RLIM_INFINITY or wanted <= soft:
        return
    resource.setrlimit(kind, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard))


def _read_pages(path: pathlib.Path, indexes: list[int]) -> list[OcrPage]:
    """Every page read side by side; then, in page order, the tables without column rules found among
    their free lines (`parsers.ocr.opentables`), and their cells read side by side again."""
    n = workers(len(indexes))
    _raise_limit(resource.RLIMIT_CPU, scan_cpu_limit(resource.getrlimit(resource.RLIMIT_CPU)[0], len(indexes)))
    _raise_limit(resource.RLIMIT_AS, resource.getrlimit(resource.RLIMIT_AS)[0] + MEMORY_PER_THREAD * n)
    # Always in pool threads, also for one page: the engines die with them and leave the caller small.
    with ThreadPoolExecutor(n, thread_name_prefix="ocr") as pool:
        pages = list(pool.map(read_page, [str(path)] * len(indexes), indexes))
        for page in pages:
            drop_edge_lines(page)  # a fax machine's line across the top of each page
        list(pool.map(opentables.read_tables, pages, opentables.find(pages)))
    for page in pages:
        colnumbers.mend_rows(page.tables)  # before the item numbers are settled: its "1" is none
    return pages


def image_pages(path: pathlib.Path) -> tuple[int, list[int]]:
    """(page count, 0-based indexes of pages that show images but carry no text)."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ParseError(data_text("parse.ocr.damaged", error=exc)) from None
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


def _ocr_blocks(path: pathlib.Path, indexes: list[int]) -> tuple[dict[int, list[Block]], list[str]]:
    """The blocks of each page read, and the printed lines outside their tables (`printed_lines`)."""
    engine.check()
    pages = _read_pages(path, indexes)
    numbers.settle(pages)  # in page order: a plan's numbers run on from one page to the next
    by_page = {p.number: without_mark_rows(page_blocks(p, is_known_word)) for p in pages}  # a stamp's marks
    roman.mend_titles([b for number in sorted(by_page) for b in by_page[number]])
    return by_page, [t for p in pages for t in printed_lines(p.lines)]


def parse(path: pathlib.Path) -> Document:
    """Read every page of a scanned PDF by OCR."""
    path = pathlib.Path(path)
    count, _ = image_pages(path)
    if count > MAX_PAGES:
        raise ParseError(data_text("parse.ocr.too_many_pages", pages=count, limit=MAX_PAGES))
    by_page, printed = _ocr_blocks(path, list(range(count)))
    blocks = [b for number in sorted(by_page) for b in by_page[number]]
    return Document(source=str(path), format=FORMAT, blocks=blocks, pages=count, printed_lines=printed)


def _page_of(block: Block) -> int:
    return (block.page if hasattr(block, "page") else block.page_start) or 0


def parse_pdf(path: pathlib.Path) -> Document:
    """The PDF backend: the text layer where there is one, OCR for scans and image-only pages."""
    path = pathlib.Path(path)
    try:
        doc = pdf_parser.parse(path)
    except NoTextLayer:
        return parse(path)
    try:
        _, missing = image_pages(path)
    except ParseError:
        return doc  # pdfium cannot open what pdfminer read (a damaged file): keep the text layer's reading
    if not missing:
        return doc
    by_page, printed = _ocr_blocks(path, missing)
    doc.printed_lines += printed
    blocks = doc.blocks + [b for number in sorted(by_page) for b in by_page[number]]
    doc.blocks = sorted(blocks, key=_page_of)  # stable: each page keeps its own order
    doc.format = FORMAT
    return doc
