"""What the one pass over a document's blocks carries from table to table (the plan being read, its
header, the section, the rows held back), and closing a plan: kept apart so that the header, section
and measure rows can each be read in a module of their own."""

from __future__ import annotations

from dataclasses import dataclass, field

from normalizers.outcomes import Code
from parsers.model import Paragraph
from pipeline.structure.headers import Header
from pipeline.structure.model import ColumnNote, Plan, RawMeasure
from pipeline.structure.pagemerge import PageTopGaps
from pipeline.structure.rows import RowCells
from pipeline.structure.unknown_columns import unknown_column_notes


@dataclass
class BuildState:
    """The pass's memory between blocks; one per document."""

    plans: list[Plan] = field(default_factory=list)
    plan: Plan | None = None
    header: Header | None = None
    header_signatures: set = field(default_factory=set)  # the plan's header as its first and refined rows read
    header_words: tuple[str, ...] = ()  # the plan's header row word for word, however cut into cells
    header_bag: frozenset[str] = frozenset()  # the words of all the plan's header rows, whichever row holds them
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
    guessed: dict[int, tuple[RawMeasure, frozenset[str]]] = field(default_factory=dict)  # stacks' guessed blanks
    wrapped: tuple = ()  # the document's printed lines carrying a renderer's wrap space (printed.wrapped_lines)


def close_plan(st: BuildState) -> None:
    """Keep the plan being read if it has measures (with notes on its unnamed columns), else warn."""
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
