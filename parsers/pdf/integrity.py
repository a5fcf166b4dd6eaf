"""Signs that a PDF is damaged, gathered while pdfplumber reads it, so that a damaged file that
still yields tables says what it lost instead of passing as "ok" with fewer measures.

Four independent signs: pdfminer had to rebuild the cross-reference table by scanning the file
(offsets broken); pdfminer logged that it recovered from broken data (operators with bad operands);
a compressed stream of the file does not decompress (pdfminer then reads it as empty, silently);
pdfium, a second reader, counts more pages than pdfminer found. Pages that raised while being read
are counted by the reader itself.
"""

from __future__ import annotations

import logging
import re
import zlib
from contextlib import contextmanager
from pathlib import Path

import pypdfium2
from pdfminer.pdfdocument import PDFXRefFallback

from normalizers.outcomes import Code
from parsers.model import Damage
from pipeline.messages import data_text

_PDFMINER_LOGGER = "pdfminer"


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@contextmanager
def recovered_errors():
    """Count what pdfminer logs as recovered damage while the block runs (and keep it off stderr)."""
    logger = logging.getLogger(_PDFMINER_LOGGER)
    counter = _Counter()
    old_level, old_propagate = logger.level, logger.propagate
    logger.addHandler(counter)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(old_level)
        logger.propagate = old_propagate


def xref_rebuilt(pdf) -> bool:
    """True when pdfminer found no usable cross-reference table and rebuilt it by scanning."""
    return any(isinstance(x, PDFXRefFallback) for x in pdf.doc.xrefs)


_FLATE_STREAM = re.compile(rb"\d+\s+\d+\s+obj\s*<<(.{0,800}?)>>\s*stream\r?\n", re.S)


def broken_streams(path: Path) -> int:
    """How many FlateDecode streams of the file do not decompress to their end."""
    data = path.read_bytes()
    if b"/Encrypt" in data:  # encrypted streams are not zlib data until decrypted
        return 0
    broken = 0
    for match in _FLATE_STREAM.finditer(data):
        if b"/FlateDecode" not in match.group(1):
            continue
        end = data.find(b"endstream", match.end())
        body = data[match.end(): end if end >= 0 else len(data)]
        inflater = zlib.decompressobj()
        try:
            inflater.decompress(body)
        except zlib.error:
            broken += 1
            continue
        broken += not inflater.eof
    return broken


def pages_seen_by_pdfium(path: Path) -> int | None:
    try:
        doc = pypdfium2.PdfDocument(str(path))
    except Exception:  # pdfium cannot open it either: no second opinion
        return None
    try:
        return len(doc)
    finally:
        doc.close()


def damage_report(path: Path, pages: int, unreadable: list[int], rebuilt: bool, recovered: int) -> list[Damage]:
    """The damage found, one entry per kind, each with its count."""
    found: list[Damage] = []
    other = pages_seen_by_pdfium(path)
    if other is not None and other > pages:
        found.append(Damage(Code.PDF_PAGES_LOST, data_text("parse.pdf.pages_lost", pages=pages, other=other)))
    if unreadable:
        listed = ", ".join(map(str, unreadable[:10])) + (" …" if len(unreadable) > 10 else "")
        found.append(Damage(Code.PDF_PAGES_UNREADABLE,
                            data_text("parse.pdf.pages_unreadable", listed=listed, n=len(unreadable), pages=pages)))
    if rebuilt:
        found.append(Damage(Code.PDF_STRUCTURE_REPAIRED,
                            data_text("parse.pdf.xref_rebuilt")))
    broken = broken_streams(path)
    if recovered or broken:
        found.append(Damage(Code.PDF_CONTENT_DAMAGED,
                            data_text("parse.pdf.content_damaged", skipped=recovered + broken, broken=broken)))
    return found
