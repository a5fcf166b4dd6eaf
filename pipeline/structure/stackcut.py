"""A row of stacked measures cut by a page break, joined with its rest before it is split.

A row taller than what is left of its page goes on at the top of the next page, in the first body
row of the next table piece (under the header printed again, if any). Split apart, each piece lines
its cells up on its own and the measures of the stack come out shifted. The rest is joined back to
the row when the row opens a numbered stack (its name cell opens with "1." or "1.1."), the next
page's row has no number of its own and its name goes on without a new number, and the joined name
cell holds two numbered measures or more (or the rest fills its page, and the next page goes on); the
rest's printed lines are set below the row's, on its line grid, so the cells still line up
(pipeline/structure/printed.py). Rows a reader without rules parted on one page are joined first
(pipeline/structure/stackparts.py); a stack it parted right above the cut is joined whole with the rest
when only so its cells line up. A name alone overleaf that opens as a measure's name does, under a
last name that ended its paragraph, is a measure of its own (an office left it unnumbered)."""

from __future__ import annotations

from dataclasses import replace

from parsers.model import Block, Cell, PrintedLine, Row, Table
from pipeline.structure import printed
from pipeline.structure.edges import stray_tail, tightened
from pipeline.structure.headers import Header, is_column_numbering, read_header, refine_with_subheader, tops
from pipeline.structure.pagecut import opens_own_name
from pipeline.structure.regrid import regridded
from pipeline.structure.stacked import marker_of, name_groups, roles_of, split_stacked
from pipeline.structure.stackparts import absorb_names, entries_go_on, lines_up, name_goes_on, numbered_on, stacked_here
from pipeline.structure.stackpieces import follows, joined_here, name_text, names_only, word_cut

_ON_GRID = 0.15  # share of a line pitch: a line of the same paragraph stands this close to one pitch under


def join_cut_stacks(blocks: list[Block]) -> list[Block]:
    """The document's blocks, each stacked row cut by a page joined with its rest (tables copied)."""
    out: list[Block] = []
    header: Header | None = None
    last: tuple[Table, int] | None = None  # the table whose last row may go on, and the page it reaches
    headed = False  # text stands right above the table: a section's heading between two pieces
    for at, block in enumerate(blocks):
        if not isinstance(block, Table):
            if block.text.strip():
                last, headed = None, True
            out.append(block)
            continue
        table, strays = stray_tail(Table(list(block.rows), block.page_start, block.page_end),
                                   _text_after(blocks[at + 1:]))
        table = tightened(table)
        start, header = _body_start(table.rows, header)
        if header is not None:
            table.rows[start:] = absorb_names(table.rows[start:], header.roles,
                                               last[0].rows[-1] if last is not None and last[0].rows else None,
                                               headed, _overleaf(blocks[at + 1:], header))
        headed = False
        if last is not None and start < len(table.rows) and header is not None \
                and not _own_row(table.rows[start], last[0].rows[-1], header.roles):
            upper, page = last
            rest, taken = _rest(upper.rows[-1], [regridded(upper.rows[-1], table.rows[start]),
                                                 *table.rows[start + 1:]], header.roles)
            whole = start + taken == len(table.rows)
            joined = _join(upper.rows[-1], rest, page, header.roles, whole_page=whole)
            if not lines_up(joined, header.roles) and (head := _parted_head(upper.rows, rest, page, header.roles,
                                                                            whole)) is not None:
                upper.rows[-2:] = [head]
                joined = _join(head, rest, page, header.roles, whole_page=whole)
            # the row with its rest alone may hold one measure yet: numbered_on asks whether its entries
            # are for more, whose names stand in the parts under the rest
            joined, more = numbered_on(lambda extra, low=upper.rows[-1], r=rest, p=page, h=header:
                                        _join(low, here, p, h.roles, whole_page=not extra)
                                        if (here := stacked_here(r, extra)) else None,
                                        name_text(upper.rows[-1], rest, header.roles), upper.rows[-1],
                                        _parts_under(rest, table.rows[start + taken:], header.roles), header.roles,
                                        to_foot=True,
                                        overleaf=_overleaf(blocks[at + 1:], header), rest=True) or (joined, 0)
            taken += more
            if joined is not None:
                upper.rows[-1] = joined
                del table.rows[start:start + taken]
                if start == len(table.rows):  # the rest filled the page: it may go on once more
                    last = (upper, page + 1) if not strays else None
                    out.extend([table, *strays])
                    continue
        last = (table, table.rows[-1].page) if table.rows and table.rows[-1].page is not None and not strays else None
        out.extend([table, *strays])  # a line printed under the table ends it
    return out


def _parts_under(rest: Row, rows: list[Row], roles: list[str | None]) -> list[Row]:
    """The rows under a stack's rest that may be its parts: under a rest holding its name alone (the
    stack's entries ended on the pages before), a row with an entry beside its name in every column is
    the next row (the next stack, though its number goes on), and so are those under it (a part may
    hold an entry or two, after a blank paragraph, not one in every column)."""
    if not names_only(rest, roles_of(rest, roles)):
        return rows
    return rows[:next((i for i, row in enumerate(rows) if _filled_row(row, roles)), len(rows))]


def _filled_row(row: Row, roles: list[str | None]) -> bool:
    """Every cell of the row but its number holds text."""
    cell_roles = roles_of(row, roles)
    return all(cell.text.strip() for cell, role in zip(row.cells, cell_roles, strict=True) if role != "number")


def _overleaf(blocks: list[Block], header: Header) -> str:
    """The name atop the next table piece, right under its header rows ("" when text stands between)."""
    for block in blocks:
        if not isinstance(block, Table):
            if block.text.strip():
                return ""
            continue
        start, found = _body_start(block.rows, header)
        if start >= len(block.rows) or found is None:
            return ""
        return name_text(block.rows[start], None, found.roles)
    return ""


def _text_after(blocks: list[Block]) -> bool:
    """Text stands right after the table (blank lines aside), before any other table."""
    return next((not isinstance(b, Table) for b in blocks if isinstance(b, Table) or b.text.strip()), False)


def _own_row(row: Row, upper: Row, roles: list[str | None]) -> bool:
    """A page's first row that the page geometry says no row above goes on in (`Row.continued` False:
    the page before ended short of its foot, or a cell above stopped short of it), whose name opens with
    a capital, as a measure's does, and whose every other cell holds an entry: the next measure's row,
    however a stack above it ran over the pages before. A rest goes on whatever the geometry says where
    it opens in lowercase or fills only some cells (a renderer keeping lines together ends a page short;
    a name's last word may be a capitalised one: "… в сети" | "Интернет"), or where names numbered on
    from the stack above follow its first words (a stack's entries stop short beside a longer name).
    A name opening with a number of its own, entries in every cell beside it, is a row of its own too
    (the next stack, or measure, under a stack kept whole that ended short of the page's foot)."""
    if row.continued is not False:
        return False
    cell_roles = roles_of(row, roles)
    name = row.cells[cell_roles.index("name")].text.strip() if "name" in cell_roles else ""
    numbered = marker_of(name.split("\n")[0]) is not None
    if not (name[:1].isupper() or numbered) or not _filled_row(row, roles):
        return False
    return numbered or not _numbered_on(name_text(upper, None, roles), name)


def _numbered_on(name: str, more: str) -> bool:
    """`more`, a name cell opening without a number, holds names numbered on from the last of `name`."""
    groups = name_groups([ln.strip() for ln in name.split("\n")], None)
    last = groups[-1][1] if groups else name.split("\n")[0]
    return marker_of(last) is not None and name_groups([ln.strip() for ln in more.split("\n")], last) is not None


def _parted_head(rows: list[Row], rest: Row, page: int, roles: list[str | None], whole: bool) -> Row | None:
    """The last two rows of the piece above as one, when a reader without rules parted the stack the
    page cut where a name opens with its number (the first part holding the entries beside every
    name, the page's last part no more than some) and only the two with the rest line up."""
    if len(rows) < 2 or rows[-2].page != rows[-1].page or lines_up(rows[-2], roles):
        return None
    head, part = rows[-2], rows[-1]
    cell_roles = roles_of(head, roles)
    if "name" not in cell_roles or [c.colspan for c in head.cells] != [c.colspan for c in part.cells] \
            or any(c.text.strip() for r in (head, part) for c, role in zip(r.cells, cell_roles, strict=True)
                   if role == "number") or marker_of(name_text(head, None, roles)) is None \
            or not follows(name_text(head, None, roles), name_text(part, None, roles)):
        return None
    joined = stacked_here(head, [part])
    return joined if joined is not None and lines_up(_join(joined, rest, page, roles, whole_page=whole), roles) \
        else None


def _body_start(rows: list[Row], header: Header | None) -> tuple[int, Header | None]:
    """The first row under a piece's header rows, and the plan header in effect. The rest of a row the
    page cut is no second header row, though its last words may name a column ("… в период")."""
    i = 0
    while i < len(rows):
        found = read_header(rows[i])
        if found is None and i + 1 < len(rows) and (below := read_header(rows[i + 1])) is not None \
                and tops(rows[i], below):
            found, i = below, i + 1  # the upper row of a two-row header, its group cell naming nothing
        if found is not None:
            header = found
        elif not (is_column_numbering(rows[i]) or (i and header is not None and rows[i].continued is not True
                                                     and refine_with_subheader(header, rows[i]) is not None)):
            break
        i += 1
    return i, header


def _join(upper: Row, rest: Row, page: int, roles: list[str | None], whole_page: bool = False) -> Row | None:
    """The row with its rest from the next page, or None when the rest is no part of a stack. A rest
    that fills its page (`whole_page`) may hold no second measure yet: the page after goes on."""
    if upper.page is None or rest.page != page + 1 or [c.colspan for c in upper.cells] != \
            [c.colspan for c in rest.cells] or upper.width != len(roles):
        return None
    cell_roles = roles_of(upper, roles)
    if "name" not in cell_roles:
        return None
    k = cell_roles.index("name")
    name, more = upper.cells[k].text.strip(), rest.cells[k].text.strip()
    goes_on = not more or _goes_on(name, more) and not _own_measure(upper.cells[k], rest, name, cell_roles) \
        or names_only(rest, cell_roles) and follows(name, more) or _runs_over(upper, rest)
    overfull = not goes_on and follows(name, more) and _overfull(upper, roles)
    if marker_of(name.split("\n")[0]) is None or not (goes_on or overfull):
        return None
    if any(rest.cells[i].text.strip() for i, r in enumerate(cell_roles) if r == "number"):
        return None
    if marker_of(more.split("\n")[0]) is not None and not _runs_over(upper, rest) \
            and _complete(upper, rest, cell_roles, roles):
        return None
    if not any(c.text.strip() for c in rest.cells) or any(c.vmerged for c in rest.cells):
        return None
    units = [ln.strip() for ln in f"{name}\n{more}".split("\n")]
    if len(name_groups(units, None) or []) < 2 and not whole_page:
        return None
    grid = printed.row_grid(upper.cells)
    tops = [ln.top for c in rest.cells if printed.geometric(c) for ln in c.lines]
    row_last = max((grid.span(ln)[1] for c in upper.cells if printed.geometric(c) for ln in c.lines),
                   default=-1) if grid is not None else -1
    cells = [_joined(a, b, grid, min(tops) if tops else None, row_last)
             for a, b in zip(upper.cells, rest.cells, strict=True)]
    joined = Row(cells=cells, page=upper.page, table=upper.table, index=upper.index)
    if row_last > 0 and not lines_up(joined, roles):
        joined = _pushed_over(joined, upper, rest, grid, min(tops) if tops else None, row_last, roles)
    return joined if not overfull or lines_up(joined, roles) else None


def _pushed_over(joined: Row, upper: Row, rest: Row, grid: printed.Grid | None, top: float | None,
                 row_last: int, roles: list[str | None]) -> Row:
    """`joined` with the rests of the cells empty above the page's foot set one grid line higher, when
    only so the row lines up: a renderer keeping a paragraph's first lines together moves it whole to
    the next page where one line of it would stand at the foot, so the blank lines above it are one
    fewer than the lines the page held (the count across the row's cells tells which)."""
    if not any(not a.text.strip() and b.text.strip() for a, b in zip(upper.cells, rest.cells, strict=True)):
        return joined
    cells = [_joined(a, b, grid, top, row_last - 1 if not a.text.strip() else row_last)
             for a, b in zip(upper.cells, rest.cells, strict=True)]
    higher = Row(cells=cells, page=upper.page, table=upper.table, index=upper.index)
    return higher if lines_up(higher, roles) else joined


def _own_measure(cell: Cell, rest: Row, name: str, cell_roles: list[str | None]) -> bool:
    """The rest holds nothing but a name without a number that opens as a measure's name does, after
    the stack's last name, complete and ending a paragraph (no wrap space at its last printed line): a
    measure of its own that an office left unnumbered, in its own row under the stack, not the stack's
    last name going on."""
    more = rest.cells[cell_roles.index("name")].text.strip()
    if marker_of(more.split("\n")[0]) is not None or not names_only(rest, cell_roles):
        return False
    if printed.geometric(cell) and cell.lines[-1].end_space > 0:
        return False
    groups = name_groups([ln.strip() for ln in name.split("\n")], None)
    return opens_own_name(more, groups[-1][2] if groups else name)


def _overfull(upper: Row, roles: list[str | None]) -> bool:
    """`upper`, a stack, holds more entries beside its names than it has names: the next measures'
    names stand in the rest at the next page's top (their own numbers going on), the page having
    cut the row between two measures."""
    stack = split_stacked(upper, roles)
    return stack is not None and not stack.lined_up


def _complete(upper: Row, rest: Row, cell_roles: list[str | None], roles: list[str | None]) -> bool:
    """`upper` is a stack whose cells line up by themselves and `rest` opens with a number of its own,
    entries beside its name: the page fell between two stacked rows (the first ended above the foot)."""
    stack = split_stacked(upper, roles)
    return stack is not None and stack.lined_up and len(stack.rows) >= 2 and any(
        c.text.strip() for c, r in zip(rest.cells, cell_roles, strict=True) if r not in ("name", "number"))


def _runs_over(upper: Row, rest: Row) -> bool:
    """A cell's text runs over the page: its last line carries the space a renderer leaves at a wrap
    and its rest opens in lowercase (so two stacks on two pages are one row cut by the page)."""
    return any(printed.geometric(a) and a.lines[-1].end_space > 0 and b.text.strip()[:1].islower()
               for a, b in zip(upper.cells, rest.cells, strict=True))


def _rest(upper: Row, rows: list[Row], roles: list[str | None]) -> tuple[Row, int]:
    """The rest of `upper` at the next page's top, with the rows under it holding nothing but the
    names numbered on from `upper`'s (the reader parted them where a name opens with its number) or
    going on inside a name (`name_goes_on`), and how many rows that takes."""
    rest, taken = rows[0], 1
    cell_roles = roles_of(upper, roles)
    if "name" not in cell_roles or [c.colspan for c in upper.cells] != [c.colspan for c in rest.cells]:
        return rest, taken
    k = cell_roles.index("name")
    for row in rows[1:]:
        name = f"{upper.cells[k].text.strip()}\n{rest.cells[k].text.strip()}"
        if [c.colspan for c in row.cells] == [c.colspan for c in rest.cells] and names_only(row, cell_roles) \
                and not any(c.vmerged for c in row.cells) and follows(name, row.cells[k].text.strip()):
            cells = list(rest.cells)
            cells[k] = joined_here(rest.cells[k], row.cells[k])
        elif name_goes_on(rest, row, roles, numbered=False) or entries_go_on(rest, row, roles, rest=True):
            cells = [joined_here(a, b, mend=True) for a, b in zip(rest.cells, row.cells, strict=True)]
        elif _name_goes_over(row, rest, cell_roles):
            cells = list(rest.cells)
            cells[k] = joined_here(rest.cells[k], row.cells[k], mend=True)
        else:
            break
        rest, taken = replace(rest, cells=cells, cut=row.cut), taken + 1
    return rest, taken


def _name_goes_over(row: Row, rest: Row, cell_roles: list[str | None]) -> bool:
    """`row`, the last of its page and cut by it, holds nothing but a name with no number of its own,
    under the rest of a stack: a reader without rules parted the rest's name (where it wrapped at the
    column's edge before a capital, or where the name's next paragraph opens): its first line stands
    one line pitch under the rest's last name line, which carries the space a renderer writes where it
    wraps or leaves no room for it (a line with room and none ended its paragraph: an unnumbered
    measure's row may stand right under it); the stack goes on at the next page's top."""
    k = cell_roles.index("name")
    if not (row.cut and [c.colspan for c in row.cells] == [c.colspan for c in rest.cells]
            and names_only(row, cell_roles) and not any(c.vmerged for c in row.cells)
            and marker_of(row.cells[k].text.strip().split("\n")[0]) is None):
        return False
    a, b = rest.cells[k], row.cells[k]
    grid = printed.row_grid(rest.cells) if printed.geometric(a) and printed.geometric(b) else None
    if grid is None or not grid.space or a.right is None:
        return False
    end, (first, last) = a.lines[-1], grid.span(a.lines[-1])
    wrapped = end.end_space > 0 or a.right - end.x1 < grid.space  # no room for the wrap space: no sure end
    return wrapped and abs(b.lines[0].top - end.top - (last - first + 1) * grid.pitch) <= _ON_GRID * grid.pitch


def _goes_on(name: str, more: str) -> bool:
    """The rest's name goes on with the stack: no number of its own, or the page fell between two
    measures, the rest opening with the number after the row's last, where the row or the rest holds
    a single measure (a stacked row holds two or more: two stacks on two pages stay apart). A count
    closing a bracket the name above left open ("… (школа №" over "7)") is no number of its own."""
    opening = marker_of(more.split("\n")[0])
    if opening is None or (opening[0].suffix == ")" and name.count("(") > name.count(")")):
        return True
    groups = name_groups([ln.strip() for ln in name.split("\n")], None)
    last = marker_of(groups[-1][1] if groups else name.split("\n")[0])
    alone = name_groups([ln.strip() for ln in more.split("\n")], None)
    return last is not None and opening[0].follows(last[0]) and (alone is None or groups is None)


def _joined(a: Cell, b: Cell, grid: printed.Grid | None, top: float | None, row_last: int) -> Cell:
    """Two pieces of a cell as one; the lower piece's lines set one grid line below the upper's last
    (each cell on its own: a renderer keeping a paragraph's last lines together leaves some cells a
    line short at the page foot), or below the row's last line when the upper piece is empty. A word
    the page cut is glued back where the PDF reader saw the cut (`Cell.rest_of_word`, judged by the
    printed lines as inside a cell: "http://единыйурок|.рф", "Методкабине|т") or the pieces show it."""
    text = "\n".join(t for t in (a.text.strip("\n"), b.text.strip("\n")) if t)
    glued = bool(a.paragraphs and b.paragraphs and a.text.strip() and b.text.strip()) \
        and (b.rest_of_word or word_cut(a, b))
    if glued:
        text = a.text.strip("\n") + b.text.strip("\n")
    lines = None
    upper_ok = printed.geometric(a) or not a.text.strip()
    if grid is not None and top is not None and upper_ok and (printed.geometric(b) or not b.text.strip()):
        last = max((grid.span(ln)[1] for ln in a.lines or []), default=row_last)
        shift = grid.origin + (last + 1) * grid.pitch - top
        moved = [replace(ln, top=ln.top + shift, bottom=ln.bottom + shift) for ln in b.lines or []]
        lines = [*(a.lines or []), *moved]
        if glued:
            last, first = lines[len(a.lines) - 1], lines[len(a.lines)]
            lines[len(a.lines) - 1:len(a.lines) + 1] = [PrintedLine(last.text + first.text, last.top, first.bottom,
                                                                    last.x0, first.x1, first.end_space)]
    paragraphs = [*a.paragraphs[:-1], a.paragraphs[-1] + b.paragraphs[0], *b.paragraphs[1:]] if glued \
        else [*a.paragraphs, *b.paragraphs]
    return replace(a, text=text, paragraphs=paragraphs, lines=lines,
                   right=a.right if a.right is not None else b.right)
