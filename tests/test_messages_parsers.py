"""The parsers' failure texts reach the person in the interface language, the dataset keeps them in Russian.

Each kind of bad file is built here byte by byte and ingested through `roadmaps ingest`; the missing
LibreOffice and Russian OCR data are faked in this process, which the per-file children are forked from.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from pdf_builders import _assemble, encrypted_pdf, text_pdf

from pipeline.cli import main
from pipeline.messages import DATA_KEYS, catalogue, say, translate

_PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << %s >> >>"
_HEAD = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), dictionary) + data + b"\nendstream"


def _docx(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _bad_stream_pdf() -> bytes:
    """A page whose content stream claims Flate but holds no deflate data."""
    return _assemble([*_HEAD, _PAGE % b"/Font << /F1 5 0 R >>",
                      _stream(b"/Filter /FlateDecode", b"x\x9c garbage, not deflate"),
                      b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])


def _image_only_pdf() -> bytes:
    """A page that shows an image and carries no text: a scan."""
    return _assemble([*_HEAD, _PAGE % b"/XObject << /Im1 5 0 R >>", _stream(b"", b"q 200 0 0 200 72 500 cm /Im1 Do Q"),
                      _stream(b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                              b"/BitsPerComponent 8", b"\x00\xff\xff\x00")])


_HALF = text_pdf("Hello")[:150]
BAD_FILES = {  # name -> (bytes, status, English text, Russian text)
    "empty.pdf": (b"", "failed", "empty file (0 bytes)", "пустой файл (0 байт)"),
    "broken.docx": (b"PK\x03\x04 broken", "failed", "DOCX damaged: the archive is truncated or corrupt",
                    "DOCX повреждён: архив обрезан или испорчен"),
    "doctype.docx": (_docx({"[Content_Types].xml": "<Types/>",
                            "word/document.xml": '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "b">]><w:document/>'}),
                     "failed", "DOCX refused: the part word/document.xml declares a DOCTYPE (unsafe XML)",
                     "DOCX отклонён: часть word/document.xml объявляет DOCTYPE (небезопасный XML)"),
    "bomb.docx": (_docx({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>",
                         "word/big.xml": "\0" * 3 * 2**20}), "failed",
                  re.compile(r"DOCX refused: the part word/big\.xml unpacks \d+ times larger \(a zip bomb\?\)"),
                  re.compile(r"DOCX отклонён: часть word/big\.xml распаковывается в \d+ раз больше \(zip-бомба\?\)")),
    "locked.pdf": (encrypted_pdf(), "failed", "PDF encrypted: a password is needed to read it",
                   "PDF зашифрован: для чтения нужен пароль"),
    "half.pdf": (_HALF, "failed", "PDF damaged or truncated: the file's structure cannot be read",
                 "PDF повреждён или обрезан: структура файла не читается"),
    "badstream.pdf": (_bad_stream_pdf(), "failed",
                      "PDF damaged: broken places skipped while reading: 1 (streams that do not unpack: 1); "
                      "no plan table found",
                      "PDF повреждён: пропущено при чтении испорченных мест — 1 (потоков, которые не "
                      "распаковываются: 1); таблица плана не найдена"),
    "scan.pdf": (_image_only_pdf(), "skipped", "no Russian recognition data: install the package tesseract-ocr-rus",
                 "нет данных распознавания русского языка: установите пакет tesseract-ocr-rus"),
    "note.rtf": (b"{\\rtf1 hello}", "skipped",
                 "LibreOffice is needed to read this format: install the package libreoffice-writer-nogui",
                 "для чтения этого формата нужен LibreOffice: установите пакет libreoffice-writer-nogui"),
}


def _matches(expected, text: str) -> bool:
    return bool(expected.fullmatch(text)) if isinstance(expected, re.Pattern) else text == expected


@pytest.fixture
def ingest_bad_files(tmp_path, monkeypatch):
    """Ingest every bad file in a language; the per-file lines of stderr by file, and documents.error."""
    import parsers.legacy.convert
    import parsers.ocr.engine
    from pipeline.messages import set_language
    from pipeline.query import connect

    monkeypatch.delenv("ROADMAPS_LANG", raising=False)
    monkeypatch.setattr(parsers.ocr.engine, "tessdata", lambda: None)
    monkeypatch.setattr(parsers.legacy.convert.shutil, "which", lambda name: None)
    raw = tmp_path / "raw" / "sarov"
    raw.mkdir(parents=True)
    for name, (data, *_) in BAD_FILES.items():
        (raw / name).write_bytes(data)

    def run(lang, capsys):
        out = tmp_path / f"out-{lang}"
        assert main([*(["--lang", lang] if lang else []), "ingest", str(raw.parent), "--root", str(raw.parent),
                     "--out", str(out), "--quiet", "--workers", "1"]) == 1
        said = capsys.readouterr()
        lines = {}
        for line in said.err.splitlines():
            file, sep, rest = line.partition(": ")
            if sep and file.startswith("sarov/"):
                lines[file] = rest
        errors = dict(connect(out).execute("SELECT source_file, error FROM documents").fetchall())
        summary = {line.split()[0]: line for line in said.out.splitlines() if line.startswith("sarov/")}
        return lines, errors, summary

    yield run
    set_language("ru")


def test_every_parser_failure_is_said_in_english_and_kept_in_russian(ingest_bad_files, capsys):
    lines, errors, summary = ingest_bad_files("en", capsys)
    for name, (_, status, english, russian) in BAD_FILES.items():
        status_word, _, said = lines[f"sarov/{name}"].partition(": ")
        assert status_word == status and _matches(english, said), (name, lines[f"sarov/{name}"])
        assert summary[f"sarov/{name}"].endswith(f"  {status}: {said}"), summary[f"sarov/{name}"]
        assert _matches(russian, errors[f"sarov/{name}"]), (name, errors[f"sarov/{name}"])


def test_every_parser_failure_is_said_in_russian_by_default(ingest_bad_files, capsys):
    lines, errors, summary = ingest_bad_files(None, capsys)
    status_ru = {"failed": "ошибка", "skipped": "пропущен"}
    for name, (_, status, _, russian) in BAD_FILES.items():
        status_word, _, said = lines[f"sarov/{name}"].partition(": ")
        # the status word as documents.status records it, in both languages (the line greps like the data)
        assert status_word == status and _matches(russian, said), (name, lines[f"sarov/{name}"])
        assert said == errors[f"sarov/{name}"]
        assert summary[f"sarov/{name}"].endswith(f"  {status_ru[status]}: {said}"), summary[f"sarov/{name}"]


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def test_every_message_has_both_languages_and_the_same_placeholders():
    for key, entry in catalogue().items():
        if key == "argparse_ru":  # argparse's own msgids -> Russian, not a message of ours
            continue
        assert set(entry) == {"ru", "en"} and all(entry.values()), key
        assert _placeholders(entry["ru"]) == _placeholders(entry["en"]), key
        assert entry["ru"].count("|") == 0 or entry["en"].count("|") > 0, key  # plural forms / column lists


@pytest.mark.parametrize("key", sorted(k for k in catalogue() if k.startswith(DATA_KEYS)))
def test_every_data_message_written_in_russian_is_read_back_in_english(key):
    """Each parameter survives the way back, and no message is taken for another."""
    values = {name: f"<{name}-7>" for name in _placeholders(catalogue()[key]["ru"])}
    assert translate(say(key, lang="ru", **values), "en") == say(key, lang="en", **values)


def test_a_parameter_that_is_a_message_itself_is_translated_too():
    russian = say("parse.docx.not_zip", lang="ru", what=say("parse.docx.head_pdf", lang="ru"))
    assert translate(russian, "en") == "not a DOCX: the file is not a zip archive (it is a PDF)"
    assert translate(say("read.unknown_type", lang="ru", suffix=say("read.no_suffix", lang="ru")), "en") == (
        "unknown file type (no extension); only PDF, DOCX, DOC, RTF and ODT are read")


@pytest.mark.parametrize(("lang", "said"), [
    ("ru", ["стр. 3", "стр. 3–4", "таблица 2, строка 5", "таблица 2, строка 5–7",
            "таблица 2, строка 9 – таблица 3, строка 1"]),
    ("en", ["p. 3", "p. 3–4", "table 2, row 5", "table 2, row 5–7", "table 2, row 9 – table 3, row 1"]),
])
def test_where_a_measure_stands_is_said_in_the_language_asked(lang, said):
    import duckdb

    from pipeline.views import LOCATION, location_sql

    rows = ("(3, 3, NULL, NULL, NULL, NULL), (3, 4, NULL, NULL, NULL, NULL), (NULL, NULL, 2, 5, 2, 5), "
            "(NULL, NULL, 2, 5, 2, 7), (NULL, NULL, 2, 9, 3, 1)")
    sql = (f"SELECT {location_sql(lang)} FROM (VALUES {rows}) "
           "AS t(page_start, page_end, table_start, row_start, table_end, row_end)")
    assert [r[0] for r in duckdb.sql(sql).fetchall()] == said
    assert LOCATION == location_sql("ru")  # the views are data: Russian whatever the interface language
