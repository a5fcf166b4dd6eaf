"""A row of a plan's table read as a measure: a numbered row, a row without a number (the rest of the
measure above, or held for the next one, or dropped), each with the warnings of how it was read."""

from __future__ import annotations

from normalizers.language import clean
from normalizers.outcomes import Code
from pipeline.structure.continuation import append_cells, append_others, continues, fills_next, only, prepend
from pipeline.structure.model import RawMeasure
from pipeline.structure.pagecut import merge_over_page
from pipeline.structure.plan_state import BuildState
from pipeline.structure.rows import RowCells, is_child_number, is_number, top_level
from pipeline.structure.section_rows import add_section, section_row


def measure_row(st: BuildState, cells: RowCells, piece_start: bool, nxt: RowCells | None) -> None:
    """One row of the plan's table as read by its columns: a section, a measure, part of one, or nothing."""
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
    if section_row(st, cells, piece_start):
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
        add_section(st, clean(f"{number} {name}"))
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


def _how_the_row_was_read(st: BuildState, has_number: bool, sure: bool, carried: bool) -> list[str]:
    """The warnings a measure gets from how its row was found: no number of its own, kept apart from the
    measure above on weak evidence, columns realigned, the rest of a row carried forward into it."""
    warnings = [] if has_number else [Code.NUMBER_MISSING] + ([] if sure else [Code.ROW_KEPT_APART_UNCERTAIN])
    if st.piece_realigned:
        warnings.append(Code.COLUMNS_REALIGNED)
    if carried:
        warnings.append(Code.ROW_MERGED_FORWARD)
    return warnings


def _unnumbered(st: BuildState, cells: RowCells, previous: RawMeasure | None, piece_start: bool,
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
