"""PDF -> Document: tables as Tables, the text around them as Paragraphs, page by page.

One pass per page: the characters are read once, pdfplumber's table finder runs once for ruled
tables, the characters outside them are searched once for tables without a full grid (see
parsers.pdf.stream), and the characters are dealt into cells and free lines by position. Each
page is closed after use so memory stays bounded on long files. Blocks come top to bottom within
a page, pages in order; a table broken by a page break stays one Table per page (the structure
step stitches them).

Paragraphs are visual paragraphs (see pdf_paragraphs); page numbers alone in the top or bottom
margin are dropped.
"""

from __future__ import annotations

import pathlib
import struct
import zlib

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import PdfminerException

from normalizers.language import is_running_word
from parsers.model import Block, Document, NoTextLayer, ParseError
from parsers.pdf.headcut import join_cut_header_rows
from parsers.pdf.headsplit import join_split_headers
from parsers.pdf.integrity import damage_report, recovered_errors, xref_rebuilt
from parsers.pdf.linejoin import WordTest
from parsers.pdf.pagecuts import mark_page_cuts
from parsers.pdf.paragraphs import is_page_number, paragraphs, usual_gap
from parsers.pdf.rotation import upright
from parsers.pdf.rules import find_tables
from parsers.pdf.squeezed import lift_overflow
from parsers.pdf.stream import GridTable
from parsers.pdf.streampages import OpenColumns
from parsers.pdf.tables import build_grid, build_table, deal_chars
from parsers.pdf.text import text_lines
from pipeline.messages import data_text

_HEADER_WINDOW = 1024
# What pdfminer raises on a damaged file: its own errors plus plain ones from broken streams and
# objects. Programming errors (NameError, AttributeError, ...) are left to surface as they are.
BROKEN_FILE_ERRORS = (
    PdfminerException,
    PSException,
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    AssertionError,
    OverflowError,
    RecursionError,
    zlib.error,
    struct.error,
)


def _check_header(path: pathlib.Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEADER_WINDOW)
    except OSError as exc:
        raise ParseError(data_text("parse.unreadable_file", reason=exc.strerror or exc)) from exc
    if not head:
        raise ParseError(data_text("read.empty"))
    if b"%PDF-" not in head:
        raise ParseError(data_text("read.not_pdf"))


def _explain(exc: BaseException) -> str:
    """One message per kind of damage, in words a user understands (no library internals)."""
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
        return data_text("parse.pdf.encrypted")
    return data_text("parse.pdf.broken")


def _page_blocks(page, number: int, is_word: WordTest, columns: OpenColumns) -> tuple[list[Block], bool, int]:
    """One page -> its blocks top to bottom, whether it holds images, its character count; `columns`
    learns the column strips of the page's last unruled table for the pages after."""
    chars = page.chars
    found = find_tables(page) if chars else []
    table_chars, free_chars = deal_chars(chars, found)
    free_chars = lift_overflow(free_chars, page.horizontal_edges)
    unruled = columns.tables(free_chars, page.horizontal_edges)
    if unruled:
        found = found + unruled
        more_chars, free_chars = deal_chars(free_chars, unruled)
        table_chars = table_chars + more_chars
    placed: list[tuple[float, Block]] = []
    for table, inside in zip(found, table_chars, strict=True):
        build = build_grid if isinstance(table, GridTable) else build_table
        placed.append((table.bbox[1], build(table, inside, number, is_word)))

    lines = text_lines(free_chars)
    tops = [top for top, _ in placed]
    everything = sorted([ln.top for ln in lines] + tops)
    lines = [
        ln
        for ln in lines
        if not is_page_number(ln, float(page.height), ln.top <= everything[0], ln.top >= everything[-1])
    ]
    text_box = [c for c in chars if not c["text"].isspace()]
    column = (min(c["x0"] for c in text_box), max(c["x1"] for c in text_box)) if text_box else None
    page_gap = usual_gap(text_lines(chars)) if 1 < len(lines) <= 3 else None
    placed.extend(paragraphs(lines, number, tops, is_word, column, page_gap))
    placed.sort(key=lambda item: item[0])
    return [block for _, block in placed], bool(page.images), len(chars)


def parse(path: pathlib.Path) -> Document:
    """Read a PDF with a text layer into a Document; ParseError / NoTextLayer when that is impossible.

    A page that raises is skipped and counted; what the file lost is listed in `Document.damage`."""
    path = pathlib.Path(path)
    _check_header(path)
    doc = Document(source=str(path), format="pdf")
    total_chars = 0
    has_images = False
    unreadable: list[int] = []
    try:
        with recovered_errors() as recovered, pdfplumber.open(path) as pdf:
            doc.pages = len(pdf.pages)
            columns = OpenColumns()
            for number, page in enumerate(pdf.pages, start=1):
                try:
                    blocks, images, count = _page_blocks(upright(page), number, is_running_word, columns)
                except BROKEN_FILE_ERRORS:
                    unreadable.append(number)
                    columns = OpenColumns()
                    continue
                finally:
                    page.close()
                doc.blocks.extend(blocks)
                has_images = has_images or images
                total_chars += count
            rebuilt = xref_rebuilt(pdf)
        join_cut_header_rows(doc.blocks, is_running_word)
        join_split_headers(doc.blocks, is_running_word)
        mark_page_cuts(doc.blocks, is_running_word)
    except BROKEN_FILE_ERRORS as exc:
        raise ParseError(_explain(exc)) from exc
    if doc.pages == 0:
        raise ParseError(data_text("parse.pdf.no_pages"))
    if len(unreadable) == doc.pages:
        raise ParseError(data_text("parse.pdf.no_page_reads", pages=doc.pages))
    if total_chars == 0 and has_images:
        raise NoTextLayer(data_text("parse.pdf.no_text_layer"))
    doc.damage = damage_report(path, doc.pages, unreadable, rebuilt, recovered.count)
    return doc
