"""Tell a file's real type from its first bytes, not its extension (files come from public websites)."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import olefile

from parsers.docx.package import DAMAGED_ZIP
from pipeline.messages import data_text

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class UnsupportedFile(Exception):
    """A file the pipeline does not read; the message says what it is."""


def sniff(path: Path) -> str:
    """Return "pdf", "docx", "docm", "dotx", "doc", "rtf" or "odt", or raise UnsupportedFile / ValueError
    with a message for a person."""
    with path.open("rb") as f:
        head = f.read(1024)
    if not head:
        raise ValueError(data_text("read.empty"))
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        return _ole_kind(path)
    if head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{\\rtf"):
        return "rtf"
    suffix = path.suffix.lower()
    if suffix == ".docx":
        raise ValueError(data_text("read.not_docx"))
    if suffix == ".pdf":
        raise ValueError(data_text("read.not_pdf"))
    raise UnsupportedFile(data_text("read.unknown_type", suffix=suffix or data_text("read.no_suffix")))


ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
# Streams that name what an OLE compound file holds, when it is not a Word document.
_OLE_KINDS = {"EncryptedPackage": "read.office_encrypted", "Workbook": "read.excel", "Book": "read.excel",
              "PowerPoint Document": "read.powerpoint"}
_FIB_ENCRYPTED = 0x0100  # fEncrypted in the Word binary file header (FIB), byte 0x0A


def _zip_kind(path: Path) -> str:
    """A zip package, opened once: a Word package (plain, macro-enabled or template) or an ODF text."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                return _word_kind(_member(z, "[Content_Types].xml"))
            if "content.xml" in names and _member(z, "mimetype").strip() == ODT_MIMETYPE:
                return "odt"
    except (zipfile.BadZipFile, OSError, EOFError):
        raise ValueError(DAMAGED_ZIP) from None
    raise UnsupportedFile(data_text("read.zip_not_word"))


def _member(z: zipfile.ZipFile, name: str) -> str:
    """A small member's text, or "" when it is missing or does not inflate (the reader reports that)."""
    try:
        return z.read(name).decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, zlib.error, OSError, EOFError):
        return ""


def _word_kind(content_types: str) -> str:
    """Macro-enabled and template packages are read through LibreOffice; the rest as plain DOCX."""
    if "macroEnabled" in content_types:
        return "docm"
    if "template.main" in content_types:
        return "dotx"
    return "docx"


def _ole_kind(path: Path) -> str:
    """An OLE compound file: "doc" for a Word 97-2003 document, else UnsupportedFile saying what it is."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry) for entry in ole.listdir()}
            fib = ole.openstream("WordDocument").read(12) if "WordDocument" in streams else b""
    except Exception:  # noqa: BLE001 - olefile has no error type of its own for a damaged container
        raise ValueError(data_text("read.ole_damaged")) from None
    if "WordDocument" in streams:
        if len(fib) >= 12 and int.from_bytes(fib[10:12], "little") & _FIB_ENCRYPTED:
            raise UnsupportedFile(data_text("read.doc_encrypted"))
        return "doc"
    for stream, key in _OLE_KINDS.items():
        if stream in streams:
            raise UnsupportedFile(data_text(key))
    raise UnsupportedFile(data_text("read.ole_not_word"))
