"""A table whose rules over one wide column were all lost (a fax's short dashes): the columns past it stand
apart as a narrow piece of the table's height and are still joined to it (parsers.ocr.far_pieces)."""

from __future__ import annotations

import numpy as np

from parsers.ocr import far_pieces, grid

XS = [200, 420, 1300, 1700, 2000]  # a table's column sides
YS = [300, 700, 1100, 1500]  # its row rules


def _page() -> np.ndarray:
    page = np.zeros((3508, 2480), np.uint8)
    for y in YS:
        page[y:y + 3, XS[0]:XS[-1] + 3] = 255
        page[y:y + 3, XS[2] + 3:XS[3]] = 0  # the rules over the fourth column lost
    for x in XS:
        page[YS[0]:YS[-1] + 3, x:x + 3] = 255
    return page


def test_the_columns_past_a_column_without_rules_stay_in_the_table():
    tables, _ = grid.find_tables(_page(), dashed=True)
    assert len(tables) == 1
    assert tables[0].box[0] <= XS[0] + 3 and tables[0].box[2] >= XS[-1]
    assert [len(r) for r in tables[0].rows] == [4, 4, 4]


def test_a_piece_of_another_height_or_too_far_stays_apart():
    table = (200, 300, 1300, 1500)
    stamp = (1500, 900, 1800, 1600)  # beside the table, but from its middle down
    far = (1900, 300, 2200, 1500)  # the table's height, but further than a wide column
    assert far_pieces.with_far_pieces([table], [stamp, far], 2480) == [table]
    near = (1600, 310, 1900, 1490)
    assert far_pieces.with_far_pieces([table], [stamp, near], 2480) == [(200, 300, 1900, 1500)]
