"""Rows at a page's start: the rest of a row the page cut, a row of its own, cells under a merge
that began on the page before."""

from __future__ import annotations

import re
from dataclasses import replace

from normalizers.language import analyser, clean, is_function_word, is_known_word, is_noun_nominative
from normalizers.outcomes import Code
from parsers.model import Cell, Paragraph, Row, Table
from pipeline.structure.footgrid import group_over_names, spans_overleaf
from pipeline.structure.headers import cell_role, read_header, refine_with_subheader
from pipeline.structure.model import RawMeasure
from pipeline.structure.rows import RowCells, is_child_number, is_number, starts_lowercase
from pipeline.structure.stacked import marker_of


def merged_from_above(cells: RowCells, measure: RawMeasure, previous: RawMeasure | None) -> None:
    """Cells under a merged cell begun above: empty, the text is the measure's above; cut by a page,
    the whole of the merged cell's text, not the part on this page."""
    for role in cells.merged_empty:
        if previous is not None and previous.get(role) and not measure.get(role):
            measure.cells[role] = previous.get(role)
    for role in cells.inherited - {"number", "name"}:
        whole = previous.get(role) if previous is not None else None
        if whole and measure.get(role) and whole != measure.get(role) and whole.endswith(measure.get(role)):
            measure.cells[role] = whole


def merge_over_page(merged: tuple, cells: RowCells, measure: RawMeasure, previous: RawMeasure | None,
                    piece_start: bool, nxt: RowCells | None) -> tuple:
    """A merged cell that ran to the foot of a page goes on at the next page's first row, where the
    page's top rule closes it: that row's empty cell in the merged column is the merge going on, when
    the row above was under the merge or the rows below go on under it. A measure whose sub-items
    follow ("6." over "6.1") heads them and leaves its cells to them: no merge runs into it."""
    merged_from_above(cells, measure, previous)
    page, roles = merged
    now = (cells.page, cells.inherited | cells.merged_empty)  # what the next row asks of this one
    if not piece_start or previous is None or cells.page is None or page is None or cells.page <= page:
        return now
    if nxt is not None and cells.number.strip() and is_child_number(nxt.number, cells.number):
        return now
    for role in (roles | (nxt.merged_empty if nxt is not None else frozenset())) - {"number", "name"}:
        if previous.get(role) and not measure.get(role):
            measure.cells[role] = previous.get(role)
            if Code.CELL_INHERITED not in measure.warnings:
                measure.warnings.append(Code.CELL_INHERITED)
    return now


def own_row(cells: RowCells, prev_name: str) -> bool:
    """A row at a page start with a name only that opens as a measure's name does, after a name that
    is complete (`opens_own_name`): a row of its own (an office leaves the number of a sub-item
    empty), not the rest of a row the page cut, whose other cells would go on too."""
    return cells.filled_roles() == ["name"] and opens_own_name(cells.name, prev_name)


def opens_own_name(name: str, prev_name: str) -> bool:
    """`name` opens as a measure's name does (a capitalised noun in the nominative: "Участие",
    "Организация") after `prev_name`, a name that is complete and no sentence (no preposition,
    conjunction or full stop at its end, no quote or bracket left open)."""
    first = name.split()[0] if name.split() else ""
    last = prev_name.split()[-1] if prev_name.split() else ""
    balanced = prev_name.count("«") <= prev_name.count("»") and prev_name.count("(") <= prev_name.count(")")
    return (len(first) > 1 and first[0].isupper() and first[1:].islower()
            and is_noun_nominative(first) and balanced and not is_function_word(last)
            and not prev_name.endswith("."))  # a name of sentences goes on with its next sentence


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def rest_of_cut(cells: RowCells, previous: RawMeasure) -> bool:
    """A row at a page's start, without a number, that has text only in columns where the measure
    above has text too and whose name does not open as a measure's name does (its first word no
    nominative: "Башмаковского района …", "НИКО"): the part of that measure's row the page cut off.
    A row cut by a page goes on only in the cells that ran over; a row of its own fills its cells
    whether the measure above had them or not."""
    for role in cells.filled_roles():
        if role != "number" and not (previous.name if role == "name" else previous.get(role)):
            return False
    return not opens_nominative(cells.name)


def opens_nominative(text: str) -> bool:
    """The text opens with a capitalised word that may be nominative ("Участие", "Региональные"):
    how a measure's name opens; a word no nominative can be ("Башмаковского") goes on a sentence."""
    first = _FIRST_WORD.search(text)
    if first is None or first.start() > 2:
        return False
    word = first.group(0)
    if not word[0].isupper() or (len(word) > 1 and word.isupper()):
        return False
    return any(p.tag.case == "nomn" for p in analyser().parse(word.lower()))


def stitch_cut_headers(blocks: list) -> list:
    """A header row cut by a page ("Наимено | Ответств" | "вание мероприятия | енный"): the last row
    of a table that names no columns, with the first row of the table on the next page cell by cell,
    spells a header. The two rows become that header, so the plan opens there."""
    out = list(blocks)
    for k in range(len(out) - 1):
        top, nxt = out[k], _next_table(out, k + 1)
        if not isinstance(top, Table) or nxt is None or not top.rows or not out[nxt].rows:
            continue
        last, first = top.rows[-1], out[nxt].rows[0]
        parted = group_over_names(last, first, _joined) if _header_part(last) else None
        if parted is not None:  # the lower row overleaf names the columns under the foot's group cell
            out[k] = replace(top, rows=[*top.rows[:-1], *parted])
            out[nxt] = replace(out[nxt], rows=out[nxt].rows[1:])
            continue
        if not (_header_part(last) or (_header_going_on(last, first) and _overleaf(top, out[nxt]))) \
                or not _header_part(first):
            continue
        last, first = _over_group(last, first) or (spans_overleaf(last, first) or last, first)
        if len(last.cells) != len(first.cells) \
                or any(a.colspan != b.colspan for a, b in zip(last.cells, first.cells, strict=True)):
            continue
        joined = replace(last, cells=[_joined(a, b) for a, b in zip(last.cells, first.cells, strict=True)])
        header = read_header(joined)
        if header is not None:
            rest = out[nxt].rows[1:]
            lower = rest[:1] if rest and refine_with_subheader(header, rest[0]) is not None else []
            out[k] = replace(top, rows=[*top.rows[:-1], joined, *lower])
            out[nxt] = replace(out[nxt], rows=rest[len(lower):])
    return out


def _over_group(last: Row, first: Row) -> tuple[Row, Row] | None:
    """A header cut by a page between its two rows, its foot read in one column fewer than the rows
    overleaf: the group cell ("Организация исполнения", naming no column) stands over two columns the
    header's lower row parts, and the foot's words alone could not tell them apart. When one cell at
    the foot names no column and nothing stands under it overleaf but two empty cells, it spans them."""
    if len(first.cells) != len(last.cells) + 1 or any(c.colspan != 1 for c in (*last.cells, *first.cells)):
        return None
    below = [c.text.strip() for c in first.cells]
    spots = [k for k, c in enumerate(last.cells)
             if c.text.strip() and cell_role(c) is None and not below[k] and not below[k + 1]]
    named = [k for k, c in enumerate(last.cells) if c.text.strip() and cell_role(c) is None
             and all(below[j] and cell_role(first.cells[j]) is not None for j in (k, k + 1))
             and _over_both(c, first.cells[k], first.cells[k + 1])]
    # the header's lower row stands overleaf, each of the two cells naming its column: the group's words
    # go over both, each read with the column name under it, where the two rows then spell a header
    split = [replace(last, cells=[*last.cells[:k + 1], last.cells[k], *last.cells[k + 1:]]) for k in named]
    split = [row for row in split if read_header(replace(row, cells=[
        _joined(a, b) for a, b in zip(row.cells, first.cells, strict=True)])) is not None]
    if not spots and len(split) == 1:
        return split[0], first
    if len(spots) != 1:
        return None
    k = spots[0]
    group = replace(last, cells=[*last.cells[:k], replace(last.cells[k], colspan=2), *last.cells[k + 1:]])
    under = replace(first.cells[k], colspan=2)
    return group, replace(first, cells=[*first.cells[:k], under, *first.cells[k + 2:]])


def _over_both(group: Cell, left: Cell, right: Cell) -> bool:
    """A group cell's text starts nearer the first column's text under it than the second's (where its
    reader kept the lines): a word of the next column ("Ожидаемый" over "результат") starts over that one."""
    if not (group.lines and left.lines and right.lines):
        return False
    x = group.lines[0].x0
    return abs(x - left.lines[0].x0) < abs(x - right.lines[0].x0)


def _header_part(row: Row) -> bool:
    """A row that may be a part of a header cut by a page: no header on its own, no measure's number."""
    first = row.cells[0].text.strip() if row.cells else ""
    return read_header(row) is None and not is_number(first)


def _header_going_on(last: Row, first: Row) -> bool:
    """A header at a page's foot whose cells go on at the next page's top in lowercase ("Наименование |
    мероприятия"), or under the cells the page left open: a header the page cut, read whole already.
    A cell overleaf opening with an item's number ("1. …") holds a measure (a stacked row with no number
    cell filled): no header's words go on so."""
    filled = [c.text.strip() for c in first.cells if c.text.strip()]
    return read_header(last) is not None and bool(filled) and not any(marker_of(t) for t in filled) and (
        first.continued is True or all(starts_lowercase(t) for t in filled))


def _overleaf(top: Table, nxt: Table) -> bool:
    """The next table starts on a later page (or the pages are not known): a header whole at the top of
    a page (printed again there) heads the rows under it on that page, whose first row may be the rest
    of a row the page before cut, in lowercase ("проектной деятельности …"), and no rest of the header."""
    return top.page_end is None or nxt.page_start is None or nxt.page_start > top.page_end


def _next_table(blocks: list, k: int) -> int | None:
    """Index of the table right after, blank paragraphs aside."""
    while k < len(blocks) and isinstance(blocks[k], Paragraph) and not clean(blocks[k].text):
        k += 1
    return k if k < len(blocks) and isinstance(blocks[k], Table) else None


def _joined(above: Cell, below: Cell) -> Cell:
    """A header cell's two parts: a word the page cut goes on in lowercase, glued to its start; two
    words each whole ("Срок" over "исполнения", "Содержание" over "мероприятия") stay two."""
    a, b = above.text.strip(), below.text.strip()
    if not a or not b:
        return replace(above, text=a or b, paragraphs=above.paragraphs + below.paragraphs)
    last, first = a.split()[-1], b.split()[0]
    whole = is_known_word(last) and is_known_word(first) and not is_known_word(last + first)
    glue = "" if a[-1].isalpha() and b[0].islower() and not whole else "\n"
    return replace(above, text=f"{a}{glue}{b}", paragraphs=[f"{a}{glue}{b}"])
