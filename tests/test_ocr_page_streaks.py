"""parsers.ocr.page_streaks: a line a fax's dirty glass draws down the whole page is no rule (made-up pages)."""

from __future__ import annotations

import cv2
import numpy as np

from parsers.ocr import grid, image

XS = [150, 300, 800, 1100, 1400]


def _page(streak_x: int | None, slant: int = 0, gap: tuple[int, int] | None = None) -> np.ndarray:
    """Two ruled tables of four columns with text space between them, and a streak from the page's
    top to its foot at `streak_x` (drifting `slant` pixels across), a dropped scan line `gap` in it."""
    page = np.full((2200, 1550), 255, np.uint8)
    for ys in ([300, 400, 550, 700], [1100, 1200, 1400, 1600, 1800]):
        for y in ys:
            cv2.line(page, (XS[0], y), (XS[-1], y), 0, 3)
        for x in XS:
            cv2.line(page, (x, ys[0]), (x, ys[-1]), 0, 3)
    if streak_x is not None:
        cv2.line(page, (streak_x, 0), (streak_x + slant, 2199), 0, 2)
        if gap is not None:
            page[gap[0]:gap[1]] = 255
    return page


def _shapes(page: np.ndarray) -> list[tuple[int, int]]:
    tables, _ = grid.find_tables(image.ink(page))
    return [(len(t.rows), max(len(r) for r in t.rows)) for t in tables]


def test_a_streak_down_the_page_joins_no_tables_and_draws_no_column():
    """Through both tables and the space between them, straight, skewed, or broken by a dropped line:
    the page still holds its two tables of four columns."""
    drawn = _shapes(_page(None))
    assert drawn == [(3, 4), (4, 4)]
    assert _shapes(_page(1250)) == drawn
    assert _shapes(_page(600, slant=40)) == drawn
    assert _shapes(_page(950, gap=(900, 905))) == drawn


def test_a_streak_is_still_erased_and_a_table_rule_kept():
    """The streak is among the rules erased before reading; a column's side inside a table stays a rule."""
    _, rules = grid.find_tables(image.ink(_page(1250)))
    assert rules[50, 1248:1253].any() and rules[1000, 1248:1253].any()
    tables, _ = grid.find_tables(image.ink(_page(None)))
    assert len(tables) == 2
