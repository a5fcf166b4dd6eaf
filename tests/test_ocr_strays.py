"""Specks apart from a text cell's print are wiped before it is read; the print's own small marks stay."""

import numpy as np

from parsers.ocr.strays import strays, wiped


def _cell() -> np.ndarray:
    cell = np.full((120, 400), 255, np.uint8)
    cell[30:60, 20:45] = 0  # a letter-sized blot
    cell[30:60, 50:75] = 0  # and another beside it: a short word
    return cell


def test_a_speck_far_along_a_short_words_line_is_wiped():
    cell = _cell()
    cell[35:40, 340:345] = 0  # a stamp's remains far to the right
    mask = strays(cell)
    assert mask is not None and mask[37, 342] and not mask[40, 30]
    clean, grey = wiped([cell, cell.copy()], mask)
    assert (clean[30:45, 330:355] == 255).all() and (grey[30:45, 330:355] == 255).all()
    assert (clean[30:60, 20:45] == 0).all()


def test_a_stop_beside_its_word_and_a_letter_apart_stay():
    cell = _cell()
    cell[55:60, 80:85] = 0  # a full stop after the word
    cell[30:60, 300:325] = 0  # a letter-sized word far along the line
    assert strays(cell) is None


def test_a_cell_of_a_dash_alone_is_left_as_it_is():
    cell = np.full((120, 400), 255, np.uint8)
    cell[50:53, 180:200] = 0
    assert strays(cell) is None and wiped([cell], None)[0] is cell
