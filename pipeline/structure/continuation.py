"""Whether a row without a number goes on the measure above it (the rest of a row cut by a page or a
cell overflow) or opens the next one, and how its cells join the measure they belong to."""

from __future__ import annotations

import re

from normalizers.language import clean
from pipeline.structure.cut import join_cut
from pipeline.structure.model import RawMeasure
from pipeline.structure.pagecut import own_row, rest_of_cut
from pipeline.structure.rows import RowCells, starts_bullet, starts_lowercase

TERMINAL = (".", "!", "?", ";", "»", ")")
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”")


def only(cells: RowCells, *roles: str) -> bool:
    return all(r in roles for r in cells.filled_roles())


def continues(cells: RowCells, previous: RawMeasure, piece_start: bool) -> tuple[bool, bool]:
    """Is a row without a number the rest of the previous measure, cut by a page or a cell overflow?

    Returns (continues, sure): lowercase, a bullet, an open hyphen or comma are sure signs; a row
    without a deadline of its own at a page start, or a short fragment, is a guess worth a warning.
    """
    name = cells.name.strip()
    if not name:
        return True, True
    if starts_lowercase(name) or starts_bullet(name):
        return True, True
    prev_name = previous.name.rstrip()
    if piece_start and cells.continued and (cells.wrapped or not own_row(cells, prev_name)):
        return True, True  # the page's geometry: text only under the cells the page before left open
    if prev_name.endswith(("-", ":", ",")):
        return True, True
    if piece_start and rest_of_cut(cells, previous):
        return True, False
    # a deadline cell merged down from the row above parts the rows too: a row cut by a page or an
    # overflowing cell has no such cell, the table's rows do (its text stands above, on this page or before)
    own_deadline = bool(cells.get("deadline").strip()) or "deadline" in cells.merged_empty
    if own_deadline and previous.get("deadline"):
        return False, True
    # a page start without a deadline of its own goes on the row above, a guess the page's geometry
    # overrules: it says the page before ended with a whole row (here a row of its own under a deadline
    # merged over the page break, its other cell filled where the cell above had ended)
    if piece_start and not own_deadline and previous.get("deadline") and cells.continued is not False \
            and not own_row(cells, prev_name):
        return True, False
    if _opens_list(prev_name) or (len(name.split()) <= 2 and not cells.cut):
        return True, False  # a short fragment, unless the page cut it short
    return False, False


def _opens_list(name: str) -> bool:
    """A colon near the name's end, outside quotes: the name introduces items that may follow in rows
    of their own. A colon inside a quoted title («Механизмы управления: анализ …») introduces nothing."""
    return ":" in _QUOTED.sub("", name[-300:])


def fills_next(cells: RowCells, nxt: RowCells, previous: RawMeasure | None) -> bool:
    """A nameless row at a page start: the rest of the previous measure, or the first half of the next?

    Backward evidence: a cell that starts in lowercase where the previous measure's cell is open;
    against it, a cell that repeats the previous measure's text word for word. Forward evidence: a
    cell that fills an empty cell of the next measure. Ties go backward.
    """
    if not (nxt.number.strip() and nxt.name.strip()):
        return False
    backward = forward = 0
    for role in cells.filled_roles():
        if role == "number":
            continue
        text = cells.get(role)
        prev = (previous.get(role) if role != "name" else previous.name) if previous else None
        if prev and clean(prev) == clean(text):
            backward -= 1
        elif prev and starts_lowercase(text) and not prev.rstrip().endswith(TERMINAL):
            backward += 1
        if not nxt.get(role).strip():
            forward += 1
    return forward > backward


def prepend(first: RowCells, cells: RowCells) -> None:
    if first.confidence is not None:
        cells.confidence = min(c for c in (first.confidence, cells.confidence) if c is not None)
    cells.start = first.start or cells.start
    for role in first.filled_roles():
        after = cells.get(role)
        cells.texts[role] = f"{first.get(role)}\n{after}" if after.strip() else first.get(role)
    for label, text in first.others.items():
        after = cells.others.get(label, "")
        cells.others[label] = f"{text}\n{after}" if after.strip() else text


def append_others(measure: RawMeasure, others: dict[str, str], mid_word: bool = False) -> None:
    """The text of columns without a role joins the measure's as a named cell's does."""
    for label, text in others.items():
        old = measure.others.get(label)
        measure.others[label] = join_cut(old, text, mid_word) if old else text


def _join(before: str, after: str, role: str, cells: RowCells, mid_word: bool) -> str:
    """A cell's text above the page's cut and its rest: the word the renderer cut at the column's
    edge (the reader saw it, `RowCells.rests`) is closed; any other break as `join_cut` reads it."""
    if role in cells.rests:
        return before.rstrip() + after.lstrip()
    return join_cut(before, after, mid_word, cells.wrapped)


def append_cells(measure: RawMeasure, cells: RowCells) -> None:
    mid_word = cells.continued is True and not cells.wrapped  # the page cut the row, not at a wrap's space
    for role, text in cells.texts.items():
        if not text.strip() or role == "number":
            continue
        if role == "name":
            measure.name = _join(measure.name, text, role, cells, mid_word) if measure.name else text
        else:
            old = measure.cells.get(role)
            measure.cells[role] = _join(old, text, role, cells, mid_word) if old else text
    append_others(measure, cells.others, mid_word)
    if cells.page is not None:
        measure.page_end = max(measure.page_end or cells.page, cells.page)
    if cells.confidence is not None:
        known = [c for c in (measure.ocr_confidence, cells.confidence) if c is not None]
        measure.ocr_confidence = min(known)
    if cells.end is not None:
        measure.end = max(measure.end or cells.end, cells.end)
