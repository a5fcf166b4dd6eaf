"""Pages with /Rotate 90, 180, 270 give the same measures as the upright file (parsers/pdf/rotation.py).

The rotated files are the committed layout PDFs with every page's /Rotate set by pypdfium2, as a
scanner or an exporter leaves them: pdfplumber then reports the text running down, right to left or
up, and the reader must turn it back.
"""

from __future__ import annotations

import pdfplumber
import pypdfium2 as pdfium
import pytest
from gold_compare import measures_of
from layouts.spec import FILES

from parsers import pdf
from parsers.pdf.rotation import text_turn, upright
from pipeline.structure import build_structure


def _rotated(name: str, degrees: int, tmp_path, pages: int | None = None):
    """The layout (its first `pages` pages if given) with every page's /Rotate set to `degrees`."""
    source = pdfium.PdfDocument(FILES / f"{name}.pdf")
    document = pdfium.PdfDocument.new()
    document.import_pages(source, list(range(len(source) if pages is None else min(pages, len(source)))))
    for page in document:
        page.set_rotation(degrees)
    path = tmp_path / f"{name}_{degrees}.pdf"
    document.save(path)
    document.close()
    source.close()
    return path


def _measures(path):
    return measures_of(build_structure(pdf.parse(path)))


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_the_text_says_which_way_is_up(degrees, tmp_path):
    with pdfplumber.open(_rotated("L00_000", degrees, tmp_path)) as rotated, \
            pdfplumber.open(FILES / "L00_000.pdf") as plain:
        page, original = rotated.pages[0], plain.pages[0]
        assert page.rotation == degrees
        assert text_turn(page.chars) == (360 - degrees) % 360
        turned = upright(page)
        assert (turned.width, turned.height) == (original.width, original.height)
        first = sorted((c["top"], c["x0"], c["text"]) for c in turned.chars)[:5]
        expected = sorted((c["top"], c["x0"], c["text"]) for c in original.chars)[:5]
        assert [c[2] for c in first] == [c[2] for c in expected]
        assert all(abs(a[0] - b[0]) < 0.5 and abs(a[1] - b[1]) < 0.5 for a, b in zip(first, expected, strict=True))


def test_an_upright_page_is_read_as_it_is():
    with pdfplumber.open(FILES / "L00_000.pdf") as plain:
        page = plain.pages[0]
        assert upright(page) is page


def test_a_page_turned_a_quarter_gives_the_same_measures(tmp_path):
    from test_layouts import CATALOG, layout_score

    # the upright file read as tests/test_layouts.py reads it, once per run for both files
    measures = layout_score(next(layout for layout in CATALOG if layout.name == "L00_000"), "pdf").measures
    assert len(measures) > 50
    assert _measures(_rotated("L00_000", 90, tmp_path)) == measures


@pytest.mark.slow
@pytest.mark.parametrize("name", ["L00_000", "L03_003", "L06_001", "L10_000"])
def test_rotated_layouts_give_the_same_measures(name, tmp_path):
    """Grid, landscape, horizontal rules and rules around the header only: every rotation. The first
    four pages carry a plan's header, its rows and a page cut: what rotation could break."""
    measures = _measures(_rotated(name, 0, tmp_path, pages=4))
    assert len(measures) > 5
    for degrees in (90, 180, 270):
        assert _measures(_rotated(name, degrees, tmp_path, pages=4)) == measures, degrees
