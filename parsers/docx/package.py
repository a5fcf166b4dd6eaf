"""Check a DOCX package before any library opens it: files come from public websites, untrusted.

Refuses what is not a Word zip (legacy/encrypted OLE files, other zips), archives that would expand
to more than a sane size (zip bombs), encrypted members, and XML parts that carry a DOCTYPE (the
only way to declare entities or point at an external DTD; Office never writes one).
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from parsers.model import ParseError
from pipeline.messages import data_text

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAIN_PART = "word/document.xml"
DAMAGED_ZIP = data_text("parse.docx.damaged_zip")

MAX_TOTAL_UNCOMPRESSED = 200 * 2**20  # a long order with pictures is ~20 MB unpacked
MAX_MEMBERS = 5000  # real DOCX files have tens of parts
MAX_RATIO = 100  # deflate of verbose XML rarely exceeds 30x; bombs run to 1000x
RATIO_CHECK_FROM = 2**20  # small members may compress extremely well without harm
PROLOG_SCAN_LIMIT = 2**20  # a legitimate prolog (XML declaration, comments) is tiny
PROLOG_CHUNK = 4096

def check_package(path: Path) -> None:
    """Raise ParseError naming the problem when the file is not a safe, readable DOCX package."""
    with path.open("rb") as f:
        head = f.read(8)
    if head.startswith(OLE_MAGIC):
        raise ParseError(data_text("parse.docx.ole"))
    if not head.startswith(ZIP_MAGIC):
        raise ParseError(data_text("parse.docx.not_zip", what=_describe(head)))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(members)
            names = {m.filename for m in members}
            if MAIN_PART not in names:
                raise ParseError(data_text("parse.docx.no_main_part", part=MAIN_PART))
            for member in members:
                if member.flag_bits & 0x1:
                    raise ParseError(data_text("parse.docx.encrypted_part", part=member.filename))
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    _check_no_doctype(archive, member)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        raise ParseError(DAMAGED_ZIP) from None
    except NotImplementedError:  # a compression method zipfile does not know
        raise ParseError(data_text("parse.docx.unknown_compression")) from None


def _check_sizes(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise ParseError(data_text("parse.docx.too_many_parts", n=len(members), limit=MAX_MEMBERS))
    total = sum(m.file_size for m in members)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise ParseError(data_text("parse.docx.too_big", mb=total // 2**20, limit=MAX_TOTAL_UNCOMPRESSED // 2**20))
    for m in members:
        if m.file_size >= RATIO_CHECK_FROM and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise ParseError(data_text("parse.docx.bomb", part=m.filename,
                                       ratio=m.file_size // max(m.compress_size, 1)))


def _check_no_doctype(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """Read an XML part up to its root element; a DOCTYPE can only stand before it."""
    raw, verdict, size = b"", None, PROLOG_CHUNK
    with archive.open(member) as stream:
        while verdict is None and len(raw) < PROLOG_SCAN_LIMIT:
            chunk = stream.read(size)
            if not chunk:
                return  # an empty or unfinished part: the XML parser will say what is wrong
            raw, size = raw + chunk, size * 2
            verdict = _prolog_verdict(_decode_head(raw))
    if verdict is None:
        raise ParseError(data_text("parse.docx.no_root", part=member.filename, mb=PROLOG_SCAN_LIMIT // 2**20))
    if verdict == "declaration":
        raise ParseError(data_text("parse.docx.doctype", part=member.filename))


def _prolog_verdict(text: str) -> str | None:
    """"declaration" if a <!DOCTYPE (or any <!...) precedes the root element, "root" when the root
    comes first, None when the text read so far ends inside the prolog."""
    i = 0
    while True:
        while i < len(text) and (text[i].isspace() or text[i] == "\ufeff"):
            i += 1
        if i >= len(text):
            return None
        if text.startswith("<?", i):
            end = text.find("?>", i + 2)
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
        elif text.startswith("<!", i):
            return "declaration"
        else:
            return "root"
        if end < 0:
            return None
        i = end + 2 if text[end] == "?" else end + 3


def _decode_head(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    if raw[1:2] == b"\x00":
        return raw.decode("utf-16-le", errors="replace")
    if raw[:1] == b"\x00":
        return raw.decode("utf-16-be", errors="replace")
    return raw.decode("utf-8", errors="replace")


def _describe(head: bytes) -> str:
    if not head:
        return data_text("parse.docx.head_empty")
    if head.startswith(b"%PDF"):
        return data_text("parse.docx.head_pdf")
    if head.startswith(b"{\\rtf"):
        return data_text("parse.docx.head_rtf")
    if head.lstrip().lower().startswith((b"<html", b"<!doc", b"<?xml")):
        return data_text("parse.docx.head_markup")
    return data_text("parse.docx.head_other")
