"""A row of stacked measures cut by a page break, joined with its rest before it is split.

A row taller than what is left of its page goes on at the top of the next page, in the first body
row of the next table piece (under the header printed again, if any). Split apart, each piece lines
its cells up on its own and the measures of the stack come out shifted. The rest is joined back to
the row when the row opens a numbered stack (its name cell opens with "1." or "1.1."), the next
page's row has no number of its own and its name goes on without a new number, and the joined name
cell holds two numbered measures or more (or the rest fills its page, and the next page goes on); the
rest's printed lines are set below the row's, on its line grid, so the cells still line up
(pipeline/structure/printed.py).

A reader without rules between the rows also parts a tall stacked row where a name opens with its
number: the rows under it hold nothing but the next numbered names, every other entry stands in the
first. Those rows are joined back too, on one page or in the rest at the next page's top; so are
rows it parts where an entry opens under white, holding entries only (no name, no number)."""

from __future__ import annotations

import re
from dataclasses import replace

from normalizers.language import is_known_word
from parsers.model import Block, Cell, PrintedLine, Row, Table
from parsers.pdf.linejoin import CLOSING_SIGNS, FORCED_BREAK_GLYPHS, HYPHENS, LINK_VOWELS, glue
from pipeline.structure import printed, wording
from pipeline.structure.edges import tightened
from pipeline.structure.headers import Header, is_column_numbering, read_header, refine_with_subheader, tops
from pipeline.structure.stacked import _marker, _name_groups, _roles_of, split_stacked

_WORD_START = re.compile(r"[^\W\d_]+")
_MAX_PARTS = 4  # rows a stacked row may be parted into at the numbers of its names
_SAME_EDGE = 2.0  # pt: lines of one column start this close to each other


def join_cut_stacks(blocks: list[Block]) -> list[Block]:
    """The document's blocks, each stacked row cut by a page joined with its rest (tables copied)."""
    out: list[Block] = []
    header: Header | None = None
    last: tuple[Table, int] | None = None  # the table whose last row may go on, and the page it reaches
    for block in blocks:
        if not isinstance(block, Table):
            if block.text.strip():
                last = None
            out.append(block)
            continue
        table = tightened(Table(list(block.rows), block.page_start, block.page_end))
        start, header = _body_start(table.rows, header)
        if header is not None:
            table.rows[start:] = _absorb_names(table.rows[start:], header.roles,
                                               last[0].rows[-1] if last is not None and last[0].rows else None)
        if last is not None and start < len(table.rows) and header is not None:
            upper, page = last
            rest, taken = _rest(upper.rows[-1], table.rows[start:], header.roles)
            joined = _join(upper.rows[-1], rest, page, header.roles, whole_page=start + taken == len(table.rows))
            joined, more = _numbered_on(lambda extra, low=upper.rows[-1], r=rest, p=page, h=header:
                                        _join(low, here, p, h.roles) if (here := _stacked_here(r, extra)) else None,
                                        _names(upper.rows[-1], rest, header.roles), upper.rows[-1],
                                        table.rows[start + taken:], header.roles) or (joined, 0)
            taken += more
            if joined is not None:
                upper.rows[-1] = joined
                del table.rows[start:start + taken]
                if start == len(table.rows):  # the rest filled the page: it may go on once more
                    last = (upper, page + 1)
                    out.append(table)
                    continue
        last = (table, table.rows[-1].page) if table.rows and table.rows[-1].page is not None else None
        out.append(table)
    return out


def _body_start(rows: list[Row], header: Header | None) -> tuple[int, Header | None]:
    """The first row under a piece's header rows, and the plan header in effect."""
    i = 0
    while i < len(rows):
        found = read_header(rows[i])
        if found is None and i + 1 < len(rows) and (below := read_header(rows[i + 1])) is not None \
                and tops(rows[i], below):
            found, i = below, i + 1  # the upper row of a two-row header, its group cell naming nothing
        if found is not None:
            header = found
        elif not (is_column_numbering(rows[i]) or (i and header is not None
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
    cell_roles = _roles_of(upper, roles)
    if "name" not in cell_roles:
        return None
    k = cell_roles.index("name")
    name, more = upper.cells[k].text.strip(), rest.cells[k].text.strip()
    if _marker(name.split("\n")[0]) is None or (more and not (_goes_on(name, more) or _names_only(rest, cell_roles)
                                                              and _follows(name, more) or _runs_over(upper, rest))):
        return None
    if any(rest.cells[i].text.strip() for i, r in enumerate(cell_roles) if r == "number"):
        return None
    if not any(c.text.strip() for c in rest.cells) or any(c.vmerged for c in rest.cells):
        return None
    units = [ln.strip() for ln in f"{name}\n{more}".split("\n")]
    if len(_name_groups(units, None) or []) < 2 and not whole_page:
        return None
    grid = printed.row_grid(upper.cells)
    tops = [ln.top for c in rest.cells if printed.geometric(c) for ln in c.lines]
    row_last = max((grid.span(ln)[1] for c in upper.cells if printed.geometric(c) for ln in c.lines),
                   default=-1) if grid is not None else -1
    cells = [_joined(a, b, grid, min(tops) if tops else None, row_last)
             for a, b in zip(upper.cells, rest.cells, strict=True)]
    return Row(cells=cells, page=upper.page, table=upper.table, index=upper.index)


def _runs_over(upper: Row, rest: Row) -> bool:
    """A cell's text runs over the page: its last line carries the space a renderer leaves at a wrap
    and its rest opens in lowercase (so two stacks on two pages are one row cut by the page)."""
    return any(printed.geometric(a) and a.lines[-1].end_space > 0 and b.text.strip()[:1].islower()
               for a, b in zip(upper.cells, rest.cells, strict=True))


def _rest(upper: Row, rows: list[Row], roles: list[str | None]) -> tuple[Row, int]:
    """The rest of `upper` at the next page's top, with the rows under it holding nothing but the
    names numbered on from `upper`'s (the reader parted them where a name opens with its number) or
    going on inside a name (`_name_goes_on`), and how many rows that takes."""
    rest, taken = rows[0], 1
    cell_roles = _roles_of(upper, roles)
    if "name" not in cell_roles or [c.colspan for c in upper.cells] != [c.colspan for c in rest.cells]:
        return rest, taken
    k = cell_roles.index("name")
    for row in rows[1:]:
        name = f"{upper.cells[k].text.strip()}\n{rest.cells[k].text.strip()}"
        if [c.colspan for c in row.cells] == [c.colspan for c in rest.cells] and _names_only(row, cell_roles) \
                and not any(c.vmerged for c in row.cells) and _follows(name, row.cells[k].text.strip()):
            cells = list(rest.cells)
            cells[k] = _joined_here(rest.cells[k], row.cells[k])
        elif _name_goes_on(rest, row, roles, numbered=False):
            cells = [_joined_here(a, b, mend=True) for a, b in zip(rest.cells, row.cells, strict=True)]
        else:
            break
        rest, taken = replace(rest, cells=cells, cut=row.cut), taken + 1
    return rest, taken


def _absorb_names(rows: list[Row], roles: list[str | None], above: Row | None = None) -> list[Row]:
    """The rows, each row that opens a numbered stack joined with the rows under it that hold nothing
    but the next numbered names: a reader without rules between the rows parts a tall stacked row
    where a name opens with its number, leaving the other cells' entries, all of them, in the first.
    `above`: the last row of the piece before, which tells whether the first row may be a rest."""
    out: list[Row] = []
    for row in rows:
        upper = out[-1] if out else None
        if upper is not None and upper.page == row.page and _stacked_above(upper, row, roles):
            k = _roles_of(upper, roles).index("name")
            cells = list(upper.cells)
            cells[k] = _joined_here(upper.cells[k], row.cells[k])
            out[-1] = replace(upper, cells=cells, cut=row.cut)
        elif upper is not None and upper.page == row.page and (_name_goes_on(upper, row, roles)
                                                                or _entries_go_on(upper, row, roles)):
            cells = [_joined_here(a, b, mend=True) for a, b in zip(upper.cells, row.cells, strict=True)]
            out[-1] = replace(upper, cells=cells, cut=row.cut)
        else:
            out.append(row)
    j = 0
    while j < len(out):
        found = _numbered_on(lambda extra, r=out[j]: _stacked_here(r, extra) if all(x.page == r.page for x in extra)
                             else None, _names(out[j], None, roles), out[j], out[j + 1:], roles,
                             to_foot=j > 0 or _opens_here(above, out[j], roles))
        if found is not None:
            out[j:j + 1 + found[1]] = [found[0]]
        j += 1
    return out


def _entries_go_on(upper: Row, row: Row, roles: list[str | None]) -> bool:
    """`row` holds entries only, its name and number cells empty, under `upper`, a numbered stack with
    more names than one: a reader without rules between the rows parted the stack where an entry
    opens under white (the first measures' entries end above it)."""
    if [c.colspan for c in upper.cells] != [c.colspan for c in row.cells] or upper.width != len(roles) \
            or any(c.vmerged for c in row.cells):
        return False
    cell_roles = _roles_of(upper, roles)
    if "name" not in cell_roles or any(c.text.strip() for r in (upper, row)
                                       for c, role in zip(r.cells, cell_roles, strict=True) if role == "number"):
        return False
    k = cell_roles.index("name")
    units = [ln.strip() for ln in upper.cells[k].text.split("\n")]
    return not row.cells[k].text.strip() and any(c.text.strip() for c in row.cells) \
        and len(_name_groups(units, None) or []) >= 2 and all(_aligned(a, b) for a, b in zip(upper.cells, row.cells,
                                                                                             strict=True))


def _aligned(a: Cell, b: Cell) -> bool:
    """`b`'s lines start where `a`'s do, as a column's entries do (not a line set right beside the
    table, "Приложение 2", that a reader without rules took into its last column)."""
    if not (printed.geometric(a) and printed.geometric(b)):
        return True
    return abs(min(ln.x0 for ln in a.lines) - min(ln.x0 for ln in b.lines)) <= _SAME_EDGE


def _opens_here(above: Row | None, row: Row, roles: list[str | None]) -> bool:
    """`row`, the first of its table piece, opens a stack and is no rest of one the piece above it
    cut: it opens with a number, and the row above it (the previous piece's last, a header printed
    again) holds no numbered name that number goes on from, or is a stack whose cells line up by
    themselves (the page fell between two stacks)."""
    if above is None:
        return False
    name = _names(row, None, roles).split("\n")[0]
    return _marker(name) is not None and (not _follows(_names(above, None, roles), name) or _lines_up(above, roles))


def _names(row: Row, rest: Row | None, roles: list[str | None]) -> str:
    """The text of `row`'s name cell, with its rest's."""
    cell_roles = _roles_of(row, roles)
    if "name" not in cell_roles:
        return ""
    k = cell_roles.index("name")
    return "\n".join(r.cells[k].text.strip() for r in (row, rest) if r is not None and len(r.cells) > k)


def _lines_up(row: Row | None, roles: list[str | None]) -> bool:
    stack = split_stacked(row, roles) if row is not None else None
    return stack is not None and stack.lined_up


def _stacked_here(row: Row, more: list[Row]) -> Row | None:
    """`row` with the rows under it on its page, each cell's lines where they stand; None when a row
    under it is cut into other cells (a section's heading row at the page's top is no part of it)."""
    for lower in more:
        if [c.colspan for c in lower.cells] != [c.colspan for c in row.cells]:
            return None
        cells = [_joined_here(a, b, mend=True) for a, b in zip(row.cells, lower.cells, strict=True)]
        row = replace(row, cells=cells, cut=lower.cut)
    return row


def _numbered_on(join, name: str, like: Row, rows: list[Row], roles: list[str | None],
                 to_foot: bool = False) -> tuple[Row, int] | None:
    """A stacked row (`join([])`, its names `name`, its cells laid out as `like`'s) that does not line
    up, joined by `join` with the rows under it whose names open with the numbers going on (a reader
    without rules parts a tall stacked row where a name opens with its number, each part with the
    entries beside it), when that makes every cell line up; or, `to_foot`, when the parts of a row
    holding one name and entries beside it for more measures reach the page's foot (the rest at the next page's top is
    joined after). Not so a stack of its own that does not line up (one kept whole), nor a row atop
    its page (the rest of the stack the page before cut, its entries going on beside it): the joined
    row and how many rows it took."""
    cell_roles = _roles_of(like, roles)
    if not rows or "name" not in cell_roles or like.width != len(roles):
        return None
    k, taken = cell_roles.index("name"), []
    if [c.colspan for c in rows[0].cells] != [c.colspan for c in like.cells] \
            or not _follows(name, rows[0].cells[k].text.strip()) or _lines_up(alone := join([]), roles):
        return None
    single = to_foot and alone is not None and split_stacked(alone, roles) is None and _overfull(alone, cell_roles)
    for row in rows[:_MAX_PARTS]:
        if [c.colspan for c in row.cells] != [c.colspan for c in like.cells] or any(c.vmerged for c in row.cells) \
                or row.page != rows[0].page or not _follows(name, row.cells[k].text.strip()) \
                or any(c.text.strip() for c, r in zip(row.cells, cell_roles, strict=True) if r == "number"):
            return None
        taken.append(row)
        name = f"{name}\n{row.cells[k].text.strip()}"
        found = join(taken)
        if _lines_up(found, roles) or (single and row is rows[-1] and row.cut and found is not None):
            return found, len(taken)  # a stack the page cuts lines up once its rest is joined
    return None


def _overfull(row: Row, cell_roles: list[str | None]) -> bool:
    """A row of one name with a cell beside it holding entries for more measures than one, for certain
    (a wider step or a word that would have fitted between them): the later measures' names stand
    lower, in the rows the reader parted it into."""
    grid = printed.row_grid(row.cells)
    return grid is not None and any(printed.geometric(c) and printed.entries(c, 1, grid, []) is False
                                    for c, r in zip(row.cells, cell_roles, strict=True) if r not in ("name", "number"))


def _name_goes_on(upper: Row, row: Row, roles: list[str | None], numbered: bool = True) -> bool:
    """`row` is the lower part of `upper`, a numbered stack, that a reader without rules between the
    rows parted where an entry opens under white (a blank paragraph beside a measure above it): the
    first line of its name, no number opening it, stands on the grid line under `upper`'s last name
    line, which the renderer wrapped (the space it leaves at a wrap, a word cut at the column's edge,
    or a preposition or conjunction ending the line: "сведений в" over "АИС «Сетевой город»"); a name
    cell's paragraph does not go on into another row. Neither has a number cell filled.
    `numbered`: `upper`'s name opens with a number (not so the rest of a stack at a page's top)."""
    if [c.colspan for c in upper.cells] != [c.colspan for c in row.cells] or upper.width != len(roles) \
            or any(c.vmerged for c in row.cells):
        return False
    cell_roles = _roles_of(upper, roles)
    if "name" not in cell_roles or any(c.text.strip() for r in (upper, row)
                                       for c, role in zip(r.cells, cell_roles, strict=True) if role == "number"):
        return False
    k = cell_roles.index("name")
    a, b = upper.cells[k], row.cells[k]
    if not (printed.geometric(a) and printed.geometric(b)) or (numbered and _marker(a.lines[0].text) is None) \
            or _marker(b.lines[0].text) is not None:
        return False
    grid = printed.row_grid(upper.cells)
    if grid is None or grid.index(b.lines[0].top) != grid.span(a.lines[-1])[1] + 1:
        return False
    last = a.lines[-1].text.split()
    return a.lines[-1].end_space > 0 or _word_cut(a, b) or _filled(a, b.lines[0].text, grid.space) \
        or (len(last) > 1 and wording.hangs(last[-1]))


def _filled(a: Cell, line: str, space: float) -> bool:
    """`a`'s last line leaves no room for the next line's first word, nor for the space a renderer
    writes at a wrap (where it writes them), and the next line opens in lowercase: a wrap, not an end."""
    last, words = a.lines[-1], line.split()
    if a.right is None or not words or not words[0][:1].islower():
        return False
    room = a.right - last.x1
    glyph = (last.x1 - last.x0) / max(len(last.text), 1)
    return room < glyph * (len(words[0]) + 1) and (not space or room < space)


def _stacked_above(upper: Row, row: Row, roles: list[str | None]) -> bool:
    """`row` holds only a name opening with the number after the last of `upper`'s name, which opens
    a numbered measure, and `upper` has entries beside it; neither has a number cell filled."""
    if [c.colspan for c in upper.cells] != [c.colspan for c in row.cells] or upper.width != len(roles):
        return False
    cell_roles = _roles_of(upper, roles)
    if "name" not in cell_roles or not _names_only(row, cell_roles) or any(c.vmerged for c in row.cells):
        return False
    k = cell_roles.index("name")
    name = upper.cells[k].text.strip()
    if _marker(name.split("\n")[0]) is None or any(upper.cells[i].text.strip() for i, r in enumerate(cell_roles)
                                                   if r == "number"):
        return False
    beside = any(c.text.strip() for c, r in zip(upper.cells, cell_roles, strict=True) if r not in ("name", "number"))
    return beside and _follows(name, row.cells[k].text.strip())


def _names_only(row: Row, cell_roles: list[str | None]) -> bool:
    """Only the row's name cell holds text."""
    return all(not c.text.strip() for c, r in zip(row.cells, cell_roles, strict=True) if r != "name") \
        and any(c.text.strip() for c in row.cells)


def _follows(name: str, more: str) -> bool:
    """`more` opens with the number after the last number `name` holds."""
    opening = _marker(more.split("\n")[0])
    groups = _name_groups([ln.strip() for ln in name.split("\n")], None)
    last = _marker(groups[-1][1] if groups else name.split("\n")[0])
    return opening is not None and last is not None and opening[0].follows(last[0])


def _joined_here(a: Cell, b: Cell, mend: bool = False) -> Cell:
    """Two cells of one page as one, each line where it stands (an empty piece has none); `mend`: a
    word cut at the upper piece's last line is glued back with its tail."""
    text = "\n".join(t for t in (a.text.strip("\n"), b.text.strip("\n")) if t)
    placed = all(printed.geometric(c) or not c.text.strip() for c in (a, b))
    lines = [*(a.lines or []), *(b.lines or [])] if placed and text else None
    paragraphs = [*a.paragraphs, *b.paragraphs]
    if mend and _word_cut(a, b):
        text = a.text.strip("\n") + b.text.strip("\n")
        paragraphs = [*a.paragraphs[:-1], a.paragraphs[-1] + b.paragraphs[0], *b.paragraphs[1:]]
        if lines is not None:
            last, first = a.lines[-1], b.lines[0]
            lines[len(a.lines) - 1:len(a.lines) + 1] = [PrintedLine(last.text + first.text, last.top, first.bottom,
                                                                    last.x0, first.x1, first.end_space)]
    return replace(a, text=text, paragraphs=paragraphs, lines=lines, right=a.right if a.right is not None else b.right)


def _goes_on(name: str, more: str) -> bool:
    """The rest's name goes on with the stack: no number of its own, or the page fell between two
    measures, the rest opening with the number after the row's last, where the row or the rest holds
    a single measure (a stacked row holds two or more: two stacks on two pages stay apart)."""
    opening = _marker(more.split("\n")[0])
    if opening is None:
        return True
    groups = _name_groups([ln.strip() for ln in name.split("\n")], None)
    last = _marker(groups[-1][1] if groups else name.split("\n")[0])
    alone = _name_groups([ln.strip() for ln in more.split("\n")], None)
    return last is not None and opening[0].follows(last[0]) and (alone is None or groups is None)


def _word_cut(a: Cell, b: Cell) -> bool:
    """The page fell inside a word too wide for the column ("образовани|я", "руководите|лей"): the
    upper piece's last line is one token filled to the cell's edge, the rest opens in lowercase (a
    word that fits is moved to the next line whole), and the pieces glue as the reader glues a word
    cut at a line end, or their join is a word even where each piece is one too ("различным|и"); or
    a compound too wide for the column broken before its hyphen ("Организационно|-технологическое") or
    after its linking vowel ("психолог|о-педагогической"), or a closing quote pushed over after the word
    it closes ("образования|»")."""
    if not (printed.geometric(a) and printed.geometric(b)) or a.right is None or not a.paragraphs \
            or not b.paragraphs:
        return False
    last, first = a.lines[-1], b.lines[0].text
    glyph = (last.x1 - last.x0) / max(len(last.text), 1)
    if " " in last.text or not last.text[-1:].isalpha() or a.right - last.x1 >= FORCED_BREAK_GLYPHS * glyph:
        return False
    if first[:1] in HYPHENS and first[1:2].islower() and not last.end_space:
        return True
    if first[:1] in CLOSING_SIGNS:
        return True  # a closing quote or bracket pushed over with the word it closes ("образования|»")
    if first[:1] in LINK_VOWELS and first[1:2] in HYPHENS and first[2:3].isalpha() and last.text[-1:].islower():
        return True  # a compound's linking vowel pushed over with its hyphen ("психолог|о-педагогической")
    if not first[:1].islower():
        return False
    tail = _WORD_START.match(first)
    return glue(last.text, first, is_known_word) or (tail is not None and is_known_word(last.text + tail.group(0)))


def _joined(a: Cell, b: Cell, grid: printed.Grid | None, top: float | None, row_last: int) -> Cell:
    """Two pieces of a cell as one; the lower piece's lines set one grid line below the upper's last
    (each cell on its own: a renderer keeping a paragraph's last lines together leaves some cells a
    line short at the page foot), or below the row's last line when the upper piece is empty."""
    text = "\n".join(t for t in (a.text.strip("\n"), b.text.strip("\n")) if t)
    glued = _word_cut(a, b)
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
