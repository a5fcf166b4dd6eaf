"""parsers.ocr.stamps.ring_sides: where a stamp's ring runs down a ruled table, its left and right arcs
are as straight over a row as a column's side; they are told by lying on the ring's circle, and the
grid is found again without them, so the rows they cross keep their cells. On a page drawn here."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image
from test_ocr import needs_tesseract
from test_ocr_perspective import ROWS, XS, YS, _table_page
from test_ocr_stamps import _scanned

from parsers.ocr import image, page
from parsers.ocr.stamps import without_stamp

CENTRE, RADIUS = (1960, 800), 260  # the ring inside the last column, across three rows


def _stamped() -> np.ndarray:
    """The table page with a stamp's two rings, fainter than the print, over its last column, scanned."""
    gray = _table_page()
    stamp = np.full_like(gray, 255)
    cv2.circle(stamp, CENTRE, RADIUS, 130, 6)
    cv2.circle(stamp, CENTRE, int(RADIUS * 0.78), 130, 3)
    return _scanned(np.minimum(gray, stamp))


def _cells(tables) -> list[int]:
    return [len(row) for table in tables for row in table.rows]


def test_a_rings_sides_found_as_rules_are_told_and_the_grid_keeps_its_columns():
    gray = _stamped()
    ink, tables, rules = page.page_grid(gray, image.SPECK_AREA)
    assert max(_cells(tables)) > len(XS) - 1  # the ring's sides passed for column rules
    _, _, sides = without_stamp(gray, page.without_rules(ink, rules), rules)
    assert sides is not None
    left, right = CENTRE[0] - RADIUS, CENTRE[0] + RADIUS
    assert sides[CENTRE[1], left - 6:left + 7].any() and sides[CENTRE[1], right - 6:right + 7].any()
    assert not sides[:, XS[-2] - 10:XS[-2] + 11].any()  # the column's own side stays
    rule_ink = image.ink(gray, image.SPECK_AREA, image.RULE_MARGIN)
    _, again, _ = page.page_grid(gray, image.SPECK_AREA, rule_ink=cv2.subtract(rule_ink, sides))
    assert _cells(again) == [len(XS) - 1] * (len(YS) - 1)


def test_a_table_without_a_stamp_has_no_ring_sides():
    gray = _scanned(_table_page())
    ink, tables, rules = page.page_grid(gray, image.SPECK_AREA)
    assert _cells(tables) == [len(XS) - 1] * (len(YS) - 1)
    assert without_stamp(gray, page.without_rules(ink, rules), rules)[2] is None


@needs_tesseract
def test_a_stamped_table_page_reads_its_cells(tmp_path):
    """Each row's cells as drawn: the ring no longer parts the last column's cells in three."""
    Image.fromarray(_stamped()).save(tmp_path / "stamped.pdf", "PDF", resolution=300)
    read = page.read_page(str(tmp_path / "stamped.pdf"), 0)
    assert [len(row) for row in read.tables[0][1]] == [len(XS) - 1] * (len(YS) - 1)
    assert [[" ".join(ln.text for ln in c.lines) for c in row] for row in read.tables[0][1]] == ROWS
