"""parsers.docx refuses what is no Word document or is hostile: RTF, OLE, DOCTYPEs, zip bombs, damage."""

from __future__ import annotations

import zipfile

import pytest
from docx_builders import _p, _patch_declared_size, make_docx

from parsers import docx as docx_parser
from parsers.model import ParseError


def test_not_a_zip(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_bytes(b"{\\rtf1 this is rtf}")
    with pytest.raises(ParseError, match="не является zip-архивом"):
        docx_parser.parse(path)


def test_ole_file_is_encrypted_or_legacy(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    with pytest.raises(ParseError, match="старый формат .doc или зашифрованный"):
        docx_parser.parse(path)


def test_zip_without_document_xml(tmp_path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not word")
    with pytest.raises(ParseError, match="нет word/document.xml"):
        docx_parser.parse(path)


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE w:document [<!ENTITY x "boom">]>',
    '<!DOCTYPE w:document [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;">]>',
    '<!DOCTYPE w:document SYSTEM "file:///etc/passwd">',
    '<!-- <w:document> --><?pi <x?><!DOCTYPE w:document [<!ENTITY x "hidden behind a comment">]>',
], ids=["entity", "laughs", "external", "after-comment"])
def test_doctype_in_xml_is_refused(tmp_path, doctype):
    path = make_docx(tmp_path, "<w:p><w:r><w:t>&x;</w:t></w:r></w:p>", doctype=doctype)
    with pytest.raises(ParseError, match="DOCTYPE"):
        docx_parser.parse(path)


@pytest.mark.parametrize("declared, message", [
    (3 * 2**30, r"распаковывается в \d+ МБ"),
    (50 * 2**20, "zip-бомба"),
], ids=["declared-size", "compression-ratio"])
def test_zip_bomb_is_refused_from_the_directory(tmp_path, declared, message):
    """A member claiming more than it holds (3 GB; or 50 MB from 1 KB) is refused unread: nothing is inflated."""
    path = make_docx(tmp_path, _p("x"), extra={"word/media/blob.bin": b"0" * 1000})
    _patch_declared_size(path, "word/media/blob.bin", declared)
    with pytest.raises(ParseError, match=message):
        docx_parser.parse(path)


def test_damaged_package_is_a_parse_error(tmp_path):
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document")
    with pytest.raises(ParseError, match="DOCX повреждён") as error:
        docx_parser.parse(path)
    assert str(path) not in str(error.value)


