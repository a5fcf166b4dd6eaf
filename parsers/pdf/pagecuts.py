"""Which row at a page's start goes on the row the page before cut (ruled PDF tables).

A renderer cuts a row only when the page is full: the cut row ends at the page's foot (within a line
of the lowest row the document has), and only cells whose text ran to that row's bottom go on. So
the first row of a page is the rest of a cut row when the page before ended in a table row at the
foot and this row has text only under cells of that row left open; a cell that stopped short above,
or was empty, cannot go on. Repeated header rows at the page top are passed over first (they repeat
a row that opened an earlier table word for word)."""

from __future__ import annotations

import re
from dataclasses import replace

from normalizers.language import analyser, are_alike, is_function_word, is_link_word, is_word_form
from parsers.model import Cell, Paragraph, PrintedLine, Row, Table
from parsers.pdf.forcedbreaks import close_forced_breaks
from parsers.pdf.linejoin import TIGHT_BREAK_GLYPHS, WordTest
from parsers.settings import current as tolerances


def mark_page_cuts(blocks: list, is_word: WordTest | None = None) -> None:
    """Set `Row.continued` on the first row of a page's first table under what the page before left."""
    first: dict[int, object] = {}
    last: dict[int, object] = {}
    for block in blocks:
        page = block.page if isinstance(block, Paragraph) else block.page_start
        if page is None:
            continue
        first.setdefault(page, block)
        last[page] = block
    ends = {p: b for p, b in last.items() if isinstance(b, Table) and b.rows}
    bottoms = [b for b in (_bottom(t.rows[-1]) for t in ends.values()) if b is not None]
    if not bottoms:
        return
    foot = max(bottoms)
    starting: dict[int, list[Table]] = {}
    for block in blocks:
        if isinstance(block, Table):
            starting.setdefault(block.page_start, []).append(block)
    openers: set[tuple[str, ...]] = set()  # rows that opened a table: a header printed again
    for page in sorted(first):
        block = first[page]
        if isinstance(block, Table) and block.rows:
            row = next((r for r in block.rows if _signature(r) not in openers), None)
            above = ends.get(page - 1)
            if row is not None and above is not None:
                row.continued = goes_on(above.rows[-1], row, foot, _pitch(above.rows))
                mark_rests(above.rows[-1], row, is_word)
                if row.continued is None and any(c.rest_of_word for c in row.cells):
                    row.continued = True  # a word the page cut ("утверждаю|щих") outweighs a missing wrap space
                above.rows[-1].cut = row.continued is True
                if row.continued is True:
                    reopen_tails(above.rows[-1], row)
                row.wrapped = row.continued is True and wrapped(above.rows[-1], row)
        # a table opening under a heading (the page's first block a paragraph) opens with a header too
        for table in starting.get(page, ()):
            openers.update(_signature(r) for r in table.rows[:3])


def goes_on(above: Row, row: Row, foot: float, pitch: float | None) -> bool | None:
    """Can `row`, a page's first, be the rest of `above`, the last row of the page before (lines
    `pitch` apart)? None where only the missing wrap space says no, or the geometry tells nothing."""
    bottom = _bottom(above)
    filled = [c for c in row.cells if c.text.strip() and not c.vmerged]
    if bottom is None or pitch is None or not filled or any(_middle(c) is None for c in filled):
        return None
    settings = tolerances()
    if foot - bottom > settings.foot_lines * pitch + settings.foot_slack:
        return False  # the page before ended with a whole row, short of the foot
    opened = [c for c in above.cells if c.box is not None and _open(c, bottom, pitch)]
    if not _under(filled, opened):
        return False  # text under a cell that stopped short above: a row of its own
    # under cells whose last line has room for the wrap's space and none printed: they ended there, a
    # sign only (a page's last line may lack the space a wrap leaves inside a page)
    return True if _under(filled, [c for c in opened if not _ended(c)]) else None


def _under(cells: list[Cell], above: list[Cell]) -> bool:
    return all(any(a.box[0] <= _middle(c) <= a.box[2] for a in above) for c in cells)


def wrapped(above: Row, row: Row) -> bool:
    """Every cell with text in `row` lies under a cell of `above` whose last line carries the space
    the renderer wraps a line at: the page broke those cells mid-paragraph, so `row` is their rest
    whatever its words look like."""
    filled = [c for c in row.cells if c.text.strip() and not c.vmerged]
    over = [next((a for a in above.cells if a.box is not None and a.box[0] <= _middle(c) <= a.box[2]), None)
            for c in filled]
    return bool(filled) and all(a is not None and a.lines and a.lines[-1].end_space > 0 for a in over)


def mark_rests(above: Row, row: Row, is_word: WordTest | None = None) -> None:
    """Mark the cells of `row` whose first line goes on a word the page cut at the last line of the
    cell above it ("стажирово|чных", "«Проектори|я»"): the page break read as a line break inside
    one cell, as the reader reads the cell's own breaks (`close_forced_breaks`)."""
    for cell in row.cells:
        middle = _middle(cell)
        if not cell.lines or cell.vmerged or middle is None:
            continue
        over = next((a for a in above.cells if a.box is not None and a.box[0] <= middle <= a.box[2]), None)
        cell.rest_of_word = over is not None and _glued_over(over, cell.lines[0], is_word)


def reopen_tails(above: Row, row: Row) -> None:
    """A lone "и" that ended a cell at the page's foot, glued to the word before it ("программам|и"),
    is a conjunction when the row's rest opens with a word alike to that one ("методикам"): the text
    goes on with the pair "программам и методикам", as `close_forced_breaks` reads it inside a cell. A
    rest in the genitive tells nothing: it follows the glued noun as its complement as well
    ("профилактики преступлений")."""
    for cell in row.cells:
        middle = _middle(cell)
        words = cell.text.split()
        if cell.vmerged or middle is None or not words:
            continue
        over = next((a for a in above.cells if a.box is not None and a.box[0] <= middle <= a.box[2]), None)
        tail = over.open_tail if over is not None else ""
        if not tail or not over.text.endswith(tail) or over.vmerged:
            continue
        head = _LETTERS_END.search(over.text[:-len(tail)])
        second = _LETTERS_START.match(words[0])
        if head is None or second is None or not second.group(0).islower() \
                or not are_alike(head.group(0), second.group(0)) \
                or any(p.tag.case == "gent" for p in analyser().parse(second.group(0))):
            continue
        over.text = f"{over.text[:-len(tail)]} {tail}"  # one printed line still, as `over.lines` has it
        if over.paragraphs and over.paragraphs[-1].endswith(tail):
            over.paragraphs[-1] = f"{over.paragraphs[-1][:-len(tail)]} {tail}"
        if over.lines and over.lines[-1].text.endswith(tail):
            over.lines[-1] = replace(over.lines[-1], text=f"{over.lines[-1].text[:-len(tail)]} {tail}")
        over.open_tail = ""


_LETTERS_END = re.compile(r"[^\W\d_]+$")
_LETTERS_START = re.compile(r"^[^\W\d_]+")


def _glued_over(over: Cell, first: PrintedLine, is_word: WordTest | None) -> bool:
    lines = _lowest_apart(over.lines or [], first)
    if not lines or over.box is None or " " in lines[-1].text.strip() or lines[-1].end_space > 0:
        return False  # a space glyph printed after the last line: the renderer wrapped there, no word was cut
    height = min(ln.bottom - ln.top for ln in lines)
    if lines[-1].bottom - lines[-1].top > 1.5 * height:
        return False  # a word already glued from two printed lines: its glyphs' width is not its length's
    left = min(ln.x0 for ln in lines)
    box = (left, _edge(over, lines))
    # a page's last line may lack the space glyph a wrap leaves inside a page: then the words decide
    lines = [replace(ln, end_space=0.0) for ln in lines]
    first = replace(first, end_space=0.0)
    tight = (is_word_form, is_function_word, is_link_word, are_alike) if is_word is not None else None
    upper = close_forced_breaks(lines, box, is_word, tight)
    return len(close_forced_breaks([*lines, first], box, is_word, tight)) == len(upper)


def _lowest_apart(lines: list[PrintedLine], first: PrintedLine) -> list[PrintedLine]:
    """A cell's lines, the last one, where the reader glued printed lines into it ("учителей-|предметник",
    a word cut at the cell's edge), cut back to the lowest printed line: that line is what the page cut,
    and only its own glyphs tell whether it filled the line alone. A line's height is read off a line
    glued from none (the rest's `first` line too)."""
    if not lines or not lines[-1].last:
        return lines
    single = [ln.bottom - ln.top for ln in [*lines, first] if not ln.last]
    last = lines[-1]
    height = min(single) if single else None
    if height is None or last.bottom - last.top <= 1.5 * height:
        return lines
    return [*lines[:-1], replace(last, text=last.last, top=last.bottom - height, last="")]


def ends_in_cut_word(cell: Cell) -> bool:
    """The cell's last line is one token filled to within a glyph of its text edge, with room for the
    space glyph the cell's other breaks carry and none printed: the renderer cut there a word too wide
    for the column ("несовершенно|летних"); a word that fitted would have moved down whole, and a line
    wrapped at a space that fitted carries it."""
    lines = cell.lines or []
    spaces = [ln.end_space for ln in lines[:-1] if ln.end_space > 0]
    if not spaces or cell.box is None or lines[-1].end_space > 0:
        return False
    last = lines[-1]
    text = last.text.strip()
    if not text or " " in text or not text[-1].isalnum():
        return False
    room, glyph = _edge(cell, lines) - last.x1, (last.x1 - last.x0) / len(text)
    return min(spaces) <= room < TIGHT_BREAK_GLYPHS * glyph


def _edge(cell: Cell, lines) -> float:
    """The reader's text edge where it kept one (an unruled column's box stands in the white strips),
    else the box less the padding its lines keep on the left."""
    return cell.right if cell.right is not None else cell.box[2] - max(0.0, min(ln.x0 for ln in lines) - cell.box[0])


def _ended(cell: Cell) -> bool:
    """The cell's last line stops with room for the space glyph its other breaks carry and none
    printed: the renderer ended the cell's text there (it writes the space it wraps a line at)."""
    lines = cell.lines or []
    spaces = [ln.end_space for ln in lines[:-1] if ln.end_space > 0]
    if not spaces or cell.box is None or lines[-1].end_space > 0 or ends_in_cut_word(cell):
        return False
    return _edge(cell, lines) - lines[-1].x1 >= min(spaces)


def _bottom(row: Row) -> float | None:
    boxes = [c.box[3] for c in row.cells if c.box is not None]
    return max(boxes) if boxes else None


def _pitch(rows: list[Row]) -> float | None:
    """The table's line pitch: its cells' lines apart, or a line's height when no cell has two."""
    cells = [c for row in rows for c in row.cells if c.lines]
    pitches = [(c.lines[-1].top - c.lines[0].top) / (len(c.lines) - 1) for c in cells if len(c.lines) > 1]
    heights = [ln.bottom - ln.top for c in cells for ln in c.lines]
    if pitches:
        return min(pitches)
    return max(heights) if heights else None


def _open(cell: Cell, bottom: float, pitch: float) -> bool:
    """The cell's text runs to the row's bottom: no room for another line under its last one (two,
    when widow control moved a line over)."""
    if not cell.lines or cell.box is None:
        return False
    pad = max(0.0, cell.lines[0].top - cell.box[1])
    settings = tolerances()
    return bottom - cell.lines[-1].bottom < pad + settings.open_lines * pitch + settings.foot_slack


def _middle(cell: Cell) -> float | None:
    if cell.box is not None:
        return (cell.box[0] + cell.box[2]) / 2
    if cell.lines:
        return (min(ln.x0 for ln in cell.lines) + max(ln.x1 for ln in cell.lines)) / 2
    return None


def _signature(row: Row) -> tuple[str, ...]:
    return tuple(" ".join(c.text.split()) for c in row.cells)
