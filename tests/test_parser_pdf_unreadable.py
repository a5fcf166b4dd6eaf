"""parsers.pdf on files it cannot read: a scan, empty, not a PDF, truncated, encrypted."""

from __future__ import annotations

import struct
from hashlib import md5
from pathlib import Path

import pdfplumber
import pytest

from parsers.model import NoTextLayer, ParseError
from parsers.pdf import parse

ROOT = Path(__file__).resolve().parent.parent
SCAN = ROOT / "tests/fixtures/scanned/sarov_2021_roadmap_2_3_scan.pdf"
PDFS = {"003": ROOT / "tests/fixtures/corpus/sarov/sarov_2021_roadmap_2_3.pdf"}


@pytest.mark.slow  # parses the corpus PDFs
def test_scan_without_text_layer():
    with pytest.raises(NoTextLayer, match="OCR"):
        parse(SCAN)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(ParseError, match="пустой файл"):
        parse(path)


def test_not_a_pdf(tmp_path):
    path = tmp_path / "note.pdf"
    path.write_text("Это не PDF, а текст.", encoding="utf-8")
    with pytest.raises(ParseError, match="это не PDF"):
        parse(path)


def test_truncated_pdf(tmp_path):
    data = PDFS["003"].read_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ParseError, match="PDF повреждён"):
        parse(path)


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _pdf_file(objects: list[bytes], trailer: bytes) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d " % (len(objects) + 1) + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def encrypted_pdf(user: bytes, owner: bytes = b"owner") -> bytes:
    """A one-page PDF under the standard security handler (RC4 40 bit, revision 2)."""
    perms = -4
    file_id = b"0123456789abcdef"
    o_entry = _rc4(md5((owner + _PAD)[:32]).digest()[:5], (user + _PAD)[:32])
    key = md5((user + _PAD)[:32] + o_entry + struct.pack("<i", perms) + file_id).digest()[:5]
    u_entry = _rc4(key, _PAD)
    content = _rc4(md5(key + b"\x04\x00\x00\x00\x00").digest()[:10], b"BT /F1 12 Tf 72 720 Td (Secret) Tj ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (o_entry.hex().encode(), u_entry.hex().encode(), perms),
    ]
    trailer = b"/Root 1 0 R /Encrypt 6 0 R /ID [<%s> <%s>]" % (file_id.hex().encode(), file_id.hex().encode())
    return _pdf_file(objects, trailer)


def test_encrypted_pdf(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf(user=b"secret"))
    with pdfplumber.open(path, password="secret") as pdf:  # the file is genuine: the password opens it
        assert pdf.pages[0].extract_text() == "Secret"
    with pytest.raises(ParseError, match="PDF зашифрован"):
        parse(path)


# --- synthetic layouts: tables ruled only horizontally, underlines, page numbers ---------------


