"""parsers.ocr: the grid finder and deskew on made-up images, a missing engine, and scans vs the gold."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from conftest import FIXTURES, corpus_file
from degrade import make_scan
from gold_compare import load_gold, measures_of
from ocr_score import score

from parsers import ocr
from parsers.ocr import engine, grid, image, orientation
from pipeline.read import ReadFailure, read_document
from pipeline.structure import build_structure

SCAN = FIXTURES / "scanned" / "sarov_2021_roadmap_2_3_scan.pdf"
FOUND, SIMILAR, NUMBERS = 0.95, 0.97, 0.95
needs_tesseract = pytest.mark.skipif(engine.tessdata() is None, reason="tesseract-ocr-rus not installed")


def first_pages(source: Path, target: Path, count: int = 1) -> Path:
    """The first `count` pages of a PDF as a new file."""
    pdf, out = pdfium.PdfDocument(str(source)), pdfium.PdfDocument.new()
    out.import_pages(pdf, list(range(count)))
    out.save(str(target))
    return target


def _ruled_table() -> np.ndarray:
    """A white page with a 3-column table: a header row, a row spanning all columns, and a cell
    of the first column merged over the last two rows."""
    page = np.full((1200, 1000), 255, np.uint8)
    xs, ys = [100, 300, 600, 900], [100, 200, 300, 500, 700]
    for y in ys:
        cv2.line(page, (xs[0] if y != 500 else xs[1], y), (xs[-1], y), 0, 3)  # no rule under the first column at 500
    cv2.line(page, (xs[0], 100), (xs[0], 700), 0, 3)
    cv2.line(page, (xs[-1], 100), (xs[-1], 700), 0, 3)
    for x in xs[1:-1]:
        cv2.line(page, (x, 100), (x, 200), 0, 3)
        cv2.line(page, (x, 300), (x, 700), 0, 3)
    return page


def test_grid_finds_cells_spans_and_vertical_merges():
    tables, _ = grid.find_tables(image.ink(_ruled_table()))
    assert len(tables) == 1
    rows = tables[0].rows
    assert [len(r) for r in rows] == [3, 1, 3, 3]
    assert rows[1][0].colspan == 3
    assert rows[3][0].covered and not rows[2][0].covered
    assert rows[2][0].box[3] >= 695  # the merged cell reaches the table's bottom


@pytest.mark.parametrize("angle", [-1.6, 1.2])
def test_deskew_finds_the_tilt_of_a_page(angle):
    pdf = pdfium.PdfDocument(str(corpus_file("bashmakovsky_msoko_roadmap", "pdf")))
    gray = image.render(pdf, 0, dpi=100)
    h, w = gray.shape
    tilted = cv2.warpAffine(gray, cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0), (w, h), borderValue=255)
    assert image.skew_angle(image.ink(tilted)) == pytest.approx(-angle, abs=0.15)


def test_missing_tesseract_data_skips_the_scan_naming_the_package(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "tessdata", lambda: None)
    with pytest.raises(ReadFailure) as failure:
        read_document(first_pages(SCAN, tmp_path / "scan.pdf"))
    assert failure.value.status == "skipped"
    assert engine.PACKAGE in str(failure.value)


@pytest.mark.slow
@needs_tesseract
def test_image_page_inside_a_text_pdf_is_read_by_ocr(tmp_path):
    text = pdfium.PdfDocument(str(corpus_file("bashmakovsky_msoko_roadmap", "pdf")))
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(text, [0])
    mixed.import_pages(pdfium.PdfDocument(str(SCAN)), [0])
    mixed.save(str(tmp_path / "mixed.pdf"))
    document = ocr.parse_pdf(tmp_path / "mixed.pdf")
    assert document.format == "pdf-ocr"
    scanned = [t for t in document.tables if t.page_start == 2]
    assert scanned and any(c.confidence is not None for r in scanned[0].rows for c in r.cells)
    assert any("Навигаторы детства" in c.text for t in scanned for r in t.rows for c in r.cells)


def _check_bar(path: Path, stem: str) -> None:
    got = measures_of(build_structure(ocr.parse(path)))
    result = score(got, load_gold(stem))
    print(f"{path.name}: {result}")
    assert result.found_share >= FOUND
    assert result.similarity >= SIMILAR
    assert result.numbers_share >= NUMBERS


@pytest.mark.slow
@needs_tesseract
def test_shared_scan_meets_the_bar():
    _check_bar(SCAN, "sarov_2021_roadmap_2_3")


@pytest.mark.slow
@needs_tesseract
def test_degraded_scan_meets_the_bar(tmp_path):
    scan = make_scan(corpus_file("bashmakovsky_msoko_roadmap", "pdf"), tmp_path / "bashmakovsky_scan.pdf", seed=14)
    _check_bar(scan, "bashmakovsky_msoko_roadmap")


@pytest.mark.slow
@needs_tesseract
def test_a_page_on_its_side_or_upside_down_is_turned_upright():
    pdf = pdfium.PdfDocument(str(SCAN))
    gray = image.render(pdf, 0)
    pdf.close()
    assert orientation.quarter_turns(gray) == 0
    for turns in (1, 2, 3):
        turned = np.ascontiguousarray(np.rot90(gray, turns))
        assert orientation.quarter_turns(turned) == (4 - turns) % 4
        assert np.array_equal(orientation.upright(turned)[0], gray)


@pytest.mark.slow
@needs_tesseract
def test_a_scan_turned_a_quarter_gives_the_same_measures(tmp_path):
    """Two scanned pages, once upright and once fed into the scanner on their side."""
    pdf = pdfium.PdfDocument(str(SCAN))
    pages = [pdf[i].render(scale=200 / 72, grayscale=True).to_pil().convert("L") for i in range(2)]
    pdf.close()
    for name, images in (("upright", pages), ("side", [p.rotate(90, expand=True) for p in pages])):
        images[0].save(tmp_path / f"{name}.pdf", "PDF", save_all=True, append_images=images[1:], resolution=200)
    upright = measures_of(build_structure(ocr.parse(tmp_path / "upright.pdf")))
    assert len(upright) >= 5
    assert measures_of(build_structure(ocr.parse(tmp_path / "side.pdf"))) == upright
