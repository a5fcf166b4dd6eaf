"""parsers.ocr.grid_boxes: a grid whose thin rules a scan broke in places is still one table."""

from __future__ import annotations

import cv2
import numpy as np

from parsers.ocr import grid, grid_boxes, image

XS = [300, 700, 1200, 1700, 2200]


def _broken_grid() -> np.ndarray:
    """A four-column table: a header row, a section row across it, a tall row. The section row's left side
    and the rule under it (under the third column) are broken, and so are the two right sides
    of the tall row below its top: the rules fall into pieces, the header's reaching into the tall row."""
    page = np.full((3500, 2480), 255, np.uint8)
    line = lambda a, b: cv2.line(page, a, b, 0, 3)  # noqa: E731
    for y in (200, 400):
        line((XS[0], y), (XS[-1], y))
    for x in XS:
        line((x, 200), (x, 400))
    line((XS[-1], 400), (XS[-1], 550))  # the section row: its right side only
    line((1250, 550), (XS[-1], 550))  # the rule under it, broken from 1210 to 1250
    line((XS[0], 550), (1210, 550))
    for x in XS[3:]:
        line((x, 550), (x, 900))  # the right sides, broken from 900 to 960
        line((x, 960), (x, 3000))
    for x in XS[:3]:
        line((x, 550), (x, 3000))
    line((XS[0], 3000), (1600, 3000))
    line((1640, 3000), (XS[-1], 3000))
    return page


def test_the_pieces_of_a_broken_grid_read_as_one_table_of_all_its_columns():
    tables, _ = grid.find_tables(image.ink(_broken_grid()))
    assert len(tables) == 1
    assert [[c.colspan for c in row] for row in tables[0].rows] == [[1, 1, 1, 1], [4], [1, 1, 1, 1]]
    assert tables[0].rows[-1][-1].box[0] >= XS[3] - 5


def test_only_boxes_that_share_area_are_one_table():
    above, below = (100, 100, 900, 400), (100, 420, 900, 800)  # two tables, one under the other
    assert sorted(grid_boxes.merged([above, below])) == [above, below]
    assert grid_boxes.merged([(100, 100, 900, 500), (100, 420, 600, 800), (550, 700, 900, 900)]) == [
        (100, 100, 900, 900)]  # joined through the middle one


def test_a_box_at_the_page_edge_is_no_piece_of_a_table():
    """A photo's page edge and its shadow make a box reaching the page's side that overlaps a table's: joined,
    the table's rows would be the wrong ones."""
    table = (370, 1450, 2330, 3190)
    for edge in [(5, 2150, 2450, 3500), (1890, 2700, 2481, 3400), (15, 2160, 1160, 3300)]:
        assert sorted(grid_boxes.merged([table, edge], 2482, 3509)) == sorted([table, edge])
    assert grid_boxes.merged([table, (1890, 2700, 2300, 3300)], 2482, 3509) == [(370, 1450, 2330, 3300)]
