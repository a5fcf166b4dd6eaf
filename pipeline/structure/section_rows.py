"""Sections of a plan: paragraphs between two pieces of its table, one-cell rows without a number, and
a section title a page break cut (its rest the next page's first row)."""

from __future__ import annotations

from normalizers.language import clean
from parsers.settings import current as tolerances
from pipeline.structure.plan_state import BuildState
from pipeline.structure.rows import RowCells, is_number, starts_lowercase, strip_leading_number


def paragraph_sections(st: BuildState) -> None:
    """Paragraphs between two pieces of one plan's table are section headings ("Направление «…»")."""
    for p in st.region:
        text = clean(p.text)
        if len(text) <= tolerances().max_section_paragraph:
            add_section(st, text)
    st.region = []


def add_section(st: BuildState, text: str) -> None:
    """A new section, or the rest of the last one's title when the text goes on from it."""
    if st.last_kind == "section" and st.section and (
            starts_lowercase(strip_leading_number(text)) or not is_number(text.split(" ")[0])):
        st.section = clean(f"{st.section} {strip_leading_number(text)}")
        if st.plan.sections:
            st.plan.sections[-1] = st.section
    else:
        st.section = text
        st.plan.sections.append(text)
    st.last_kind = "section"


def section_row(st: BuildState, cells: RowCells, piece_start: bool) -> bool:
    """A row of one cell without a number titles a section (or the next plan); True when read as one."""
    raw = next(t for t in cells.texts.values() if t.strip())
    if _section_goes_on(st, cells, piece_start):
        add_section(st, clean(raw))
        return True
    if not cells.single_cell or is_number(clean(cells.number) if cells.number else "x"):
        return False
    if not (piece_start and st.last_kind == "section" and st.title_row):  # else: the same cell, cut by a page
        st.title_row = cells.first_paragraph
    add_section(st, clean(raw))
    return True


def _section_goes_on(st: BuildState, cells: RowCells, piece_start: bool) -> bool:
    """A page's first row, text in one cell only, under a section row that ended the page before: the
    rest of that section's title, which a table ruled by rows alone reads in its first column."""
    filled = cells.filled_roles()
    if not (piece_start and st.last_kind == "section" and len(filled) == 1):
        return False
    text = clean(cells.texts[filled[0]])
    return not is_number(text.split(" ")[0]) and (cells.continued is True or starts_lowercase(text))
