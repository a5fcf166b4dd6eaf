"""Where a header without a full grid ends, and which of its cells are group cells.

Under a header printed again at a page's top, the bold end of a section title that the page cut
("годы", "ситуации") stands in the first column, which the header's text left lines above: no header
cell's text goes on after a blank line in its column, so the line opens a row of its own.

A group cell of a two-row header stands over the gap between its sub-columns, whose cells part
under it on a bold line below.
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


def grouped_strips(lines: list[StreamLine], strips) -> set[int]:
    """Indices of the strips a group cell of the header stands over: a bold segment running past a
    strip's middle by half its font size on both sides (a word centred in one cell never passes the
    middle), over the gap between two cells of a bold line below it that the strip's middle parts.
    Read from the header alone, so a header with no body under it (at a page's foot, over a section
    title only) splits under its group cell as one over a body does."""
    header = []
    for line in lines:
        if not line.bold:
            break
        header.append(line)
    found: set[int] = set()
    for k, line in enumerate(header):
        tol = 0.5 * line.size
        for x0, x1 in line.segments:
            for j, (gl, gr) in enumerate(strips):
                middle = (gl + gr) / 2
                if j in found or not (x0 < middle - tol and x1 > middle + tol):
                    continue
                if any(a[1] <= middle <= b[0] and x0 < b[0] and a[1] < x1
                       for below in header[k + 1:] for a, b in zip(below.segments, below.segments[1:], strict=False)):
                    found.add(j)
    return found
