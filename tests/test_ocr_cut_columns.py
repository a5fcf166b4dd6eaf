"""parsers.ocr.grid_boxes.with_cut_pieces: the columns a fax's lost dashes cut off a grid stay in its table."""

from __future__ import annotations

import cv2
import numpy as np

from parsers.ocr import grid, grid_boxes, image

# on a half-size page: the last column (200 px) is narrower than a table (`grid.MIN_TABLE_W`)
XS = [150, 350, 600, 850, 1050]
YS = [150, 350, 650, 900]


def _grid(rule_gap: tuple[int, int] | None, side_gap: int = 0) -> np.ndarray:
    """A ruled table of four columns and three rows. `rule_gap`: the white every row's rule loses (x from, x to);
    `side_gap`: pixels by which every rule stops short of the right side."""
    page = np.full((1750, 1240), 255, np.uint8)
    for y in YS:
        spans = [(XS[0], XS[-1] - side_gap)] if rule_gap is None else [(XS[0], rule_gap[0]), (rule_gap[1], XS[-1])]
        for a, b in spans:
            cv2.line(page, (a, y), (b, y), 0, 3)
    for x in XS:
        cv2.line(page, (x, YS[0]), (x, YS[-1]), 0, 3)
    return page


def _columns(page: np.ndarray) -> list[list[tuple[int, int]]]:
    tables, _ = grid.find_tables(image.ink(page))
    assert len(tables) == 1
    return [[(c.box[0], c.box[2]) for c in row] for row in tables[0].rows]


def test_a_column_cut_off_by_a_gap_in_every_rule_is_read_with_its_table():
    rows = _columns(_grid((XS[3] + 50, XS[3] + 70)))
    assert len(rows) == 3
    assert all(len(row) == 4 and abs(row[-1][1] - XS[-1]) <= 5 for row in rows)


def test_an_outer_side_every_rule_stops_short_of_closes_the_last_column():
    rows = _columns(_grid(None, side_gap=35))
    assert all(len(row) == 4 and abs(row[-1][0] - XS[3]) <= 5 and abs(row[-1][1] - XS[-1]) <= 5 for row in rows)


def test_pieces_join_a_table_only_within_its_height():
    table = (300, 300, 1700, 1800)
    cut = (1690, 300, 2100, 1200)  # overlapping, within the table's rows
    assert grid_boxes.with_cut_pieces([table], [cut], 10, 120) == [(300, 300, 2100, 1800)]
    below = (1690, 1500, 2100, 2300)  # a mark reaching under the table (a signature's flourish)
    assert grid_boxes.with_cut_pieces([table], [below], 10, 120) == [table]


def test_a_piece_beside_a_table_joins_it_only_from_its_top_to_its_bottom_and_near():
    table = (300, 300, 1700, 1800)
    side = (1780, 296, 1790, 1805)  # the outer side alone, 80 px off
    assert grid_boxes.with_cut_pieces([table], [side], 10, 120) == [(300, 300, 1790, 1800)]
    assert grid_boxes.with_cut_pieces([table], [(1780, 700, 1790, 1805)], 10, 120) == [table]  # shorter
    assert grid_boxes.with_cut_pieces([table], [(1900, 296, 1910, 1805)], 10, 120) == [table]  # too far
    left = (100, 298, 260, 1802)  # the first columns, cut off on the left
    assert grid_boxes.with_cut_pieces([table], [left], 10, 120) == [(100, 300, 1700, 1800)]
