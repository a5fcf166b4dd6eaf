"""A vertical merge that a page break hides: the rest of a merged cell at a page's first row.

A renderer closes a merged cell at the page's foot with the table's rule and prints its text only in
the part above; the part on the next page is an empty cell under a rule (or under the repeated
header), as a cell the office left empty is. What tells them apart is the office's habit: a plan
that merges repeated text down a column elsewhere merged it here too, so an empty cell of that
column in a page's first measure, under a filled one at the foot of the page before, is the merge
going on. The plan is weighed whole, at its end: the habit may show only below the break.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from normalizers.outcomes import Code
from pipeline.structure.model import RawMeasure
from pipeline.structure.rows import RowCells, is_child_number

_OWN = frozenset({"number", "name"})  # a measure's own cells: never merged from the row above


@dataclass
class PageTopGaps:
    merging: set[str] = field(default_factory=set)  # roles the plan merges down somewhere
    # the measures under one hidden merge (its page's first, then those merged under it), role, text above
    gaps: list[tuple[list[RawMeasure], str, str]] = field(default_factory=list)

    def note(self, cells: RowCells, measure: RawMeasure, previous: RawMeasure | None, piece_start: bool,
             nxt: RowCells | None = None) -> None:
        """Learn the plan's merged columns from a row; keep the empty cells of a page's first measure
        under a filled cell of the last measure of the page before, and the rows merged under them. A
        measure whose sub-items follow ("5." over "5.1") leaves its cells to them: no merge there."""
        self.merging |= (cells.inherited | cells.merged_empty) - _OWN
        for chain, role, _text in self.gaps:
            if chain[-1] is previous and role in cells.merged_empty and not measure.get(role):
                chain.append(measure)
        if not piece_start or previous is None or cells.page is None or previous.page_end is None \
                or cells.page <= previous.page_end or (nxt is not None and is_child_number(nxt.number, cells.number)):
            return
        for role, text in previous.cells.items():
            if role not in _OWN and text and not measure.get(role):
                self.gaps.append(([measure], role, text))
                if role in self.merging:
                    _fill([measure], role, text)  # the habit is known already: rows below inherit it

    def close(self) -> None:
        """The plan's end: the gaps in columns it merges elsewhere take the text above; start afresh."""
        for chain, role, text in self.gaps:
            if role in self.merging:
                _fill(chain, role, text)
        self.merging, self.gaps = set(), []


def _fill(chain: list[RawMeasure], role: str, text: str) -> None:
    for measure in chain:
        if not measure.get(role):
            measure.cells[role] = text
            if Code.CELL_INHERITED not in measure.warnings:
                measure.warnings.append(Code.CELL_INHERITED)
