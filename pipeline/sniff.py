"""Tell a file's real type from its first bytes, not its extension (files come from public websites)."""

from __future__ import annotations

import zipfile
from pathlib import Path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class UnsupportedFile(Exception):
    """A file the pipeline does not read; the message says what it is."""


def sniff(path: Path) -> str:
    """Return "pdf" or "docx", or raise UnsupportedFile / ValueError with a message for a person."""
    with path.open("rb") as f:
        head = f.read(1024)
    if not head:
        raise ValueError("empty file (0 bytes)")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
        except zipfile.BadZipFile as e:
            raise ValueError(f"damaged zip archive ({e})") from None
        if "word/document.xml" in names:
            return "docx"
        raise UnsupportedFile("zip archive that is not a Word document (no word/document.xml)")
    if head.startswith(OLE_MAGIC):
        raise UnsupportedFile("legacy .doc/.xls or encrypted Office file (OLE compound file); save it as .docx")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        raise ValueError("not a DOCX: the file is not a zip archive")
    if suffix == ".pdf":
        raise ValueError("not a PDF: no %PDF header")
    raise UnsupportedFile(f"unknown file type ({suffix or 'no extension'}); only PDF and DOCX are read")
