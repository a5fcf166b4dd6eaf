"""Where a header without a full grid ends: its cells' text runs down without a blank line inside.

Under a header printed again at a page's top, the bold end of a section title that the page cut
("годы", "ситуации") stands in the first column, which the header's text left lines above: no header
cell's text goes on after a blank line in its column, so the line opens a row of its own.
"""

from __future__ import annotations

from parsers.pdf.segments import StreamLine


def column_of(segment: tuple[float, float], strips) -> int:
    """The column a piece of text stands in: a header's word centred in its cell may reach into the
    white strip the body leaves, never past the strip's middle."""
    middle = (segment[0] + segment[1]) / 2
    return sum(1 for a, b in strips if (a + b) / 2 < middle)


def resumes_after_blank(lines: list[StreamLine], strips) -> bool:
    """The last line has text only in columns whose text stopped lines above it, the line before it
    blank there."""
    if len(lines) < 3:
        return False
    filled = [{column_of(seg, strips) for seg in ln.segments} for ln in lines]
    last, before, earlier = filled[-1], filled[-2], set().union(*filled[:-2])
    return all(c in earlier and c not in before for c in last)
