"""parsers.ocr: a missing engine, an image page in a text PDF, pages turned upright, and scans vs the gold."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from conftest import FIXTURES, corpus_file
from degrade import make_scan
from gold_compare import load_gold, measures_of
from ocr_score import score

from parsers import ocr
from parsers.ocr import engine, image, orientation
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


# Our scanner (200 dpi, 1-2 degrees, light blur, JPEG 50), and another: 300 dpi, 2-2.5 degrees, double
# the speckle, JPEG 35.
DEGRADATIONS = {
    "ours": ("bashmakovsky_msoko_roadmap", {"seed": 14}),
    "300dpi_2.5deg_jpeg35": ("sarov_2021_roadmap_2_3", {"seed": 5, "dpi": 300, "angles": (2.0, 2.5), "blur": 0.5,
                                                        "speckle": 0.004, "quality": 35}),
}


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("name", list(DEGRADATIONS))
def test_degraded_scan_meets_the_bar(tmp_path, name):
    stem, degradation = DEGRADATIONS[name]
    scan = make_scan(corpus_file(stem, "pdf"), tmp_path / "scan.pdf", **degradation)
    _check_bar(scan, stem)


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
    """Two scanned pages, once upright and once fed into the scanner on their side. The side page, once
    turned, is the upright one resampled a pixel apart, so a letter read at the edge of its shape may
    come out otherwise: every measure and item number must be the same, the text all but a letter."""
    pdf = pdfium.PdfDocument(str(SCAN))
    pages = [pdf[i].render(scale=200 / 72, grayscale=True).to_pil().convert("L") for i in range(2)]
    pdf.close()
    for name, images in (("upright", pages), ("side", [p.rotate(90, expand=True) for p in pages])):
        images[0].save(tmp_path / f"{name}.pdf", "PDF", save_all=True, append_images=images[1:], resolution=200)
    upright = measures_of(build_structure(ocr.parse(tmp_path / "upright.pdf")))
    assert len(upright) >= 5
    side = score(measures_of(build_structure(ocr.parse(tmp_path / "side.pdf"))), upright)
    assert (side.found, side.numbers_exact) == (len(upright), len(upright))
    assert side.similarity >= 0.995
