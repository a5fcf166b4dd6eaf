"""The sides of columns a page's rows leave empty, shown by the row numbering the columns.

On a page of a table ruled across only whose one row runs on from the page before with text in its
first columns alone, the white right of that text is one run: the body shows no side in it, and
the header's words, centred, cannot say alone where its columns part (`parsers.ocr.open_grid`). The
row numbering the columns ("1 2 3 4 5 6" under the header) can: each numeral stands centred in its
column. Two numerals standing in that white with no body text left of them inside it are two
columns; their side lies between them, where the header leaves the most white (a group cell's word
over both may leave little), else midway.
"""

from __future__ import annotations

import numpy as np


def _runs(row: np.ndarray, min_gap: int) -> list[tuple[int, int]]:
    """(first, last) x of the runs of ink in a row, parted by white more than `min_gap` wide."""
    xs = np.flatnonzero(row)
    if xs.size == 0:
        return []
    cuts = np.flatnonzero(np.diff(xs) > min_gap)
    return [(int(a), int(b)) for a, b in zip(xs[np.concatenate([[0], cuts + 1])],
                                             xs[np.concatenate([cuts, [xs.size - 1]])], strict=True)]


def _whitest(head: np.ndarray, a: int, b: int) -> int:
    """The middle of the header's longest white stretch in [a, b), or of [a, b) if it has none."""
    white = np.concatenate([[False], ~head[a:b].astype(bool), [False]]).astype(np.int8)
    starts, ends = np.flatnonzero(np.diff(white) == 1), np.flatnonzero(np.diff(white) == -1)
    if starts.size == 0:
        return (a + b) // 2
    k = int(np.argmax(ends - starts))
    return a + int((starts[k] + ends[k] - 1) // 2)


def trailing(start: int, end: int, numbers: np.ndarray | None, head: np.ndarray, min_gap: int) -> list[int]:
    """The sides between the columns whose numerals (in `numbers`, the row numbering the columns)
    stand wholly inside the white run [start, end) right of the body's text; numerals part where white
    wider than `min_gap` (the open grid's gap between columns) lies between them."""
    if numbers is None:
        return []
    inside = [(a, b) for a, b in _runs(numbers, min_gap) if a >= start and b < end]
    return [_whitest(head, left[1] + 1, right[0]) for left, right in zip(inside, inside[1:], strict=False)]
