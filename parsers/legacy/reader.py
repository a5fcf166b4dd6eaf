"""Legacy word-processor file -> Document: LibreOffice makes a DOCX, the DOCX parser reads it.

The Document keeps the original file's name and format, so nothing downstream knows a conversion
happened; only failures say so, in LibreOffice's own words.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from parsers import docx as docx_parser
from parsers.legacy.convert import ConversionError, to_docx
from parsers.model import Document, ParseError

FORMATS = ("doc", "rtf", "odt", "docm", "dotx")


def parse(path: Path, fmt: str = "doc") -> Document:
    """Read a .doc/.rtf/.odt (or macro-enabled/template Word) file; ParseError when it cannot be read."""
    path = Path(path)
    try:
        data = to_docx(path, fmt)
    except ConversionError as exc:
        raise ParseError(str(exc)) from None
    with tempfile.TemporaryDirectory(prefix="roadmaps-docx-") as tmp:
        converted = Path(tmp) / "converted.docx"
        converted.write_bytes(data)
        document = docx_parser.parse(converted)
    document.source = str(path)
    document.format = fmt
    return document
