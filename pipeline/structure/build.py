"""Document -> order metadata and plans of measures, in one pass over the document's blocks. A plan
begins at a header row that names its columns; its table may come in many physical pieces (page
breaks, tables split by the office); the pieces are stitched back while their width fits the header.
Rows are sections, measures, page-cut continuations of the previous measure, or noise; every doubtful
call leaves a warning."""

from __future__ import annotations

from normalizers.language import clean
from normalizers.outcomes import Code
from parsers.model import Document, Paragraph, Table
from parsers.settings import current as tolerances
from pipeline.structure import passport, printed, titles
from pipeline.structure.align import align_piece
from pipeline.structure.gluednumbers import unglue
from pipeline.structure.headers import is_column_numbering, read_header, tops
from pipeline.structure.measure_rows import measure_row
from pipeline.structure.meta import read_meta
from pipeline.structure.model import StructuredDocument
from pipeline.structure.pagecut import stitch_cut_headers
from pipeline.structure.plan_headers import header_piece, header_row, outside_plan
from pipeline.structure.plan_state import BuildState, close_plan
from pipeline.structure.rows import project
from pipeline.structure.section_rows import paragraph_sections
from pipeline.structure.stackcut import join_cut_stacks
from pipeline.structure.stacked import Stack, split_stacked


def build_structure(doc: Document) -> StructuredDocument:
    st = BuildState(wrapped=printed.wrapped_lines(doc.blocks))
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
    close_plan(st)
    return StructuredDocument(read_meta(st.preamble), st.plans, [p.text for p in doc.paragraphs], st.warnings,
                              st.notes)


def _table(st: BuildState, table: Table) -> None:
    in_plan = st.header is not None and not st.plan_closed
    if passport.is_passport(table, in_plan) or (st.last_table_passport and passport.continues(table)):
        close_plan(st)
        st.passport = passport.read(table, st.passport)
        st.region = []
        st.last_table_passport = True
        return
    st.last_table_passport = False
    st.piece_realigned = False
    st.pages = (st.pages[0], table.page_start)
    column_roles = None
    rows = unglue(table.rows)
    i = 0
    first_row = True
    while i < len(rows):
        row = rows[i]
        header = read_header(row)
        at = i
        if header is None and i + 1 < len(rows) and (below := read_header(rows[i + 1])) is not None \
                and tops(row, below, rows[i + 1]):
            header, i = below, i + 1  # the upper row of a two-row header, its group cell naming nothing
        if header is not None:
            i, repeated = header_row(st, header, rows, i, top=at)
            column_roles = None
            first_row = repeated  # the rows under a header printed again still open the page's piece
            continue
        if st.header is None or st.plan_closed:
            outside_plan(st, row)
        elif (at == 0 or st.last_kind == "header") and is_column_numbering(row):
            i += 1  # the columns' numbers atop a page or under a header the page before ended with: no measure
            continue
        elif first_row and header_piece(st, row):
            i += 1  # a piece of the plan's header printed again, read apart from the rest: no measure
            continue
        else:
            if first_row and st.region:
                paragraph_sections(st)
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            if column_roles is None:
                column_roles = _column_roles(st, table)
            stack = split_stacked(row, column_roles, st.plan.measures, rows, st.guessed, st.section, st.wrapped) \
                or Stack([row], lined_up=True)
            before = len(st.plan.measures)
            for k, (part, after) in enumerate(stack.parts(nxt)):
                measure_row(st, project(part, column_roles, st.labels), first_row and k == 0,
                     project(after, column_roles, st.labels) if after is not None else None)
            if stack.guessed:
                st.guessed.update((id(m), (m, stack.guessed)) for m in st.plan.measures[before + 1:])
            if not stack.lined_up and len(st.plan.measures) > before:
                st.plan.measures[-1].warnings.append(Code.STACKED_ROW_KEPT)
        first_row = False
        i += 1
    st.region = []
    st.pages = (table.page_end, None)


def _column_roles(st: BuildState, table: Table) -> list[str | None] | None:
    """Roles of the piece's columns: by position, or as the previous piece of the plan was read when it
    had to be realigned and this piece has its width; another reading only when the cells clearly fit it."""
    if st.header is None or st.plan_closed:
        return None
    st.labels = st.header.labels
    width = max((r.width for r in table.rows), default=0)
    if any(read_header(r) for r in table.rows) and width == st.header.width:
        st.last_roles = None
        return list(st.header.roles)
    baseline = st.last_roles if st.last_roles is not None and len(st.last_roles) == width else None
    alignment = align_piece(table, st.header, baseline)
    roles = alignment.roles if alignment is not None else (baseline or list(st.header.roles))
    st.labels = st.header.labels if width == st.header.width else None
    st.piece_realigned = roles != st.header.roles
    st.last_roles = roles if st.piece_realigned else None
    return roles
