"""Words that count on one by one ("1 2 3 4", the row numbering a table's columns), told one way.

A scan reads such a row now and then with one numeral misread ("3" as "к]"); the readers of OCR
lines and cells and the structure stage that skips the row all ask the same question with their
own tolerance, so the counting lives here once.
"""

from __future__ import annotations


def counting_from(marks: list[str], misread: int = 0) -> int | None:
    """The numeral the marks count on from, one by one, when all but `misread` of them read as the
    numeral of their place ("1", "2", "к]", "4" with misread=1 -> 1); else None."""
    starts = [int(m) - k for k, m in enumerate(marks) if m.isdigit()]
    if not starts:
        return None
    first = max(set(starts), key=starts.count)
    return first if starts.count(first) >= len(marks) - misread else None
