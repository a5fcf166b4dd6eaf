"""Group the printed lines outside tables into paragraphs, and drop page numbers.

A paragraph is a run of lines a reader sees as one block: a new one starts where the vertical gap
is clearly wider than the line pitch, where the font size changes, where a line is indented like a
paragraph's first line, or where centred lines (headings) meet left-aligned ones. Lines of one
paragraph are joined with a space (a word broken at the line end is glued, see pdf_linejoin).
"""

from __future__ import annotations

import re

from parsers.model import Paragraph
from parsers.pdf.linejoin import WordTest, glue
from parsers.pdf.text import TextLine
from parsers.settings import current as tolerances

_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:стр\.?\s*|с\.\s*|page\s*)?\d{1,4}[-–—\s]*$", re.IGNORECASE)


def is_page_number(line: TextLine, page_height: float, first: bool, last: bool) -> bool:
    """A line holding only a number, first or last on the page, inside the top or bottom margin."""
    if not _PAGE_NUMBER.match(line.text):
        return False
    near_top = first and line.bottom <= page_height * tolerances().margin_share
    near_bottom = last and line.top >= page_height * (1 - tolerances().margin_share)
    return near_top or near_bottom


def usual_gap(lines: list[TextLine]) -> float:
    """The gap that line spacing leaves inside a paragraph: the low quartile of the page's gaps."""
    gaps = sorted(
        b.top - a.bottom
        for a, b in zip(lines, lines[1:], strict=False)
        if abs(a.size - b.size) <= 1.0 and -1.0 < b.top - a.bottom < 1.5 * max(a.size, 1.0)
    )
    return max(gaps[len(gaps) // 4], 0.0) if gaps else 0.0


def _alignment(line: TextLine, left: float, right: float) -> str:
    """'full' (reaches both edges, fits any alignment), 'centre', or 'left' for the rest."""
    indent, centre = tolerances().first_line_indent, tolerances().centre_tolerance
    if line.x0 - left < indent and right - line.x1 < indent:
        return "full"
    if line.x0 - left >= indent and abs((line.x0 + line.x1) / 2 - (left + right) / 2) <= centre:
        return "centre"
    return "left"


def _set_right(line: TextLine, left: float, right: float) -> bool:
    """A line that starts past the middle of the text column: an appendix stamp or a label set at the
    right margin, flush right or as a block; no line of a paragraph or a centred heading starts there."""
    return line.x0 - left > (right - left) / 2


def _starts_paragraph(prev: TextLine, line: TextLine, left: float, right: float, base_gap: float) -> bool:
    size = max(prev.size, line.size, 1.0)
    if line.top - prev.bottom > base_gap + tolerances().paragraph_gap * size:
        return True
    if abs(prev.size - line.size) > 1.0:
        return True
    if _set_right(prev, left, right) != _set_right(line, left, right):
        return True  # a stamp at the right margin ("Приложение 2", "к приказу …") meets the text under it
    aligns = {_alignment(prev, left, right), _alignment(line, left, right)}
    if aligns == {"centre", "left"}:
        return True  # a heading meets body text
    if "centre" in aligns:
        return False
    indent = tolerances().first_line_indent
    # a line stopping well short of the edge, then one indented as a first line: the paragraph ended,
    # however narrow the gap (a scan's line boxes are a point or two off) and however far the line in
    # front was indented itself (a heading set with the body's first-line indent)
    ended = right - prev.x1 > tolerances().short_line * (right - left) and line.x0 - left > indent
    return ended or line.x0 - prev.x0 > indent


def _paragraph(lines: list[TextLine], page: int, is_word: WordTest | None) -> Paragraph:
    text = lines[0].text
    for prev, line in zip(lines, lines[1:], strict=False):
        # a slash at the break with the space glyph the renderer broke at: the writer put a space there
        spaced_slash = prev.end_space > 0 and "/" in (text.rstrip()[-1:], line.text.lstrip()[:1])
        text = text + line.text if glue(text, line.text, is_word) and not spaced_slash else f"{text} {line.text}"
    return Paragraph(text=text, bold=all(ln.bold for ln in lines), page=page)


def paragraphs(
    lines: list[TextLine],
    page: int,
    breaks: list[float],
    is_word: WordTest | None = None,
    column: tuple[float, float] | None = None,
    page_gap: float | None = None,
) -> list[tuple[float, Paragraph]]:
    """Lines outside tables (top to bottom) -> (top, Paragraph) pairs.

    `breaks` are the tops of the page's tables: no paragraph runs across one. `column` is the left
    and right edge of the page's text, for telling centred headings from indented first lines.
    `page_gap` is the line spacing of the whole page, tables' lines included.
    """
    if not lines:
        return []
    left, right = column or (min(ln.x0 for ln in lines), max(ln.x1 for ln in lines))
    base_gap = usual_gap(lines)
    size = max(max(ln.size for ln in lines), 1.0)
    if page_gap is not None and len(lines) <= 3 and base_gap > page_gap + tolerances().blank_line * size:
        # two or three lines show no line spacing of their own: a gap a blank line wider than the
        # page's line spacing is a blank line, not the spacing
        base_gap = page_gap
    result: list[tuple[float, Paragraph]] = []
    group: list[TextLine] = [lines[0]]
    for line in lines[1:]:
        prev = group[-1]
        split = any(prev.top < b < line.top for b in breaks) or _starts_paragraph(prev, line, left, right, base_gap)
        if split:
            result.append((group[0].top, _paragraph(group, page, is_word)))
            group = [line]
        else:
            group.append(line)
    result.append((group[0].top, _paragraph(group, page, is_word)))
    return result


_OPENS_PARAGRAPH = re.compile(r"^[\s«\"(]*(?:[A-ZА-ЯЁ0-9]|[-–•▪·*])")


def cell_paragraphs(lines: list[TextLine], is_word: WordTest | None = None) -> list[str]:
    """A cell's printed lines -> its paragraphs, as a reader sees them.

    A PDF keeps no paragraph marks, only where lines stop: a new paragraph starts after a line that
    ends well short of the cell's right text edge when the next line opens with a capital, a digit
    or a bullet, and at an indented first line.
    """
    if not lines:
        return []
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    width = max(right - left, 1.0)
    groups: list[list[TextLine]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:], strict=False):
        short = right - prev.x1 > tolerances().short_line * width
        indented = line.x0 - left > tolerances().first_line_indent >= prev.x0 - left
        if (short and _OPENS_PARAGRAPH.match(line.text)) or indented:
            groups.append([line])
        else:
            groups[-1].append(line)
    return [_paragraph(group, 0, is_word).text for group in groups]
