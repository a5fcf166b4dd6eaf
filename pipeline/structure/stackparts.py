"""A tall stacked row that a reader without rules between the rows parted on one page, joined back.

Such a reader parts a stacked row where a name opens with its number: the rows under it hold nothing
but the next numbered names, every other entry stands in the first. Those rows are joined back, on
one page or in the rest at the next page's top (pipeline/structure/stackcut.py); so are rows it parts
where an entry opens under white, holding entries only (no name, no number), and rows it parts where
a name goes on past a wrapped line."""

from __future__ import annotations

from dataclasses import replace

from parsers.model import Cell, Row
from pipeline.structure import printed, wording
from pipeline.structure.stacked import cell_units, marker_of, name_grid, name_groups, roles_of, split_stacked
from pipeline.structure.stackpieces import follows, joined_here, name_text, names_only, word_cut

_MAX_PARTS = 4  # rows a stacked row may be parted into at the numbers of its names
_SAME_EDGE = 2.0  # pt: lines of one column start this close to each other
_QUOTES = "«\"("  # a line opening so goes on with a name above it that filled its line


def absorb_names(rows: list[Row], roles: list[str | None], above: Row | None = None,
                 headed: bool = False, overleaf: str = "") -> list[Row]:
    """The rows, each row that opens a numbered stack joined with the rows under it that hold nothing
    but the next numbered names: a reader without rules between the rows parts a tall stacked row
    where a name opens with its number, leaving the other cells' entries, all of them, in the first.
    `above`: the last row of the piece before, which tells whether the first row may be a rest;
    `headed`: text stands between the two pieces (the first row is no rest then); `overleaf`: the name
    atop the next piece (numbered_on)."""
    out: list[Row] = []
    for row in rows:
        upper = out[-1] if out else None
        if upper is not None and upper.page == row.page and _stacked_above(upper, row, roles):
            k = roles_of(upper, roles).index("name")
            cells = list(upper.cells)
            cells[k] = joined_here(upper.cells[k], row.cells[k])
            out[-1] = replace(upper, cells=cells, cut=row.cut)
        elif upper is not None and upper.page == row.page and (name_goes_on(upper, row, roles)
                                                                or entries_go_on(upper, row, roles)):
            cells = [joined_here(a, b, mend=True) for a, b in zip(upper.cells, row.cells, strict=True)]
            out[-1] = replace(upper, cells=cells, cut=row.cut)
        else:
            out.append(row)
    j = 0
    while j < len(out):
        found = numbered_on(lambda extra, r=out[j]: stacked_here(r, extra) if all(x.page == r.page for x in extra)
                             else None, name_text(out[j], None, roles), out[j], out[j + 1:], roles,
                             to_foot=j > 0 or _opens_here(above, out[j], roles, headed), overleaf=overleaf)
        if found is not None:
            out[j:j + 1 + found[1]] = [found[0]]
        j += 1
    return out


def entries_go_on(upper: Row, row: Row, roles: list[str | None], rest: bool = False) -> bool:
    """`row` holds entries only, its name and number cells empty, under `upper`, a numbered stack with
    more names than one: a reader without rules between the rows parted the stack where an entry
    opens under white (the first measures' entries end above it). `rest`: `upper` is the rest of a
    stack at a page's top, its names (if any) going on from the page before; no row of its own
    opens without a name, so the entries under it are the rest's too."""
    k = _name_column_of_parted_rows(upper, row, roles)
    if k is None:
        return False
    units = [ln.strip() for ln in upper.cells[k].text.split("\n")]
    return not row.cells[k].text.strip() and any(c.text.strip() for c in row.cells) \
        and (rest or len(name_groups(units, None) or []) >= 2) \
        and all(_aligned(a, b) for a, b in zip(upper.cells, row.cells, strict=True))


def _name_column_of_parted_rows(upper: Row, row: Row, roles: list[str | None]) -> int | None:
    """The name cell's index when `upper` and `row` may be one stack a reader parted: the same cells, none
    merged down, a name column, and neither row's number cell filled; else None."""
    if [c.colspan for c in upper.cells] != [c.colspan for c in row.cells] or upper.width != len(roles) \
            or any(c.vmerged for c in row.cells):
        return None
    cell_roles = roles_of(upper, roles)
    if "name" not in cell_roles or any(c.text.strip() for r in (upper, row)
                                       for c, role in zip(r.cells, cell_roles, strict=True) if role == "number"):
        return None
    return cell_roles.index("name")


def _aligned(a: Cell, b: Cell) -> bool:
    """`b`'s lines start where `a`'s do, as a column's entries do (not a line set right beside the
    table, "Приложение 2", that a reader without rules took into its last column)."""
    if not (printed.geometric(a) and printed.geometric(b)):
        return True
    return abs(min(ln.x0 for ln in a.lines) - min(ln.x0 for ln in b.lines)) <= _SAME_EDGE


def _opens_here(above: Row | None, row: Row, roles: list[str | None], headed: bool) -> bool:
    """`row`, the first of its table piece, opens a stack and is no rest of one the piece above it
    cut: it opens with a number, and the piece stands under text printed between two pieces (`headed`:
    a section's heading, which no stack goes on across), or the row above it (the previous piece's
    last, a header printed again) holds no numbered name that number goes on from, or is a stack
    whose cells line up by themselves (the page fell between two stacks)."""
    name = name_text(row, None, roles).split("\n")[0]
    if marker_of(name) is None or (above is None and not headed):
        return False
    return headed or not follows(name_text(above, None, roles), name) or lines_up(above, roles)


def lines_up(row: Row | None, roles: list[str | None]) -> bool:
    stack = split_stacked(row, roles) if row is not None else None
    return stack is not None and stack.lined_up


def stacked_here(row: Row, more: list[Row]) -> Row | None:
    """`row` with the rows under it on its page, each cell's lines where they stand; None when a row
    under it is cut into other cells (a section's heading row at the page's top is no part of it)."""
    for lower in more:
        if [c.colspan for c in lower.cells] != [c.colspan for c in row.cells]:
            return None
        cells = [joined_here(a, b, mend=True) for a, b in zip(row.cells, lower.cells, strict=True)]
        row = replace(row, cells=cells, cut=lower.cut)
    return row


def numbered_on(join, name: str, like: Row, rows: list[Row], roles: list[str | None],
                 to_foot: bool = False, overleaf: str = "", rest: bool = False) -> tuple[Row, int] | None:
    """A stacked row (`join([])`, its names `name`, its cells laid out as `like`'s) that does not line
    up, joined by `join` with the rows under it whose names open with the numbers going on (a reader
    without rules parts a tall stacked row where a name opens with its number, each part with the
    entries beside it), when that makes every cell line up; or, `to_foot`, when the parts of a row
    holding one name and entries beside it for more measures reach the page's foot (the last cut by it, or
    `overleaf`, the name atop the next page, opening with the number after the parts': the rest there is
    joined after), or when a row of one name holds entries for more measures for certain and the parts
    bring as many names (one measure's entry typed as two paragraphs: the joined row is kept whole), or
    a cell beside it lines up with no count of names (all the parts: kept whole), or (`rest`: the row
    is a stack joined with its rest at this page's top) when the stack's entries outnumber its names
    and the parts reach the page's foot (a stack running over three pages); or, anywhere, when the
    parts line up some cells that held entries for more names than the first part's and leave no other
    unmatched (the cells that line up with no count keep the joined row whole).
    Not so a stack of its own that does not line up (one kept whole), nor a row atop its page (the
    rest of the stack the page before cut, its entries going on beside it): the joined row and how
    many rows it took."""
    cell_roles = roles_of(like, roles)
    if not rows or "name" not in cell_roles or like.width != len(roles):
        return None
    k, taken = cell_roles.index("name"), []
    if [c.colspan for c in rows[0].cells] != [c.colspan for c in like.cells] \
            or not follows(name, rows[0].cells[k].text.strip()) or lines_up(alone := join([]), roles):
        return None
    stack = split_stacked(alone, roles) if to_foot and alone is not None else None
    single = to_foot and alone is not None and stack is None and _overfull(alone, cell_roles)
    # entries for two names more or further: later names stand lower (an entry typed as two adds one)
    short = rest and stack is not None and not stack.lined_up and _names_wanted(alone, roles) >= 2
    need, kept = _fewest(alone, cell_roles) if single else 0, None
    torn = single and _torn_beside(alone, cell_roles)
    over, matched = _unmatched(alone, roles) if alone is not None else None, None
    for row in rows[:_MAX_PARTS]:
        if [c.colspan for c in row.cells] != [c.colspan for c in like.cells] or any(c.vmerged for c in row.cells) \
                or row.page != rows[0].page or not follows(name, row.cells[k].text.strip()) \
                or any(c.text.strip() for c, r in zip(row.cells, cell_roles, strict=True) if r == "number"):
            return kept or (matched[1] if matched else None)
        if single and taken and _overfull(row, cell_roles):
            return join(taken), len(taken)  # a part with entries for more measures than its name: a stack
        taken.append(row)
        name = f"{name}\n{row.cells[k].text.strip()}"
        found = join(taken)
        if lines_up(found, roles) or ((single or short) and row is rows[-1] and found is not None
                                      and (row.cut or follows(name, overleaf))):
            return found, len(taken)  # a stack the page cuts lines up once its rest is joined
        if found is not None and (len(name_groups([ln.strip() for ln in name.split("\n")], None) or []) == need
                                  or (single and torn)):
            kept = found, len(taken)  # no count of names lines the cell up (an entry typed as two): all parts
        if over and found is not None and (now := _unmatched(found, roles)) is not None and now < over \
                and (matched is None or len(now) <= len(matched[0])):
            matched = now, (found, len(taken))  # entries the first part held for names below it now lined up
    return kept or (matched[1] if matched else None)


def _unmatched(row: Row, roles: list[str | None]) -> set[int] | None:
    """The cells beside a row's numbered names whose entries cannot line up with them (more sure entries
    than names, or an entry typed as two paragraphs), by index; None where the row's lines tell nothing."""
    cell_roles = roles_of(row, roles)
    name = row.cells[cell_roles.index("name")]
    groups = name_groups(cell_units(name), None) or [(0, "", "")]
    placed = name_grid(row, name, [g[0] for g in groups])
    if placed is None:
        return None
    return {k for k, (c, r) in enumerate(zip(row.cells, cell_roles, strict=True)) if r not in ("name", "number")
            and printed.geometric(c) and c.text.strip() and printed.entries(c, len(groups), *placed) is False}


def _names_wanted(row: Row, roles: list[str | None]) -> int:
    """How many names more than its own a stack's entries are for, for certain (its cell holding the
    most sure entries)."""
    cell_roles = roles_of(row, roles)
    groups = name_groups(cell_units(row.cells[cell_roles.index("name")]), None) or []
    return _fewest(row, cell_roles) - len(groups)


def _overfull(row: Row, cell_roles: list[str | None]) -> bool:
    """A row of one name with a cell beside it holding entries for more measures than one, for certain
    (a wider step or a word that would have fitted between them): the later measures' names stand
    lower, in the rows the reader parted it into."""
    grid = printed.row_grid(row.cells)
    return grid is not None and any(printed.geometric(c) and printed.entries(c, 1, grid, []) is False
                                    for c, r in zip(row.cells, cell_roles, strict=True) if r not in ("name", "number"))


def _fewest(row: Row, cell_roles: list[str | None]) -> int:
    """The fewest measures the entries beside a row's one name are for, for certain (the most sure
    entries a cell holds)."""
    grid = printed.row_grid(row.cells)
    cells = [c for c, r in zip(row.cells, cell_roles, strict=True)
             if r not in ("name", "number") and printed.geometric(c)]
    if grid is None:
        return 0
    return max((next((n for n in range(1, len(c.lines) + 1) if printed.entries(c, n, grid, []) is not False), 0)
                for c in cells), default=0)


def _torn_beside(row: Row, cell_roles: list[str | None]) -> bool:
    """A cell beside a row's one name lines up with no count of measures (an entry typed as two
    paragraphs): the parts below bring the names its entries stand for, however many."""
    grid = printed.row_grid(row.cells)
    return grid is not None and any(
        printed.geometric(c) and all(printed.entries(c, n, grid, []) is False for n in range(1, len(c.lines) + 1))
        for c, r in zip(row.cells, cell_roles, strict=True) if r not in ("name", "number"))


def name_goes_on(upper: Row, row: Row, roles: list[str | None], numbered: bool = True) -> bool:
    """`row` is the lower part of `upper`, a numbered stack, that a reader without rules between the
    rows parted where an entry opens under white (a blank paragraph beside a measure above it): the
    first line of its name, no number opening it, stands on the grid line under `upper`'s last name
    line, which the renderer wrapped (the space it leaves at a wrap, a word cut at the column's edge,
    or a preposition or conjunction ending the line: "сведений в" over "АИС «Сетевой город»"); a name
    cell's paragraph does not go on into another row. Neither has a number cell filled.
    `numbered`: `upper`'s name opens with a number (not so the rest of a stack at a page's top)."""
    k = _name_column_of_parted_rows(upper, row, roles)
    if k is None:
        return False
    a, b = upper.cells[k], row.cells[k]
    if not (printed.geometric(a) and printed.geometric(b)) or (numbered and marker_of(a.lines[0].text) is None) \
            or marker_of(b.lines[0].text) is not None:
        return False
    grid = printed.row_grid(upper.cells)
    if grid is None or grid.index(b.lines[0].top) != grid.span(a.lines[-1])[1] + 1:
        return False
    last = a.lines[-1].text.split()
    return a.lines[-1].end_space > 0 or word_cut(a, b) or _filled(a, b.lines[0].text, grid.space) \
        or (len(last) > 1 and wording.hangs(last[-1]))


def _filled(a: Cell, line: str, space: float) -> bool:
    """`a`'s last line leaves no room for the next line's first word, nor for the space a renderer
    writes at a wrap (where it writes them; none stands after a word's hyphen), and the next line opens
    in lowercase or with a quote or bracket (a name's quoted title goes on: "Мониторинг" over
    "«Цифровая школа»"): a wrap."""
    last, words = a.lines[-1], line.split()
    if a.right is None or not words or not (words[0][:1].islower() or words[0][:1] in _QUOTES):
        return False
    room = a.right - last.x1
    glyph = (last.x1 - last.x0) / max(len(last.text), 1)
    hyphen = last.text.endswith("-") and last.text[-2:-1].isalpha()  # "Учебно-" over "методический": no space there
    return room < glyph * (len(words[0]) + 1) and (not space or room < space or hyphen)


def _stacked_above(upper: Row, row: Row, roles: list[str | None]) -> bool:
    """`row` holds only a name opening with the number after the last of `upper`'s name, which opens
    a numbered measure, and `upper` has entries beside it; neither has a number cell filled."""
    if [c.colspan for c in upper.cells] != [c.colspan for c in row.cells] or upper.width != len(roles):
        return False
    cell_roles = roles_of(upper, roles)
    if "name" not in cell_roles or not names_only(row, cell_roles) or any(c.vmerged for c in row.cells):
        return False
    k = cell_roles.index("name")
    name = upper.cells[k].text.strip()
    if marker_of(name.split("\n")[0]) is None or any(upper.cells[i].text.strip() for i, r in enumerate(cell_roles)
                                                   if r == "number"):
        return False
    beside = any(c.text.strip() for c, r in zip(upper.cells, cell_roles, strict=True) if r not in ("name", "number"))
    return beside and follows(name, row.cells[k].text.strip())
