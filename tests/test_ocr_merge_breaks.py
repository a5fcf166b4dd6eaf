"""Tables ruled across only on a scan: where a vertical merge breaks the rules between rows, the ends of
the break are the merged column's sides, also on a page where that column shows no text
(parsers.ocr.merge_breaks, used by parsers.ocr.open_grid)."""

from __future__ import annotations

import numpy as np

from parsers.ocr import grid, merge_breaks


def _words(page: np.ndarray, x0: int, x1: int, y: int) -> None:
    """A line of print: letters 16 px wide, 6 px apart (no run long enough to pass for a rule)."""
    for x in range(x0, x1 - 16, 22):
        page[y:y + 20, x:x + 16] = 255


def _page(broken: bool) -> np.ndarray:
    """Two rows under a header; the middle column's cell is merged down from the page before (its
    text is not here), so the rules between rows stop at its sides, 600 and 900."""
    page = np.zeros((700, 1500), np.uint8)
    for y in (50, 250, 450, 650):
        page[y:y + 3, 100:1400] = 255
        if broken and y in (250, 450):
            page[y:y + 3, 601:900] = 0
    for top in (80, 280, 480):
        for line in range(0, 120, 40):
            _words(page, 130, 560, top + line)
            _words(page, 940, 1370, top + line)
    return page


def test_the_ends_of_a_broken_rule_are_sides():
    thin = np.zeros((700, 1500), np.uint8)
    thin[250:253, 100:601] = thin[250:253, 900:1400] = 255
    thin[400:403, 100:140] = 255  # a short run (a letter's welded stroke) breaks nothing
    assert merge_breaks.break_ends(thin, 100, 1399, 0, 699, 5) == [501, 799]


def test_a_short_drop_out_of_a_faint_rule_is_no_break():
    thin = np.zeros((300, 1500), np.uint8)
    thin[100:103, 100:700] = thin[100:103, 740:1400] = 255
    assert merge_breaks.break_ends(thin, 100, 1399, 0, 299, 5) == []


def test_a_column_merged_from_the_page_before_keeps_its_cells():
    """The white between the first and the last column's text is one gap; the broken rules show the
    empty column in it: three cells a row, the middle one between the break's ends."""
    tables, _ = grid.find_tables(_page(broken=True))
    assert len(tables) == 1 and [len(row) for row in tables[0].rows] == [3, 3, 3]
    middle = tables[0].rows[1][1].box
    assert abs(middle[0] - 600) <= 3 and abs(middle[2] - 900) <= 3
    unbroken, _ = grid.find_tables(_page(broken=False))
    assert [len(row) for row in unbroken[0].rows] == [2, 2, 2]


def _rule_with_drop_outs(ink: np.ndarray, y: int, x0: int, x1: int, holes: list[tuple[int, int]]) -> None:
    ink[y:y + 2, x0:x1] = 255
    for a, b in holes:
        ink[y:y + 2, a:b] = 0


def test_close_drop_outs_of_a_faint_rule_are_no_break():
    """Two drop-outs 50 px apart leave a piece shorter than the rule kernel: the thin rule mask misses
    100 px, but the page's ink runs along the rule's line there; no column's side stands at its ends."""
    ink = np.zeros((300, 1500), np.uint8)
    _rule_with_drop_outs(ink, 100, 100, 1400, [(600, 609), (660, 663)])
    thin = np.zeros_like(ink)
    thin[100:102, 100:600] = thin[100:102, 700:1400] = 255
    assert merge_breaks.break_ends(thin, 100, 1399, 0, 299, 5) == [500, 599]
    assert merge_breaks.break_ends(thin, 100, 1399, 0, 299, 5, ink) == []


def test_a_merged_cell_s_text_across_the_broken_rule_keeps_the_break():
    """A cell merged down over two rows: its words cross the line where the rule between the rows
    would run, its padding white at either side; the break's ends stay its sides."""
    ink = np.zeros((300, 1500), np.uint8)
    ink[100:102, 100:601] = ink[100:102, 900:1400] = 255
    for x in range(625, 859, 22):  # letters 16 px wide, 6 px apart, a padding short of the sides
        ink[90:110, x:x + 16] = 255
    thin = np.zeros_like(ink)
    thin[100:102, 100:601] = thin[100:102, 900:1400] = 255
    assert merge_breaks.break_ends(thin, 100, 1399, 0, 299, 5, ink) == [501, 799]
