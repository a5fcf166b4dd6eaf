"""Measures stacked inside one table row, split back into one row per measure.

School and small-office plans often give one row per month or section whose name cell holds numbered
paragraphs ("1. …", "2. …") and whose other cells hold one paragraph per measure, lined up by position
(a blank paragraph stands where a measure has nothing). Read as one row, all the dates would land in
one measure's deadline. A row is split when its name cell opens with a numbered paragraph, holds two
or more measures numbered in sequence, and at least one other cell holds as many entries, or its first
number goes on from the plan's last measure (no number of the row's own); a cell with one entry (the
month, one executor for all) belongs to every measure, but in a PDF row where no cell tells the
measures apart, an entry printed wholly above the second name's first line is the first measure's.
When a cell's entries do not line up with the measures, the row stays one measure and the structure
step warns.

The name cell's measures start at paragraphs (DOCX) or printed lines (PDF) whose number follows the
previous one ("1.", "2." or "1.1.", "1.2." or "1)", "2)"): a name of two paragraphs, or a name listing
sub-items under an unnumbered opening line, is not split. Entries of the other cells are DOCX
paragraphs (blank ones keep the positions) or, in a PDF, the paragraphs its reader tells apart.

Public plans looked at (the search corpus keeps their text, not their cells, so the stacked shape
itself could not be confirmed there): a school project plan with one numbered measure per row and
multi-line date and executor cells, the shape that must stay unsplit
(https://ural-patrius.ru/wp-content/uploads/flipbook/63/files/basic-html/page128.html); a calendar
plan with one event per row and the dates beside it
(https://feospecschool2.krymschool.ru/file/card?id=1415); a school's internal-control plan laid out by
months (https://nsportal.ru./site/46668/vshk), the kind of plan that stacks a month's checks in one row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from normalizers.language import clean
from normalizers.outcomes import Code
from parsers.model import Cell, Row
from parsers.settings import current as tolerances
from pipeline.structure import printed
from pipeline.structure.rows import is_number

_MARKER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)([.)])?(?:\s+|$|(?=\D))")
_JOINS = printed.JOINS
_SKIPPED = ("name", "number", None)  # roles that are not lined up against the measures


@dataclass(frozen=True)
class _Marker:
    prefix: tuple[str, ...]  # "1.2." -> ("1",), 2
    count: int
    suffix: str
    text: str  # as printed, "1.2."

    def follows(self, other: _Marker) -> bool:
        """The next number of the same list; "1.1" and "1.2." count as one style (a dot dropped)."""
        styles = {self.suffix, other.suffix}
        same_style = len(styles) == 1 or styles == {"", "."}
        return self.prefix == other.prefix and self.count == other.count + 1 and same_style


@dataclass
class Stack:
    """What a stacked row is read as: `rows`, one per measure, or the row kept whole (`lined_up` False)."""

    rows: list[Row]
    lined_up: bool
    guessed: frozenset[str] = frozenset()  # roles whose later measures were left blank on a guess

    def parts(self, nxt: Row | None) -> list[tuple[Row, Row | None]]:
        """Each row with the row after it, the last with the table's next row."""
        return [(r, self.rows[k + 1] if k + 1 < len(self.rows) else nxt) for k, r in enumerate(self.rows)]


def marker_of(line: str) -> tuple[_Marker, str] | None:
    """The number a paragraph opens with and the rest of it; a bare count needs "." or ")" after it."""
    match = _MARKER.match(line)
    if not match:
        return None
    parts = match.group(1).split(".")
    suffix = match.group(2) or ""
    if len(parts) == 1 and not suffix:
        return None
    return _Marker(tuple(parts[:-1]), int(parts[-1]), suffix, match.group(0).strip()), line[match.end():]


def cell_units(cell: Cell) -> list[str]:
    """The name cell's units: DOCX paragraphs with the blank ones; in a PDF its printed lines (a
    numbered line opens a measure wherever the reader's paragraphs break)."""
    if cell.slots is not None:
        return [s.strip() for s in cell.slots]
    return [ln.strip() for ln in cell.text.split("\n")]


def name_groups(units: list[str], before: str | None) -> list[tuple[int, str, str]] | None:
    """(first unit, number, name) of each measure in a name cell, or None when it is not a stack.

    A stack cut by a page goes on in the next page's row without a number: the rest of the measure
    `before` (its number ""), then the numbers going on from it."""
    filled = [i for i, u in enumerate(units) if u]
    if not filled:
        return None
    first = marker_of(units[filled[0]])
    head: list[str] = []
    if first is None:
        previous = marker_of(before or "")
        going_on = [i for i in filled if previous and (m := marker_of(units[i])) and m[0].follows(previous[0])]
        if not going_on:
            return None
        head = [units[i] for i in filled if i < going_on[0]]
        filled = [i for i in filled if i >= going_on[0]]
        first = marker_of(units[filled[0]])
    groups: list[tuple[int, _Marker, list[str]]] = [(filled[0], first[0], [first[1]])]
    for i in filled[1:]:
        found = marker_of(units[i])
        if found is not None and found[0].follows(groups[-1][1]):
            groups.append((i, found[0], [found[1]]))
        else:
            groups[-1][2].append(units[i])
    named = [(start, marker.text, "\n".join(lines).strip()) for start, marker, lines in groups]
    if head:
        return [(0, "", "\n".join(head)), *named]
    return named if len(named) >= 2 else None


_SHARED = None  # a cell with one entry: it belongs to every measure of the row


def _line_up(cell: Cell, starts: list[int], n_name_units: int, name_slots: bool, continued: bool,
             placed: tuple[printed.Grid, list[float]] | None = None, known: frozenset[str] = frozenset(),
             blank_often: bool = False, wrapped: tuple = ()) -> list[str] | None | bool:
    """One entry per measure; `_SHARED` for one entry that serves them all; False when the cell's
    entries do not line up with the measures. DOCX slots line up by position (blank ones included),
    paragraph for paragraph beside the name cell or one per measure; PDF lines by where they stand
    (`placed`: the row's line grid and the tops of the names after the first; `known`: the column's
    entries in the plan's single rows; `blank_often`: the plan often leaves the column blank; `wrapped`:
    the column's printed lines elsewhere that carry a wrap space); else the filled entries count."""
    if placed is not None and not continued and printed.geometric(cell):
        return printed.entries(cell, len(starts), *placed, known=known, blank_often=blank_often,
                               wrapped=wrapped)
    if cell.slots is None or not name_slots:
        return _printed_entries(cell, len(starts), continued)
    units = [s.strip() for s in cell.slots]
    n = len(starts)
    filled = [u for u in units if u]
    if len(units) == n_name_units:
        ends = [*starts[1:], n_name_units]
        return ["\n".join(u for u in units[a:b] if u) for a, b in zip(starts, ends, strict=True)]
    if len(units) == n:
        return units
    if len(filled) == 1:
        return _SHARED
    return filled if len(filled) == n else False


def _printed_entries(cell: Cell, n: int, continued: bool) -> list[str] | None | bool:
    """A PDF cell's entries (no paragraph marks, no blank paragraphs): the reader's paragraphs when
    there are as many as measures, else its lines cut where a line opens with a capital or a digit
    after a line that does not run on (a comma, a hyphen, a short lowercase word at its end). In a
    stack cut by a page, one entry fewer than measures leaves the previous page's measure none."""
    paragraphs = [p.strip() for p in cell.paragraphs if p.strip()]
    if len(paragraphs) == n:
        return paragraphs
    if continued and len(paragraphs) == n - 1:
        return ["", *paragraphs]
    lines = [ln.strip() for ln in cell.text.split("\n") if ln.strip()]
    groups = [[lines[0]]]
    for prev, line in zip(lines, lines[1:], strict=False):
        if _opens_entry(prev, line):
            groups.append([line])
        else:
            groups[-1].append(line)
    if len(groups) in (n, n - continued):
        return [""] * (n - len(groups)) + ["\n".join(g) for g in groups]
    return _SHARED if 1 in (len(paragraphs), len(groups)) else False


def _opens_entry(prev: str, line: str) -> bool:
    first = line.lstrip("«\"(")[:1]
    if not (first.isupper() or first.isdigit()) or prev.endswith(_JOINS):
        return False
    last = prev.split()[-1]
    return not (last.isalpha() and last.islower() and len(last) <= 3)


def roles_of(row: Row, roles: list[str | None]) -> list[str | None]:
    """The role of each physical cell, by the grid column it starts in (as the row projection reads it)."""
    out, pos = [], 0
    for cell in row.cells:
        out.append(roles[pos] if pos < len(roles) else "overflow")
        pos += cell.colspan
    return out


def split_stacked(row: Row, roles: list[str | None], before: list | None = None,
                  around: list[Row] | None = None, guessed: dict | None = None,
                  section: str | None = None, wrapped: tuple = ()) -> Stack | None:
    """The measures stacked in `row`, or None when the row is an ordinary one (no numbered stack in its
    name cell, or no other cell with an entry per measure). `before`: the plan's measures so far;
    `around`: the rows of the table it stands in (how often the plan leaves a column blank);
    `guessed`: by id, the measures of `before` whose blanks in some roles a stack guessed (counted,
    each guess would feed the next); `section`: the heading of the section the row stands in;
    `wrapped`: the document's printed lines that carry a renderer's wrap space (printed.wrapped_lines)."""
    cell_roles = roles_of(row, roles)
    if "name" not in cell_roles:
        return None
    name_cell = row.cells[cell_roles.index("name")]
    name_units = cell_units(name_cell)
    number_cells = [c.text.strip() for c, r in zip(row.cells, cell_roles, strict=True) if r == "number"]
    number = next((t for t in number_cells if t), "")
    if number and not is_number(number):
        return None  # text in the number column: a shifted row, read as it stands
    groups = name_groups(name_units, before[-1].number if before and not number else None)
    if groups is None:
        return None
    continued = groups[0][1] == ""
    starts = [g[0] for g in groups]
    placed = name_grid(row, name_cell, starts)
    columns: dict[int, list[str]] = {}
    evidence = mismatch = False
    left: set[str] = set()
    lone: list[tuple[int, str]] = []  # PDF cells of one entry read as every measure's
    for k, (cell, role) in enumerate(zip(row.cells, cell_roles, strict=True)):
        if role in _SKIPPED or cell.vmerged or not cell.text.strip():
            continue
        column = _column(role, before, around, roles, guessed or {})
        entries = _line_up(cell, starts, len(name_units), name_cell.slots is not None, continued, placed,
                           frozenset(printed.folded(t) for t in column if t), often_blank(column), wrapped)
        if entries is _SHARED and cell.slots is None and often_blank(column):
            columns[k] = [cell.text.strip(), *[""] * (len(groups) - 1)]  # the first measure's: no evidence
            left.add(role)
        elif entries is False:
            mismatch = True
        elif entries is not _SHARED:
            columns[k] = entries
            evidence = True
        elif cell.slots is None and _beside_first(cell, placed):
            lone.append((k, role))
    if mismatch:
        return Stack([row if number or continued else _kept_row(row, cell_roles, groups[0][1])], lined_up=False)
    if not evidence and (number or continued or not _numbered_on(before, groups[0][1], section)):
        return None
    if not evidence:
        for k, role in lone:  # the later names stand beside blank space: the entries are the first's
            columns[k] = [row.cells[k].text.strip(), *[""] * (len(groups) - 1)]
            left.add(role)
    rows = [_measure_row(row, cell_roles, columns, groups, clean(number), m) for m in range(len(groups))]
    return Stack(rows, lined_up=True, guessed=frozenset(left))


def _beside_first(cell: Cell, placed: tuple[printed.Grid, list[float]] | None) -> bool:
    """A PDF cell's one entry ends above the line the second measure's name opens on: printed beside
    the first measure alone (an entry that serves them all reaches down beside the others, or nothing
    tells)."""
    if placed is None or not placed[1] or not printed.geometric(cell):
        return False
    grid, levels = placed
    return grid.span(cell.lines[-1])[1] < grid.index(levels[0])


def _column(role: str | None, before: list | None, around: list[Row] | None, roles: list[str | None],
            guessed: dict) -> list[str]:
    """The column's entries in the plan's single measures, blank ones too: its numbered measures so far
    (`before`, but for the blanks a stack guessed and a stack kept whole) and the table's numbered
    rows (`around`) whose name holds no numbered stack."""
    if role is None:
        return []
    out = [(m.get(role) or "").strip() for m in before or [] if (m.number or "").strip()
           and role not in guessed.get(id(m), ((), ()))[1] and Code.STACKED_ROW_KEPT not in m.warnings]
    for other in around or []:
        cell_roles = roles_of(other, roles)
        if role not in cell_roles or "name" not in cell_roles:
            continue
        numbers = [c.text.strip() for c, r in zip(other.cells, cell_roles, strict=True) if r == "number"]
        name = other.cells[cell_roles.index("name")]
        if any(numbers) and all(is_number(t) for t in numbers if t) and name.text.strip() \
                and name_groups(cell_units(name), None) is None:
            out.append(other.cells[cell_roles.index(role)].text.strip())
    return out


def often_blank(column: list[str]) -> bool:
    """The plan leaves the column blank in a share of its single measures (`stack_blank_share` of them,
    `column` as `_column` reads it): a PDF cell beside a stack with one entry at its top is then the
    first measure's, the others left blank as the plan leaves them elsewhere (a blank paragraph prints
    nothing, so a text shared by all stands there the same way); in a column filled in nearly every
    row it serves them all."""
    share = tolerances().stack_blank_share
    return len(column) >= 4 and sum(not t for t in column) >= share * len(column)


def _numbered_on(before: list | None, first: str, section: str | None = None) -> bool:
    """The stack's first number follows the plan's last measure's ("3." then "4.") or opens a list of
    its own in a plan whose measures are numbered ("6.1." under a section's heading): the row holds
    measures of the plan's list, though no cell beside it tells them apart (each holds one entry,
    shared by all), not a numbered list inside one measure's name. The plan's first row opening with
    "1." starts the plan's list: no measure stands before it to own the list as part of its name
    ("6.1." there would be the list of a measure 6 not seen), unless the section's heading above it
    carries that number ("1. Мероприятия …" over "1.1.", "1.2."): the list is the section's."""
    last = (before[-1].number or "").strip() if before else ""
    previous = marker_of(last if last.endswith((".", ")")) else f"{last}.")
    opening = marker_of(first)
    if opening is not None and before is not None and not before:
        heading = marker_of(section or "")
        owner = (*heading[0].prefix, str(heading[0].count)) if heading is not None else None
        return opening[0].count == 1 and opening[0].prefix in ((), owner)
    return previous is not None and opening is not None and (opening[0].count == 1 or opening[0].follows(previous[0]))


def name_grid(row: Row, name_cell: Cell, starts: list[int]) -> tuple[printed.Grid, list[float]] | None:
    """A PDF row's line grid and the tops of its measures' names after the first, when it has them."""
    if not printed.geometric(name_cell):
        return None
    grid = printed.row_grid(row.cells)
    return (grid, [name_cell.lines[i].top for i in starts[1:]]) if grid is not None else None


def _measure_row(row: Row, cell_roles: list[str | None], columns: dict[int, list[str]],
                 groups: list[tuple[int, str, str]], number: str, m: int) -> Row:
    """The m-th measure of a stack as a row of its own: its number, its name, its entry of each cell."""
    cells = []
    for k, (cell, role) in enumerate(zip(row.cells, cell_roles, strict=True)):
        if role == "name":
            text = groups[m][2]
        elif role == "number":
            text = _number(number, groups[m][1])
        else:
            text = columns[k][m] if k in columns else cell.text
        cells.append(Cell(text=text, paragraphs=[p for p in text.split("\n") if p], bold=cell.bold,
                          colspan=cell.colspan, vmerged=cell.vmerged and k not in columns))
    return Row(cells=cells, page=row.page, table=row.table, index=row.index)


def _kept_row(row: Row, cell_roles: list[str | None], first: str) -> Row:
    """A stack kept whole in a row without a number: a measure of its own under its first number, its
    name the whole cell after it (a row with its own number is kept as it stands)."""
    cells = []
    for cell, role in zip(row.cells, cell_roles, strict=True):
        if role == "name":
            text = _MARKER.sub("", cell.text.strip(), count=1)
            cell = Cell(text=text, paragraphs=[p for p in text.split("\n") if p], bold=cell.bold, colspan=cell.colspan)
        elif role == "number":
            cell = Cell(text=first, paragraphs=[first], bold=cell.bold, colspan=cell.colspan)
        cells.append(cell)
    return Row(cells=cells, page=row.page, table=row.table, index=row.index)


def _number(row_number: str, marker: str) -> str:
    """A stacked measure's number: its own ("2."), under the row's number when the row has one
    ("3" and "2." -> "3.2."), unless its own already starts with it ("1" and "1.2.")."""
    if not row_number:
        return marker
    head = row_number.rstrip(".") + "."
    if marker.startswith(head):
        return marker
    return f"{head}{marker.rstrip('.)')}."
