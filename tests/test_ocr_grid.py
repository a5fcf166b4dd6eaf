"""parsers.ocr: the grid finder, the size of a speck and deskew, on made-up images and low-resolution scans."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from conftest import corpus_file
from degrade import degrade_page, make_scan
from PIL import Image
from test_ocr import SCAN, first_pages

from parsers.ocr import grid, image, page


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


def test_grid_finds_a_table_of_one_low_row_but_no_rules_in_letters():
    """The last row of a table that a page break cut off is a table of one text line's height; the
    stems of its letters are as tall as its sides but do not reach the rules."""
    page = np.full((3500, 2480), 255, np.uint8)
    xs, top, bottom = [300, 500, 1200, 2200], 200, 255
    for y in (top, bottom):
        cv2.line(page, (xs[0], y), (xs[-1], y), 0, 3)
    for x in xs:
        cv2.line(page, (x, top), (x, bottom), 0, 3)
    for x in range(560, 1100, 18):  # letters' stems inside the middle cell
        cv2.line(page, (x, top + 12), (x, bottom - 12), 0, 3)
    tables, _ = grid.find_tables(image.ink(page))
    assert len(tables) == 1
    assert [[c.colspan for c in row] for row in tables[0].rows] == [[1, 1, 1]]


def _ruled_page(shape: tuple[int, int], xs: list[int], ys: list[int]) -> np.ndarray:
    """A white page with a full grid: rules at `ys` across and at `xs` down."""
    page = np.full(shape, 255, np.uint8)
    for y in ys:
        cv2.line(page, (xs[0], y), (xs[-1], y), 0, 3)
    for x in xs:
        cv2.line(page, (x, ys[0]), (x, ys[-1]), 0, 3)
    return page


def test_grid_takes_no_column_side_from_a_letter_standing_on_a_rule():
    """A tall letter of a title standing on the table's top rule, and one of a row that a page break
    cut short standing on the bottom rule, are as long as a rule's kernel but close no row."""
    xs, ys = [300, 700, 1800, 3200], [400, 600, 800]
    page = _ruled_page((2480, 3500), xs, ys)
    cv2.line(page, (1200, ys[0] - 50), (1200, ys[0]), 0, 4)  # a title's letter on the top rule
    cv2.line(page, (1000, ys[-1] - 50), (1000, ys[-1]), 0, 4)  # a "ф" of the last row on the bottom rule
    tables, _ = grid.find_tables(image.ink(page))
    assert len(tables) == 1
    assert [[c.colspan for c in row] for row in tables[0].rows] == [[1, 1, 1], [1, 1, 1]]


def test_grid_takes_no_row_edge_from_the_welded_letters_of_a_blurred_line():
    """On a blurred low-resolution scan the words of a line weld into bars as long as the horizontal
    kernel; none spans most of its cell, so none splits the row (nor bridges a short column side)."""
    xs, ys = [300, 500, 1200, 2200], [400, 700, 1000]
    page = _ruled_page((3500, 2480), xs, ys)
    for top in (430, 466, 560, 730, 766):  # lines of welded words
        for left in (530, 720, 1240, 1450):
            cv2.rectangle(page, (left, top), (left + 150, top + 12), 0, -1)
    for top in (442, 742):  # a letter's stem joining a line to the next
        cv2.line(page, (600, top), (600, top + 24), 0, 3)
    tables, _ = grid.find_tables(image.ink(page))
    assert len(tables) == 1
    assert [[c.colspan for c in row] for row in tables[0].rows] == [[1, 1, 1], [1, 1, 1]]


def _faint_scan(seed: int) -> np.ndarray:
    """A table of hairline rules (a rule of a pixel or less, grey at the scanner's resolution) and a
    line of text in a cell of each row, scanned at 130 dpi with a heavy blur, 0.8 % speckle and
    JPEG 25, seen at the reader's 300 dpi: the rules are light grey lines with holes in them."""
    scan = np.full((700, 1050), 255, np.uint8)
    xs, ys = [90, 220, 650, 960], [90, 175, 260, 345, 430]
    for y in ys:
        cv2.line(scan, (xs[0], y), (xs[-1], y), 50, 1)
    for x in xs:
        cv2.line(scan, (x, ys[0]), (x, ys[-1]), 50, 1)
    for y in ys[:-1]:
        cv2.putText(scan, "Text 1.2", (xs[1] + 15, y + 50), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 0, 2)
    scanned = degrade_page(Image.fromarray(scan), np.random.default_rng(seed), 0.0, 1.2, 0.008, 25)
    return cv2.resize(np.asarray(scanned.convert("L")), None, fx=300 / 130, fy=300 / 130,
                      interpolation=cv2.INTER_CUBIC)


@pytest.mark.parametrize("seed", [0, 2, 4])
def test_a_faint_broken_grid_of_a_heavily_degraded_scan_is_found_whole(seed):
    """At the text's ink threshold such rules fall apart into dashes and no table (or a table torn
    into pieces) is found; the grid is looked for in a fainter ink, the text still read from the other."""
    gray = _faint_scan(seed)
    speck = image.speck_area(130)
    ink, tables, _ = page.page_grid(gray, speck)
    assert [[c.colspan for c in row] for t in tables for row in t.rows] == [[1, 1, 1]] * 4
    assert np.array_equal(ink, image.ink(gray, speck))


def _grids(path: Path, straighten: bool) -> list[list[list[int]]]:
    """Per page, the colspans of the rows of its ruled tables, found as the OCR reader finds them."""
    pdf = pdfium.PdfDocument(str(path))
    grids = []
    for i in range(len(pdf)):
        gray = image.render(pdf, i)
        speck = image.speck_area(image.source_dpi(pdf, i))
        if straighten:
            gray = image.straighten(gray, image.skew_angle(image.ink(gray, speck)))
        _, tables, _ = page.page_grid(gray, speck)
        grids.append([[c.colspan for c in row] for t in tables for row in t.rows])
    pdf.close()
    return grids


@pytest.mark.parametrize(("stem", "dpi", "blur", "quality"), [("sarov_2021_roadmap_2_3", 150, 1.0, 30),
                                                             ("bashmakovsky_msoko_roadmap", 120, 0.8, 35),
                                                             ("sarov_2021_roadmap_2_3", 100, 0.7, 40)])
def test_a_low_resolution_scan_has_the_grid_of_its_print(tmp_path, stem, dpi, blur, quality):
    """At 100-150 dpi a blur welds each bold header line into a bar as long as a rule; the ink is then
    taken darker than its neighbourhood too, so the header stays one row and no false row appears."""
    source = first_pages(corpus_file(stem, "pdf"), tmp_path / "print.pdf", 2)
    scan = make_scan(source, tmp_path / "scan.pdf", seed=dpi, dpi=dpi, blur=blur, quality=quality)
    printed = _grids(source, straighten=False)
    assert printed[0][:2] == [[1] * 5, [5]]  # the header, then a section row across the table
    assert _grids(scan, straighten=True) == printed


def test_the_resolution_of_a_scan_sets_the_size_of_a_speck(tmp_path):
    scan = make_scan(first_pages(SCAN, tmp_path / "one.pdf"), tmp_path / "scan.pdf", dpi=120)
    pdf = pdfium.PdfDocument(str(scan))
    assert image.source_dpi(pdf, 0) == pytest.approx(120, abs=1)
    pdf.close()
    text = pdfium.PdfDocument(str(corpus_file("bashmakovsky_msoko_roadmap", "pdf")))
    assert image.source_dpi(text, 0) is None  # no image: the rendering's own resolution
    assert image.speck_area(None) == image.speck_area(300) == image.SPECK_AREA
    assert image.SPECK_AREA < image.speck_area(150) <= image.SPECK_AREA_MAX == image.speck_area(100)


@pytest.mark.parametrize("angle", [-1.6, 1.2])
def test_deskew_finds_the_tilt_of_a_page(angle):
    pdf = pdfium.PdfDocument(str(corpus_file("bashmakovsky_msoko_roadmap", "pdf")))
    gray = image.render(pdf, 0, dpi=100)
    h, w = gray.shape
    tilted = cv2.warpAffine(gray, cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0), (w, h), borderValue=255)
    assert image.skew_angle(image.ink(tilted)) == pytest.approx(-angle, abs=0.15)


def test_grid_takes_no_column_side_from_a_tall_letter_in_a_low_spanning_row():
    """A section title spanning the whole table in a row of one line: a bold "ф" stands on the rule below
    (its descender touches it) and covers most of the row, but its top leaves the padding white under the
    rule above. It is no side: the row stays one cell, and the rows around keep their three columns."""
    xs, ys = [300, 900, 1700, 2300], [400, 900, 975, 1500]
    page = _ruled_page((3500, 2480), xs, ys)
    cv2.line(page, (xs[1], ys[1]), (xs[1], ys[2]), 255, 5)  # the title row spans every column
    cv2.line(page, (xs[2], ys[1]), (xs[2], ys[2]), 255, 5)
    cv2.line(page, (1250, ys[1] + 12), (1250, ys[2]), 0, 6)  # the stem of the title's "ф"
    cv2.rectangle(page, (1230, ys[1] + 28), (1270, ys[1] + 55), 0, 5)  # its bowl
    tables, _ = grid.find_tables(image.ink(page))
    assert len(tables) == 1
    assert [[c.colspan for c in row] for row in tables[0].rows] == [[1, 1, 1], [3], [1, 1, 1]]


def test_grid_keeps_a_side_stopping_short_of_a_rule_in_a_tall_row():
    """A table of one tall row (a page's last row cut by the break): a faint side that stops short of the top
    rule still closes the row; no letter covers most of a row that tall."""
    xs, ys = [300, 900, 1700, 2300], [400, 1400]
    page = _ruled_page((3500, 2480), xs, ys)
    cv2.line(page, (xs[1], ys[0]), (xs[1], ys[0] + 12), 255, 5)
    tables, _ = grid.find_tables(image.ink(page))
    assert len(tables) == 1
    assert [[c.colspan for c in row] for row in tables[0].rows] == [[1, 1, 1]]


def test_a_rule_keeps_its_place_when_shorter_ink_runs_beside_it():
    """A stamp's ring or a signature beside a column's side joins the side's run of the profile; the run's
    plain centre would lie off the rule (where no row finds it and the column is lost), its peak does not."""
    profile = np.zeros(200, int)
    profile[50:53] = 900  # the side, down the whole table
    profile[53:90] = np.linspace(120, 40, 37).astype(int)  # arcs and strokes beside it, a few rows tall
    profile[150:153] = 900  # the next side, alone
    assert [abs(p - q) <= 1 for p, q in zip(grid._positions(profile, 16), [51, 151], strict=True)] == [True, True]
