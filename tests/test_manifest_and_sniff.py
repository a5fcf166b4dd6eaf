"""The ingest manifest when its file is damaged, and file-type sniffing by content."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from pipeline import manifest
from pipeline.sniff import OLE_MAGIC, UnsupportedFile, sniff

ENTRY = {"document_id": "abc", "municipality": "sarov", "parser_version": "0.1.0"}


def test_manifest_round_trip(tmp_path):
    manifest.save(tmp_path, {"sarov/b.docx": ENTRY, "sarov/a.pdf": ENTRY})
    assert manifest.load(tmp_path) == {"sarov/a.pdf": ENTRY, "sarov/b.docx": ENTRY}
    assert not [p for p in tmp_path.iterdir() if p.name != manifest.MANIFEST_NAME]  # no temporary left


NOT_UTF8 = pytest.param(b"\xff\xfe garbage", marks=pytest.mark.xfail(
    raises=UnicodeDecodeError, strict=True, reason="manifest.load does not catch a non-UTF-8 file yet (issue 8)"))


@pytest.mark.parametrize("damage", [b"", b"{\"documents\": {\"a\": ", b"[1, 2]", NOT_UTF8])
def test_a_damaged_manifest_reads_as_empty_so_everything_is_read_again(tmp_path, damage):
    manifest.save(tmp_path, {"sarov/a.pdf": ENTRY})
    (tmp_path / manifest.MANIFEST_NAME).write_bytes(damage)
    assert manifest.load(tmp_path) == {}


def test_a_missing_manifest_is_empty(tmp_path):
    assert manifest.load(tmp_path) == {}


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def docx_bytes(tmp_path: Path, members: dict[str, bytes]) -> bytes:
    """A zip archive holding `members` (a DOCX when word/document.xml is one of them)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_sniff_reads_the_content_not_the_extension(tmp_path):
    assert sniff(write(tmp_path, "a.docx", b"%PDF-1.7\n...")) == "pdf"
    assert sniff(write(tmp_path, "b.pdf", docx_bytes(tmp_path, {"word/document.xml": b"<w/>"}))) == "docx"
    assert sniff(write(tmp_path, "c.bin", b"garbage\n%PDF-1.4 after a preamble")) == "pdf"


@pytest.mark.parametrize(("name", "data", "error", "words"), [
    ("empty.pdf", b"", ValueError, "empty file"),
    ("plain.pdf", b"just text", ValueError, "no %PDF header"),
    ("plain.docx", b"just text", ValueError, "not a zip archive"),
    ("broken.docx", b"PK\x03\x04 broken", ValueError, "damaged zip"),
    ("legacy.doc", OLE_MAGIC + b"\x00" * 100, UnsupportedFile, "OLE"),
    ("notes.txt", b"just text", UnsupportedFile, "unknown file type (.txt)"),
])
def test_sniff_refuses_with_a_message_for_a_person(tmp_path, name, data, error, words):
    with pytest.raises(error) as caught:
        sniff(write(tmp_path, name, data))
    assert words in str(caught.value)


def test_sniff_tells_a_spreadsheet_from_a_word_document(tmp_path):
    path = write(tmp_path, "t.xlsx", docx_bytes(tmp_path, {"xl/workbook.xml": b"<workbook/>"}))
    with pytest.raises(UnsupportedFile, match="not a Word document"):
        sniff(path)
