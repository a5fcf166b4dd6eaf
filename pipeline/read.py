"""Read one file into a structured document, turning every way it can fail into one clear message."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from normalizers.outcomes import Status
from parsers import docx as docx_parser
from parsers import legacy, ocr
from parsers.model import Document, NoTextLayer, ParseError
from pipeline.messages import data_text
from pipeline.normalize.glossary import text_definitions
from pipeline.sniff import UnsupportedFile, sniff
from pipeline.structure import build_structure
from pipeline.structure.model import StructuredDocument
from pipeline.structure.unread import unread_plan

MAX_FILE_BYTES = 100 * 1024 * 1024  # an order is a few MB at most; anything larger is refused unread
# Sniffed format -> backend. PDF: the text layer, OCR for scanned pages; legacy formats via LibreOffice.
PARSERS = {"pdf": ocr.parse_pdf, "docx": docx_parser.parse,
           **{fmt: partial(legacy.parse, fmt=fmt) for fmt in legacy.FORMATS}}
# A backend whose system package is missing: the file is skipped, the message names the package.
MISSING_TOOL = (legacy.ConverterMissing, ocr.EngineMissing)
FORMAT_NAMES = {"pdf": "PDF", "docx": "DOCX", **{fmt: fmt.upper() for fmt in legacy.FORMATS}}


class ReadFailure(Exception):
    """Why a file was not ingested; `status` is `failed` or `skipped`."""

    def __init__(self, message: str, status: Status = Status.FAILED, fmt: str | None = None,
                 definitions: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.format = fmt
        # what an order without a plan table defines: the roadmaps filed beside it learn it
        self.definitions = definitions or {}

    def __reduce__(self):  # crosses the process boundary of pipeline.isolation
        return (ReadFailure, (str(self), self.status, self.format, self.definitions))


def read_document(path: Path) -> tuple[Document, StructuredDocument]:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ReadFailure(data_text("read.too_big", size=size // 2**20, limit=MAX_FILE_BYTES // 2**20))
    try:
        fmt = sniff(path)
    except UnsupportedFile as e:
        raise ReadFailure(str(e), Status.SKIPPED) from None
    except ValueError as e:
        raise ReadFailure(str(e)) from None
    document = _parse(path, fmt)
    structured = build_structure(document)
    if not structured.plans:
        if document.damage:
            raise ReadFailure(f"{_damage_text(document)}; {data_text('read.no_plan_after_damage')}", Status.FAILED, fmt)
        if message := unread_plan(document):
            raise ReadFailure(message, Status.FAILED, fmt)
        raise ReadFailure(data_text("read.no_plan_table"), Status.SKIPPED, fmt, text_definitions(structured))
    return document, structured


def _parse(path: Path, fmt: str) -> Document:
    try:
        return PARSERS[fmt](path)
    except MISSING_TOOL as e:
        raise ReadFailure(str(e), Status.SKIPPED, fmt) from None
    except NoTextLayer as e:
        raise ReadFailure(str(e), Status.SKIPPED, fmt) from None
    except ParseError as e:
        raise ReadFailure(str(e), Status.FAILED, fmt) from None
    except MemoryError:
        raise ReadFailure(data_text("read.out_of_memory"), Status.FAILED, fmt) from None
    except RecursionError:
        raise ReadFailure(data_text("read.too_deep", format=FORMAT_NAMES[fmt]), Status.FAILED, fmt) from None
    except Exception:  # a parser library tripping over a malformed file: report it, go on
        raise ReadFailure(data_text("read.unreadable", format=FORMAT_NAMES[fmt]), Status.FAILED, fmt) from None


def _damage_text(document: Document) -> str:
    return "; ".join(d.message for d in document.damage)
