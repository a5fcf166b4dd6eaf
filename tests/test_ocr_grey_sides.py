"""On a grey scan only the rule kernel finds a table's sides: dots and dashes are a side only on a black-and-white
scan (a fax), where a thin side is broken so (parsers.ocr.faint_sides). On a grey photocopy such pieces are a
stamp's ring or a signature: taken for a side, they cut a section row spanning the table in two."""

from __future__ import annotations

import numpy as np

from parsers.ocr import grid

XS = [100, 210, 650, 900, 1150]  # a table's column sides
YS = [150, 350, 550, 600, 750]  # its row rules; the row 550-600 spans the table (a section heading)
SPAN = 2


def _page() -> np.ndarray:
    page = np.zeros((1754, 1240), np.uint8)  # an A4 page at 150 dpi
    for y in YS:
        page[y:y + 3, XS[0]:XS[-1] + 3] = 255
    for x in XS:
        for top, bottom in zip(YS, YS[1:], strict=False):
            if top != YS[SPAN] or x in (XS[0], XS[-1]):
                page[top:bottom + 3, x:x + 3] = 255
    # a ring's steep stretch inside the section row, in line with the side under it: short dashes
    y = 565
    while y < 600:
        page[y:y + 10, XS[2]:XS[2] + 2] = 255
        y += 12
    return page


def _section_row(tables: list[grid.GridTable]) -> list[grid.GridCell]:
    assert len(tables) == 1
    return tables[0].rows[SPAN]


def test_a_grey_scan_keeps_a_section_row_whole_under_a_stamps_dashes():
    tables, _ = grid.find_tables(_page(), dashed=False)
    assert [len(row) for row in tables[0].rows] == [4, 4, 1, 4]
    assert _section_row(tables)[0].colspan == 4


def test_on_a_fax_the_same_dashes_are_a_side_broken_by_the_scan():
    tables, _ = grid.find_tables(_page(), dashed=True)
    assert len(_section_row(tables)) == 2
