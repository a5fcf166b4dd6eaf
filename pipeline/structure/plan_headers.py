"""Header rows: a header opens a plan (its title from the text above or a one-cell row), or is the
plan's own header printed again on a later page or piece and is skipped with its subheader rows."""

from __future__ import annotations

from normalizers.language import clean
from normalizers.outcomes import Code
from parsers.model import Row
from pipeline.structure import titles
from pipeline.structure.headers import (
    Header,
    agrees,
    header_bag,
    header_words,
    is_column_numbering,
    part_of,
    read_header,
    refine_with_subheader,
    refines,
    same_words,
)
from pipeline.structure.model import ColumnNote, Plan
from pipeline.structure.plan_state import BuildState, close_plan
from pipeline.structure.rows import is_number, project, top_level
from pipeline.structure.unknown_columns import guess_missing_role


def header_row(st: BuildState, header: Header, rows: list[Row], i: int, top: int) -> tuple[int, bool]:
    """Start a plan at this header (or skip a header repeated on a later page); `top` is the header's
    upper row (i itself, or the row above when that is a group cell's row naming nothing).

    Returns the next row index and whether the header was a repetition."""
    title, title_index = titles.choose_title(st.region)
    piece_start = top == 0
    end = _header_end(st, rows, i) if st.header else i + 1
    bag = header_bag(rows[top:end])
    own_words = header_words(rows[i]) == st.header_words or same_words(bag, st.header_bag)
    if _repeated(st, header, bag, own_words, title, piece_start) \
            and not _list_starts_again(st, header, rows, i, own_words):
        st.region = []
        _read_better(st, header, rows[i + 1:end])
        return max(end, _skip_subheader(st, rows, i + 1, refine=False)), True  # its rows, all it was known by
    if st.title_row and st.plan is not None and st.plan.sections and st.plan.sections[-1] == st.section \
            and st.last_kind == "section":
        st.plan.sections.pop()  # the one-cell row titles the next plan, it is no section of this one
    close_plan(st)
    if st.title_row:
        title = titles.unmarked(st.title_row, row=True)  # "Приложение 2" read into the row above the title
    elif title is None:
        title = f"План {len(st.plans) + 1}"
        st.warnings.append(Code.PLAN_TITLE_MISSING)
    st.plan = Plan(seq=len(st.plans) + 1, title=title, number=titles.plan_number(title),
                   passport=dict(st.passport), context=[h for h in st.headings if h not in title])
    st.passport = {}
    st.headings = []
    st.header = header
    st.header_signatures, st.header_words = {header.signature()}, header_words(rows[i])
    st.plan_closed = False
    if title_index < len(st.region) and st.title_row is None:
        st.region = st.region[title_index:]
    j = _skip_subheader(st, rows, i + 1, refine=True)
    st.header_bag = header_bag(rows[top:max(j, _header_end(st, rows, i))])
    for _ in range(len(st.header.roles)):  # each core role a garbled or other header left out, one at a time
        st.header, guessed = guess_missing_role(st.header, rows[j:])
        if guessed is None:
            break
        st.notes.append(ColumnNote(guessed.code, title, guessed.header, guessed.role))
        st.warnings.append(guessed.code)
    st.section = None
    st.last_kind = "header"
    st.last_roles = None
    st.title_row = None
    st.region = []
    return j, False


def _read_better(st: BuildState, header: Header, lower: list[Row]) -> None:
    """The plan's header printed again, its rows naming every column the plan's first reading named and
    more, as wide or wider, becomes the plan's header: a reader without rules may join the cells of a
    header's lower row under its group cell where a page holds few rows under the header ("Исполнение
    Срок Исполнители" one column), reading the plan's columns one fewer than every page after it."""
    full = header
    for row in lower:
        full = refine_with_subheader(full, row) or full
    named, before = {r for r in full.roles if r}, {r for r in st.header.roles if r}
    if full.width >= st.header.width and named > before and full.signature() not in st.header_signatures:
        st.header = full
        st.header_signatures.add(full.signature())
        st.last_roles = None


def _header_end(st: BuildState, rows: list[Row], i: int) -> int:
    """Index past the header rows from row i: those the plan's header skips as its own, or that read as
    a header of their own (a header printed again whose lower row names columns too)."""
    j = max(i + 1, _skip_subheader(st, rows, i + 1, refine=False))
    while j < len(rows) and read_header(rows[j]) is not None:
        j += 1
    return j


def _repeated(st: BuildState, header: Header, bag: frozenset[str], own_words: bool, title: str | None,
              piece_start: bool) -> bool:
    """The plan's own header printed again (a page or piece start): same columns or words, no title above.
    `own_words`: the plan's header words, counted row by row, or over all the header's rows (`bag`)
    whichever row the reader put them in (a scan of a header ruled around only may read a lower cell's
    word into the group cell above: "Организация исполнения Ожидаемый" | "Ответственный результат"), one
    word misread at most; at a piece's start a part of the header's words alone is the header too, read
    in pieces ("мероприятия | Срок исполнения | Ответственный" a table of its own under its upper row):
    a header of a next plan names columns of its own.

    A one-cell row just above it titles a next plan only inside one piece; at a piece start it was the
    last section row of the page before."""
    if st.header is None or st.plan_closed or title is not None:
        return False
    if not own_words and not any(agrees(header.roles, roles) for roles in st.header_signatures) \
            and not (piece_start and part_of(bag, st.header_bag)):
        return False
    if piece_start and _text_between(st):
        return False  # text printed between two grids on one page: the next plan, its title unread
    return st.title_row is None or piece_start


def _list_starts_again(st: BuildState, header: Header, rows: list[Row], i: int, own_words: bool) -> bool:
    """The first measure under the header is numbered 1 while the plan's section has numbered items: a
    header printed again on a page the plan runs on to is followed by the next item, so this one opens
    the next plan whose title a scan's reading lost or ran into the text under it. With no text at all
    between the two tables, the page a table runs on to (only its margins between) shows the plan's own
    header again (`own_words`: its words, not only its columns): a list that starts again there is the
    plan's, numbered anew without a section row."""
    last = st.plan.measures[-1] if st.plan is not None and st.plan.measures else None
    if last is None or last.section != st.section or not last.number or "number" not in header.roles:
        return False
    if own_words and not st.region and _next_page(st):
        return False
    j = i + 1
    while j < len(rows) and (read_header(rows[j]) is not None or is_column_numbering(rows[j])):
        j += 1
    if j == len(rows):
        return False
    number = project(rows[j], header.roles).number
    return is_number(number) and top_level(number) and clean(number).rstrip(".").strip() == "1"


def _next_page(st: BuildState) -> bool:
    """This table opens the page after the one the last table ended on."""
    ended, starts = st.pages
    return ended is not None and starts is not None and starts == ended + 1


def _text_between(st: BuildState) -> bool:
    """Paragraphs stand between the last table and this one, both on one page. A header repeated on
    the page a plan's table runs on to has nothing above it but the page's margins; one printed again
    below text on the same page opens a new table (a scan's reading may have lost its title)."""
    ended, starts = st.pages
    return ended is not None and ended == starts and any(p.page == starts for p in st.region)


def _skip_subheader(st: BuildState, rows: list[Row], j: int, refine: bool) -> int:
    """A second header row or a row of column numbers under the header belongs to it; under a header
    printed again, so does any row that reads as one of the plan's header rows, but the rest of a row
    the page cut ("период каникулярного отдыха …" reads as a deadline's header cell) and a section row
    whose words name a column ("Показатели. …" across three columns): it would read the plan's columns
    otherwise than its header does."""
    while j < len(rows):
        if not refine and rows[j].continued is True:
            break
        refined = refine_with_subheader(st.header, rows[j])
        below = read_header(rows[j])
        if refined is not None and not refine and not any(agrees(refined.roles, roles)
                                                          for roles in st.header_signatures):
            break
        if refined is not None and (below is None or refines(st.header, below) or refines(st.header, refined)):
            if refine:
                st.header = refined
                st.header_signatures.add(refined.signature())
        elif not (is_column_numbering(rows[j])
                  or (not refine and below is not None
                       and any(agrees(below.roles, roles) for roles in st.header_signatures))):
            break
        j += 1
    return j


def header_piece(st: BuildState, row: Row) -> bool:
    """A piece's first row of the plan's header words only across two cells at least, no item number: a
    part of the header printed again that the reader cut off from the rest ("№ п/п | Содержание |
    Организация"). The rest of a cut row stands in its cells, and no header names every word of it."""
    first = row.cells[0].text if row.cells else ""
    filled = sum(1 for c in row.cells if c.text.strip())
    return filled >= 2 and not is_number(first) and part_of(header_bag([row]), st.header_bag)


def outside_plan(st: BuildState, row: Row) -> None:
    """Rows before any header: a one-cell row may title the next plan; the rest is not a plan."""
    filled = [c for c in row.cells if c.text.strip()]
    if len(filled) == 1:
        st.title_row = clean(filled[0].paragraphs[0] if filled[0].paragraphs else filled[0].text)
