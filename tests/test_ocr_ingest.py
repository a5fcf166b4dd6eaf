"""Scans through the whole ingest: skipped without Tesseract, and shown apart in the report with it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest
from conftest import FIXTURES, corpus_file
from lxml import html
from test_ocr import first_pages, needs_tesseract

from parsers import legacy
from parsers.legacy import convert
from parsers.ocr import engine, reader
from pipeline.ingest import ingest_paths
from pipeline.isolation import Limits
from pipeline.parallel import PoolExecutor, default_workers
from pipeline.read import read_document
from pipeline.report.site import build_report

SCAN = FIXTURES / "scanned" / "sarov_2021_roadmap_2_3_scan.pdf"


def _raw(tmp_path: Path, scan_pages: int) -> Path:
    """A raw folder with a DOCX order and the first pages of the shared scan."""
    raw = tmp_path / "raw"
    (raw / "sarov").mkdir(parents=True)
    (raw / "bashmakovsky").mkdir()
    first_pages(SCAN, raw / "sarov" / "scan.pdf", scan_pages)
    shutil.copyfile(corpus_file("bashmakovsky_msoko_roadmap", "docx"), raw / "bashmakovsky" / "plan.docx")
    return raw


@pytest.mark.slow
def test_ingest_without_tesseract_and_libreoffice_skips_those_files_naming_the_packages(tmp_path, monkeypatch):
    def no_libreoffice():
        raise legacy.ConverterMissing(f"установите пакет {convert.PACKAGE}")

    monkeypatch.setattr(engine, "tessdata", lambda: None)  # the forked readers inherit both
    monkeypatch.setattr(convert, "soffice", no_libreoffice)
    raw = _raw(tmp_path, 1)
    shutil.copyfile(FIXTURES / "legacy" / "sarov_2021_roadmap_2_3.rtf", raw / "sarov" / "plan.rtf")
    report = ingest_paths([raw], tmp_path / "out", show_progress=False, workers=1)
    by_file = {Path(o.source_file).name: o for o in report.outcomes}
    assert by_file["scan.pdf"].status == "skipped" and engine.PACKAGE in by_file["scan.pdf"].error
    assert by_file["plan.rtf"].status == "skipped" and convert.PACKAGE in by_file["plan.rtf"].error
    assert by_file["plan.docx"].status == "ok" and by_file["plan.docx"].measures > 0
    assert not report.failed


@pytest.mark.slow
@needs_tesseract
def test_report_shows_scanned_documents_apart_with_their_lowest_confidence(tmp_path):
    raw = _raw(tmp_path, 2)
    out = tmp_path / "out"
    report = ingest_paths([raw], out, show_progress=False)
    assert not report.failed
    _, structured = read_document(raw / "sarov" / "scan.pdf")
    read = [m for p in structured.plans for m in p.measures]
    assert read and all(m.ocr_confidence is not None for m in read)
    con = duckdb.connect()
    stored = con.execute(f"SELECT format, list_contains(m.warnings, 'ocr_low_confidence'), count(*), "
                         "count(ocr_confidence), min(ocr_confidence) "
                         f"FROM read_parquet('{out}/measures/**/*.parquet') m "
                         f"JOIN read_parquet('{out}/documents.parquet') d USING (document_id) "
                         "GROUP BY ALL ORDER BY format").fetchall()
    # every measure of the scan carries the warning and its confidence as a number, no other does
    lowest = min(m.ocr_confidence for m in read)
    assert [row[:4] for row in stored] == [("docx", False, stored[0][2], 0), ("pdf-ocr", True, len(read), len(read))]
    assert stored[0][4] is None and stored[1][4] == pytest.approx(lowest, abs=0.01)
    page = html.fromstring(build_report(out, tmp_path / "report").read_text(encoding="utf-8"))
    rows = page.xpath('//table[@id="ocr-table"]/tbody/tr')
    assert len(rows) == 1
    cells = [c.text_content().strip() for c in rows[0].xpath("td")]
    assert cells == ["sarov/scan.pdf", str(len(read)), str(len(read)),
                     str(round(lowest))]


def test_ocr_threads_of_the_ingest_workers_share_the_cores(monkeypatch):
    """Two layers of parallelism: N ingest workers, each reading a scan's pages in threads. Each
    worker's OCR takes its share of the cores, never all of them."""
    monkeypatch.delenv(reader.WORKERS_VARIABLE, raising=False)
    cores = default_workers()
    alone = reader.workers(100)
    with PoolExecutor(2, Limits()) as pool:
        shared = pool._pool.submit(reader.workers, 100).result()
    assert alone == cores
    assert shared == max(1, cores // 2)
    assert reader.WORKERS_VARIABLE not in os.environ  # the writer itself keeps every core


def test_a_first_header_cell_ocr_read_as_a_few_marks_is_the_number_column():
    """"№ п/п" of a 140 dpi scan read as "ы т": the header still has its number column; a PDF's cell
    (no confidence) or a longer OCR reading naming nothing does not become one."""
    from parsers.model import Cell, Row
    from pipeline.structure.headers import read_header

    def header(first: Cell) -> list:
        rest = [Cell(t, confidence=90.0) for t in ("Мероприятие", "Сроки исполнения", "Ответственные исполнители")]
        found = read_header(Row([first, *rest]))
        return found.roles if found else []

    assert header(Cell("ы\nт", confidence=40.0))[0] == "number"
    assert header(Cell("ы\nт"))[0] is None
    assert header(Cell("Раздел плана", confidence=40.0))[0] is None
