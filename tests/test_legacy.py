"""Legacy word-processor formats: sniffing, the LibreOffice conversion's failures, and the gold bar."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import olefile
import pytest
from conftest import FIXTURES, corpus_file
from gold_compare import SEEDS, compare, load_gold, measures_of

from parsers import legacy
from parsers.legacy import convert
from parsers.model import ParseError
from pipeline.read import ReadFailure, read_document
from pipeline.sniff import UnsupportedFile, sniff
from pipeline.structure import build_structure

LEGACY = FIXTURES / "legacy"
BAR = 0.995
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")


def _copy(tmp_path: Path, name: str, target: str) -> Path:
    path = tmp_path / target
    shutil.copyfile(LEGACY / name, path)
    return path


@pytest.mark.parametrize("fmt", ["doc", "rtf", "odt"])
def test_sniff_reads_the_content_not_the_name(tmp_path, fmt):
    assert sniff(_copy(tmp_path, f"sarov_2021_roadmap_2_3.{fmt}", "file.bin")) == fmt


def test_encrypted_word_doc_says_so(tmp_path):
    path = _copy(tmp_path, "sarov_2021_roadmap_2_3.doc", "locked.doc")
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        fib = bytearray(ole.openstream("WordDocument").read())
        fib[11] |= 0x01  # fEncrypted
        ole.write_stream("WordDocument", bytes(fib))
    with pytest.raises(UnsupportedFile, match="зашифрованный"):
        sniff(path)


def test_ole_file_that_is_not_word_says_what_it_is(tmp_path):
    path = _copy(tmp_path, "sarov_2021_roadmap_2_3.doc", "table.doc")
    data = bytearray(path.read_bytes())
    name = "WordDocument".encode("utf-16-le")
    at = data.index(name)
    data[at:at + 64] = "Workbook".encode("utf-16-le").ljust(64, b"\0")
    data[at + 64:at + 66] = (18).to_bytes(2, "little")  # name length with its terminator
    path.write_bytes(bytes(data))
    with pytest.raises(UnsupportedFile, match="Excel"):
        sniff(path)


def test_macro_enabled_word_file_is_sniffed_apart(tmp_path):
    source = corpus_file("bashmakovsky_msoko_roadmap", "docx")
    path = tmp_path / "plan.docm"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"document.macroEnabled.main+xml")
            zout.writestr(item, data)
    assert sniff(path) == "docm"


def test_missing_libreoffice_skips_the_file_naming_the_package(tmp_path, monkeypatch):
    monkeypatch.setattr(convert.shutil, "which", lambda name: None)
    with pytest.raises(ReadFailure) as failure:
        read_document(_copy(tmp_path, "sarov_2021_roadmap_2_3.rtf", "plan.rtf"))
    assert failure.value.status == "skipped"
    assert convert.PACKAGE in str(failure.value)


@needs_soffice
def test_a_file_libreoffice_cannot_open_fails_with_its_message(tmp_path):
    path = _copy(tmp_path, "sarov_2021_roadmap_2_3.doc", "broken.doc")
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        size = len(ole.openstream("WordDocument").read())
        ole.write_stream("WordDocument", b"\xff" * size)
    with pytest.raises(ParseError, match="LibreOffice"):
        legacy.parse(path, "doc")


@needs_soffice
def test_conversion_over_its_time_limit_is_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(convert, "TIME_LIMIT", 0.01)
    with pytest.raises(ParseError, match="прервано"):
        legacy.parse(_copy(tmp_path, "sarov_2021_roadmap_2_3.odt", "plan.odt"), "odt")


@pytest.mark.slow
@needs_soffice
@pytest.mark.parametrize("fmt", ["doc", "rtf", "odt"])
def test_legacy_formats_give_the_gold_measures(fmt):
    total = equal = 0
    for stem in SEEDS:
        document = legacy.parse(LEGACY / f"{stem}.{fmt}", fmt)
        assert document.format == fmt
        result = compare(measures_of(build_structure(document)), load_gold(stem), "docx")
        total, equal = total + result.total, equal + result.equal
        for line in result.differences:
            print(f"{fmt} {stem}: {line}")
    print(f"{fmt}: {equal}/{total} measures equal to gold ({equal / total:.2%})")
    assert total == 833
    assert equal / total >= BAR
