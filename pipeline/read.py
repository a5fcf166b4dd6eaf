"""Read one file into a structured document, turning every way it can fail into one clear message."""

from __future__ import annotations

from pathlib import Path

from parsers import docx as docx_parser
from parsers import pdf as pdf_parser
from parsers.model import Document, NoTextLayer, ParseError
from pipeline.sniff import UnsupportedFile, sniff
from pipeline.structure import build_structure
from pipeline.structure.model import StructuredDocument

MAX_FILE_BYTES = 100 * 1024 * 1024  # an order is a few MB at most; anything larger is refused unread
PARSERS = {"pdf": pdf_parser.parse, "docx": docx_parser.parse}


class ReadFailure(Exception):
    """Why a file was not ingested; `status` is `failed` or `skipped`."""

    def __init__(self, message: str, status: str = "failed", fmt: str | None = None):
        super().__init__(message)
        self.status = status
        self.format = fmt


def read_document(path: Path) -> tuple[Document, StructuredDocument]:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ReadFailure(f"file too large ({size // 2**20} MB > {MAX_FILE_BYTES // 2**20} MB), refused")
    try:
        fmt = sniff(path)
    except UnsupportedFile as e:
        raise ReadFailure(str(e), "skipped") from None
    except (ValueError, OSError) as e:
        raise ReadFailure(str(e)) from None
    try:
        document = PARSERS[fmt](path)
    except NoTextLayer as e:
        raise ReadFailure(f"scanned document without a text layer, OCR needed ({e})", "skipped", fmt) from None
    except ParseError as e:
        raise ReadFailure(str(e), "failed", fmt) from None
    except MemoryError:
        raise ReadFailure("out of memory while reading", "failed", fmt) from None
    except Exception as e:  # a parser library tripping over a malformed file: report it, go on
        raise ReadFailure(f"unreadable {fmt.upper()} ({type(e).__name__}: {e})", "failed", fmt) from None
    structured = build_structure(document)
    if not structured.plans:
        raise ReadFailure("no plan table found (no table with a header of measures)", "skipped", fmt)
    return document, structured
