"""Tables without a full grid, page after page: the columns one page hands the next.

A table without column rules that a page break cuts goes on atop the next page in whatever columns
its rest fills; a page showing a row or two has too few lines to part every column; a header at a
page's foot has its body overleaf. So the pages are read in order, each handed the columns of the
table the page before left open and of the last one read (`parsers.pdf.stream`). The PDF reader and
the OCR reader (on a scan's words) both read their pages through this one state.
"""

from __future__ import annotations

from dataclasses import dataclass

from parsers.pdf.ruled_foot import drop_unruled_foot
from parsers.pdf.stream import GridTable, find_stream_tables
from parsers.settings import current as tolerances


@dataclass
class OpenColumns:
    """Column strips of unruled tables, handed from page to page: `open` of a table that ran to the
    page's end (and its right edge), `last` of the last one read."""

    open: list | None = None
    last: list | None = None
    right: float | None = None  # where the open table's text ends on the right
    header: bool = False  # the open table is a header alone: its body goes on overleaf

    def tables(self, chars: list[dict], rules: list[dict]) -> list[GridTable]:
        """The unruled tables among a page's characters (those outside its ruled tables), read with
        the columns of the pages before; the state learns this page's for the pages after."""
        found = find_stream_tables(chars, rules, carried=self.open, known=self.last, right=self.right,
                                   after_header=self.header) if chars else []
        found = [drop_unruled_foot(t, chars, rules, tolerances()) for t in found]
        self.open = found[-1].strips if found and found[-1].open_end else None
        self.right = found[-1].bbox[2] if self.open else None
        self.header = bool(self.open) and found[-1].header_only
        self.last = found[-1].strips if found else self.last
        return found
