"""The ingest manifest when its file is damaged, and file-type sniffing by content."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from parsers.docx.package import DAMAGED_ZIP
from pipeline import manifest
from pipeline.sniff import OLE_MAGIC, UnsupportedFile, sniff

ENTRY = {"path": "sarov/a.pdf", "sha256": "abc", "municipality": "sarov", "parser_version": "0.2.0"}


def test_manifest_round_trip(tmp_path):
    manifest.save(tmp_path, manifest.Manifest("/data/raw", {"id-b": ENTRY, "id-a": ENTRY}))
    loaded = manifest.load(tmp_path)
    assert (loaded.root, loaded.documents) == ("/data/raw", {"id-a": ENTRY, "id-b": ENTRY})


@pytest.mark.parametrize("damage", [
    b"", b"{\"format\": 2, \"documents\": {\"a\": ", b"[1, 2]", b"\xff\xfe garbage",
    b"{\"format\": 2, \"documents\": [1]}",
    b"{\"documents\": {\"sarov/a.pdf\": {}}}",  # the format before 2: keyed by path, no root
], ids=["empty", "cut", "list", "not-utf8", "documents-not-a-map", "older-format"])
def test_a_damaged_or_older_manifest_reads_as_empty_so_everything_is_read_again(tmp_path, damage):
    manifest.save(tmp_path, manifest.Manifest("/data/raw", {"id-a": ENTRY}))
    (tmp_path / manifest.MANIFEST_NAME).write_bytes(damage)
    assert manifest.load(tmp_path) == manifest.Manifest()


def test_a_missing_manifest_is_empty(tmp_path):
    assert manifest.load(tmp_path) == manifest.Manifest()
    assert manifest.load(None) == manifest.Manifest()


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
    ("empty.pdf", b"", ValueError, "пустой файл"),
    ("plain.pdf", b"just text", ValueError, "нет заголовка %PDF-"),
    ("plain.docx", b"just text", ValueError, "не является zip-архивом"),
    ("broken.docx", b"PK\x03\x04 broken", ValueError, DAMAGED_ZIP),
    ("legacy.doc", OLE_MAGIC + b"\x00" * 100, ValueError, "OLE"),  # a broken container is damage
    ("notes.txt", b"just text", UnsupportedFile, "неизвестный тип файла (.txt)"),
])
def test_sniff_refuses_with_a_message_for_a_person(tmp_path, name, data, error, words):
    with pytest.raises(error) as caught:
        sniff(write(tmp_path, name, data))
    assert words in str(caught.value)


def test_sniff_tells_a_spreadsheet_from_a_word_document(tmp_path):
    path = write(tmp_path, "t.xlsx", docx_bytes(tmp_path, {"xl/workbook.xml": b"<workbook/>"}))
    with pytest.raises(UnsupportedFile, match="не документ Word"):
        sniff(path)
