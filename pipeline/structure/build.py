"""Document -> order metadata and plans of measures, in one pass over the document's blocks. A plan
begins at a header row that names its columns; its table may come in many physical pieces (page
breaks, tables split by the office); the pieces are stitched back while their width fits the header.
Rows are sections, measures, page-cut continuations of the previous measure, or noise; every doubtful
call leaves a warning."""

from __future__ import annotations

from dataclasses import dataclass, field

from normalizers.language import clean
from normalizers.outcomes import Code
from parsers.model import Document, Paragraph, Row, Table
from parsers.settings import current as tolerances
from pipeline.structure import passport, titles
from pipeline.structure.align import align_piece
from pipeline.structure.continuation import append_cells, append_others, continues, fills_next, only, prepend
from pipeline.structure.headers import (
    Header,
    agrees,
    header_words,
    is_column_numbering,
    read_header,
    refine_with_subheader,
    refines,
    tops,
)
from pipeline.structure.meta import read_meta
from pipeline.structure.model import ColumnNote, Plan, RawMeasure, StructuredDocument
from pipeline.structure.pagecut import merge_over_page, stitch_cut_headers
from pipeline.structure.pagemerge import PageTopGaps
from pipeline.structure.rows import (
    RowCells,
    is_child_number,
    is_number,
    project,
    starts_lowercase,
    strip_leading_number,
    top_level,
)
from pipeline.structure.stackcut import join_cut_stacks
from pipeline.structure.stacked import Stack, split_stacked
from pipeline.structure.unknown_columns import guess_missing_role, unknown_column_notes


@dataclass
class _State:
    plans: list[Plan] = field(default_factory=list)
    plan: Plan | None = None
    header: Header | None = None
    header_signatures: set = field(default_factory=set)  # the plan's header as its first and refined rows read
    header_words: tuple[str, ...] = ()  # the plan's header row word for word, however cut into cells
    region: list[Paragraph] = field(default_factory=list)  # paragraphs since the last table
    preamble: list[Paragraph] = field(default_factory=list)
    passport: dict[str, str] = field(default_factory=dict)
    section: str | None = None
    last_kind: str = "header"  # header, section, measure, skip
    title_row: str | None = None  # a one-cell row that may title the next plan
    warnings: list[str] = field(default_factory=list)
    notes: list[ColumnNote] = field(default_factory=list)  # columns without a role, or given one on a guess
    labels: list[str] | None = None  # the header of each column of the piece, where the piece is as wide
    plan_closed: bool = False
    last_table_passport: bool = False
    piece_realigned: bool = False
    carry: RowCells | None = None  # a nameless row that belongs to the next measure
    headings: list[str] = field(default_factory=list)  # headings naming a plan since the last plan began
    last_roles: list[str | None] | None = None  # how the previous piece was read, when realigned
    dropping: bool = False  # the last row was dropped: its page-cut rest goes with it
    merged: tuple[int | None, frozenset[str]] = (None, frozenset())  # page and roles under a merge, last row
    page_gaps: PageTopGaps = field(default_factory=PageTopGaps)  # a merge a page break hid
    pages: tuple[int | None, int | None] = (None, None)  # the page the last table ended on, this one's first


def build_structure(doc: Document) -> StructuredDocument:
    st = _State()
    for block in join_cut_stacks(stitch_cut_headers(doc.blocks)):
        if isinstance(block, Paragraph):
            if clean(block.text):
                st.region.append(block)
                if len(block.text) <= tolerances().max_title_paragraph and titles.is_title_start(block.text):
                    st.headings.append(clean(block.text))
                if not st.plans and st.plan is None:
                    st.preamble.append(block)
        else:
            _table(st, block)
    _close_plan(st)
    return StructuredDocument(read_meta(st.preamble), st.plans, [p.text for p in doc.paragraphs], st.warnings,
                              st.notes)


def _table(st: _State, table: Table) -> None:
    in_plan = st.header is not None and not st.plan_closed
    if passport.is_passport(table, in_plan) or (st.last_table_passport and passport.continues(table)):
        _close_plan(st)
        st.passport = passport.read(table, st.passport)
        st.region = []
        st.last_table_passport = True
        return
    st.last_table_passport = False
    st.piece_realigned = False
    st.pages = (st.pages[0], table.page_start)
    column_roles = None
    rows = table.rows
    i = 0
    first_row = True
    while i < len(rows):
        row = rows[i]
        header = read_header(row)
        at = i
        if header is None and i + 1 < len(rows) and (below := read_header(rows[i + 1])) is not None \
                and tops(row, below):
            header, i = below, i + 1  # the upper row of a two-row header, its group cell naming nothing
        if header is not None:
            i, repeated = _header(st, header, rows, i, piece_start=at == 0)
            column_roles = None
            first_row = repeated  # the rows under a header printed again still open the page's piece
            continue
        if st.header is None or st.plan_closed:
            _outside_plan(st, row)
        elif (at == 0 or st.last_kind == "header") and is_column_numbering(row):
            i += 1  # the columns' numbers atop a page or under a header the page before ended with: no measure
            continue
        else:
            if first_row and st.region:
                _paragraph_sections(st)
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            if column_roles is None:
                column_roles = _column_roles(st, table)
            stack = split_stacked(row, column_roles, st.plan.measures, rows) or Stack([row], lined_up=True)
            before = len(st.plan.measures)
            for k, (part, after) in enumerate(stack.parts(nxt)):
                _row(st, project(part, column_roles, st.labels), first_row and k == 0,
                     project(after, column_roles, st.labels) if after is not None else None)
            if not stack.lined_up and len(st.plan.measures) > before:
                st.plan.measures[-1].warnings.append(Code.STACKED_ROW_KEPT)
        first_row = False
        i += 1
    st.region = []
    st.pages = (table.page_end, None)


def _column_roles(st: _State, table: Table) -> list[str | None] | None:
    """Roles of the piece's columns: by position, or as the previous piece of the plan was read when it
    had to be realigned and this piece has its width; another reading only when the cells clearly fit it."""
    if st.header is None or st.plan_closed:
        return None
    st.labels = st.header.labels
    if any(read_header(r) for r in table.rows):
        st.last_roles = None
        return list(st.header.roles)
    width = max((r.width for r in table.rows), default=0)
    baseline = st.last_roles if st.last_roles is not None and len(st.last_roles) == width else None
    alignment = align_piece(table, st.header, baseline)
    roles = alignment.roles if alignment is not None else (baseline or list(st.header.roles))
    st.labels = st.header.labels if width == st.header.width else None
    st.piece_realigned = roles != st.header.roles
    st.last_roles = roles if st.piece_realigned else None
    return roles


def _header(st: _State, header: Header, rows: list[Row], i: int, piece_start: bool) -> tuple[int, bool]:
    """Start a plan at this header (or skip a header repeated on a later page).

    Returns the next row index and whether the header was a repetition."""
    title, title_index = titles.choose_title(st.region)
    if _repeated(st, header, header_words(rows[i]), title, piece_start):
        st.region = []
        return _skip_subheader(st, rows, i + 1, refine=False), True
    if st.title_row and st.plan is not None and st.plan.sections and st.plan.sections[-1] == st.section \
            and st.last_kind == "section":
        st.plan.sections.pop()  # the one-cell row titles the next plan, it is no section of this one
    _close_plan(st)
    if st.title_row:
        title = st.title_row
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
    st.header, guessed = guess_missing_role(st.header, rows[j:])
    if guessed is not None:
        st.notes.append(ColumnNote(guessed.code, title, guessed.header, guessed.role))
        st.warnings.append(guessed.code)
    st.section = None
    st.last_kind = "header"
    st.last_roles = None
    st.title_row = None
    st.region = []
    return j, False


def _repeated(st: _State, header: Header, words: tuple[str, ...], title: str | None, piece_start: bool) -> bool:
    """The plan's own header printed again (a page or piece start): same columns or words, no title above.

    A one-cell row just above it titles a next plan only inside one piece; at a piece start it was the
    last section row of the page before."""
    if st.header is None or st.plan_closed or title is not None:
        return False
    if not any(agrees(header.roles, roles) for roles in st.header_signatures) and words != st.header_words:
        return False
    if piece_start and _text_between(st):
        return False  # text printed between two grids on one page: the next plan, its title unread
    return st.title_row is None or piece_start


def _text_between(st: _State) -> bool:
    """Paragraphs stand between the last table and this one, both on one page. A header repeated on
    the page a plan's table runs on to has nothing above it but the page's margins; one printed again
    below text on the same page opens a new table (a scan's reading may have lost its title)."""
    ended, starts = st.pages
    return ended is not None and ended == starts and any(p.page == starts for p in st.region)


def _skip_subheader(st: _State, rows: list[Row], j: int, refine: bool) -> int:
    """A second header row or a row of column numbers under the header belongs to it; under a header
    printed again, so does any row that reads as one of the plan's header rows, but the rest of a row
    the page cut ("период каникулярного отдыха …" reads as a deadline's header cell)."""
    while j < len(rows):
        if not refine and rows[j].continued is True:
            break
        refined = refine_with_subheader(st.header, rows[j])
        below = read_header(rows[j])
        if refined is not None and (below is None or refines(st.header, below)):
            if refine:
                st.header = refined
                st.header_signatures.add(refined.signature())
        elif not (is_column_numbering(rows[j])
                  or (not refine and below is not None
                       and any(agrees(below.roles, roles) for roles in st.header_signatures))):
            break
        j += 1
    return j


def _close_plan(st: _State) -> None:
    st.page_gaps.close()
    if st.plan is not None:
        if st.plan.measures:
            st.plans.append(st.plan)
            st.notes += (notes := unknown_column_notes(st.plan))
            st.warnings += [n.code for n in notes[:1]]
        else:
            st.warnings.append(Code.PLAN_WITHOUT_MEASURES)
    st.plan = None
    st.plan_closed = True


def _outside_plan(st: _State, row: Row) -> None:
    """Rows before any header: a one-cell row may title the next plan; the rest is not a plan."""
    filled = [c for c in row.cells if c.text.strip()]
    if len(filled) == 1:
        st.title_row = clean(filled[0].paragraphs[0] if filled[0].paragraphs else filled[0].text)


def _paragraph_sections(st: _State) -> None:
    """Paragraphs between two pieces of one plan's table are section headings ("Направление «…»")."""
    for p in st.region:
        text = clean(p.text)
        if len(text) <= tolerances().max_section_paragraph:
            _section(st, text)
    st.region = []


def _section(st: _State, text: str) -> None:
    if st.last_kind == "section" and st.section and (
            starts_lowercase(strip_leading_number(text)) or not is_number(text.split(" ")[0])):
        st.section = clean(f"{st.section} {strip_leading_number(text)}")
        if st.plan.sections:
            st.plan.sections[-1] = st.section
    else:
        st.section = text
        st.plan.sections.append(text)
    st.last_kind = "section"


def _row(st: _State, cells: RowCells, piece_start: bool, nxt: RowCells | None) -> None:
    plan = st.plan
    carried = st.carry is not None
    if carried:
        prepend(st.carry, cells)
        st.carry = None
    number, name = cells.number, cells.name
    if cells.n_filled == 0 or not cells.filled_roles():
        if cells.others and plan.measures:
            append_others(plan.measures[-1], cells.others)  # the rest of an unnamed column's cell
        return  # nothing, or text only in columns the header names nothing
    if _section_row(st, cells, piece_start):
        return
    previous = plan.measures[-1] if plan.measures else None
    has_number = bool(number.strip()) and is_number(number)
    sure = True  # how certain a row kept apart from the previous measure is
    if not has_number and number.strip() and "number" in cells.inherited:
        cells.texts["number"] = number = ""  # a merge carried a header's "№ п/п" down: no text of this row
    elif not has_number and number.strip():
        # Text in the number column: a shifted or merged row; keep it in the name.
        name = clean(f"{number} {name}")
        cells.texts["name"] = name
        cells.texts["number"] = ""
    if has_number and not name.strip():
        others = [r for r in cells.filled_roles() if r != "number"]
        if others:
            st.warnings.append(Code.ROW_WITHOUT_NAME_DROPPED)
        st.dropping = True
        return
    if st.dropping and not has_number and not name.strip():
        return  # the rest of a dropped row, cut by a page
    st.dropping = False
    if has_number and only(cells, "number", "name") and top_level(number) and st.last_kind in ("header", "section") \
            and nxt is not None and is_child_number(nxt.number, number):
        _section(st, clean(f"{number} {name}"))
        return
    if not has_number:
        done, sure = _unnumbered(st, cells, previous, piece_start, nxt)
        if done:
            return
    measure = RawMeasure(number=clean(number) or None, name=name,
                         cells={r: t for r, t in cells.texts.items() if r not in ("number", "name")},
                         section=st.section, page_start=cells.page, page_end=cells.page,
                         ocr_confidence=cells.confidence, start=cells.start, end=cells.end,
                         others=dict(cells.others))
    measure.warnings.extend(_how_the_row_was_read(st, has_number, sure, carried))
    st.merged = merge_over_page(st.merged, cells, measure, previous, piece_start, nxt)
    st.page_gaps.note(cells, measure, previous, piece_start, nxt)
    if cells.inherited or any(measure.get(r) for r in cells.merged_empty):
        measure.warnings.append(Code.CELL_INHERITED)
    if cells.repaired and has_number:
        measure.warnings.append(Code.OCR_NUMBER_REPAIRED)
    plan.measures.append(measure)
    st.last_kind = "measure"
    st.title_row = None


def _how_the_row_was_read(st: _State, has_number: bool, sure: bool, carried: bool) -> list[str]:
    """The warnings a measure gets from how its row was found: no number of its own, kept apart from the
    measure above on weak evidence, columns realigned, the rest of a row carried forward into it."""
    warnings = [] if has_number else [Code.NUMBER_MISSING] + ([] if sure else [Code.ROW_KEPT_APART_UNCERTAIN])
    if st.piece_realigned:
        warnings.append(Code.COLUMNS_REALIGNED)
    if carried:
        warnings.append(Code.ROW_MERGED_FORWARD)
    return warnings


def _section_row(st: _State, cells: RowCells, piece_start: bool) -> bool:
    """A row of one cell without a number titles a section (or the next plan); True when read as one."""
    raw = next(t for t in cells.texts.values() if t.strip())
    if _section_goes_on(st, cells, piece_start):
        _section(st, clean(raw))
        return True
    if not cells.single_cell or is_number(clean(cells.number) if cells.number else "x"):
        return False
    if not (piece_start and st.last_kind == "section" and st.title_row):  # else: the same cell, cut by a page
        st.title_row = cells.first_paragraph
    _section(st, clean(raw))
    return True


def _section_goes_on(st: _State, cells: RowCells, piece_start: bool) -> bool:
    """A page's first row, text in one cell only, under a section row that ended the page before: the
    rest of that section's title, which a table ruled by rows alone reads in its first column."""
    filled = cells.filled_roles()
    if not (piece_start and st.last_kind == "section" and len(filled) == 1):
        return False
    text = clean(cells.texts[filled[0]])
    return not is_number(text.split(" ")[0]) and (cells.continued is True or starts_lowercase(text))


def _unnumbered(st: _State, cells: RowCells, previous: RawMeasure | None, piece_start: bool,
                nxt: RowCells | None) -> tuple[bool, bool]:
    """A row without a number: dropped, kept for the next measure, or joined to the previous one.

    Returns (done, sure): done when nothing more is to be made of the row; sure how certain keeping
    it apart as a measure of its own would be.
    """
    name = cells.name
    if previous is None and not name.strip():
        st.warnings.append(Code.ORPHAN_ROW_DROPPED)
        return True, True
    if not name.strip() and nxt is not None and piece_start and cells.continued is not True \
            and fills_next(cells, nxt, previous):
        st.carry = cells
        return True, True
    goes_on, sure = continues(cells, previous, piece_start) if previous is not None else (False, True)
    if not goes_on:
        return False, sure
    append_cells(previous, cells)
    if not sure and Code.ROW_MERGED_UNCERTAIN not in previous.warnings:
        previous.warnings.append(Code.ROW_MERGED_UNCERTAIN)
    if st.piece_realigned and Code.COLUMNS_REALIGNED not in previous.warnings:
        previous.warnings.append(Code.COLUMNS_REALIGNED)
    st.last_kind = "measure"
    return True, sure
