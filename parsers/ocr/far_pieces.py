"""Columns a fax cut off a table's side further than one lost dash: pieces of the table's full height.

A fax's thin rule comes as dashes; where every dash over a wide column is shorter than the rule kernel,
that column's rules are all lost, and the columns past it stand apart as pieces too narrow for a table,
further off than `grid_boxes.with_cut_pieces` reaches. Such a piece still holds the table's sides: it runs
from the table's top to its bottom (give or take the scan lines a drop-out took over the top rule). A mark
or a stamp beside a table is of another height.
"""

from __future__ import annotations

from parsers.ocr.grid_boxes import Box, grown_by

# pixels (at image.DPI) by which a piece's top or bottom may stand off the table's (a drop-out's lines)
SLACK = 30
# ... and by which its bottom may run on under the table's: the sides of a row a drop-out cut off
# under the last rule found run on past it, in the piece as in the table (`grid._open_ends`)
RUN_ON = 60
# a piece this share of the page's width off the table at most: one wide column (a table is wider, `grid.MIN_TABLE_W`)
FAR = 0.2


def with_far_pieces(tables: list[Box], pieces: list[Box], width: int) -> list[Box]:
    """The tables' boxes grown sideways by the pieces of their height (± `SLACK`, down to `RUN_ON` past
    the bottom) at most `FAR` off."""
    reach = FAR * width

    def belongs(box: Box, piece: Box) -> bool:
        level = abs(piece[1] - box[1]) <= SLACK and -SLACK <= piece[3] - box[3] <= RUN_ON
        off = piece[0] - box[2] if piece[0] > box[2] else box[0] - piece[2]
        return level and 0 < off <= reach

    return grown_by(tables, pieces, belongs)
