"""Find a page's fully ruled tables: pdfplumber's "lines" strategy, one pass per page.

Tables drawn with fewer rules (horizontal rules only, rules around the header, none at all) are
left to parsers.pdf.stream, which reads columns from the white strips down the body.
"""

from __future__ import annotations

from pdfplumber.table import Table as FoundTable

RULED = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def find_tables(page) -> list[FoundTable]:
    """The page's ruled tables, top to bottom."""
    ruled = page.find_tables(RULED)
    return sorted(ruled, key=lambda t: (t.bbox[1], t.bbox[0]))
