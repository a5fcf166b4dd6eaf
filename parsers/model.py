"""The format-neutral document model every parser produces.

Parsers turn bytes into this model and nothing else; the structure step reads only this model.
Objects print compactly so a document can be inspected while debugging.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PrintedLine:
    """One printed line of a PDF cell as the reader gives it (a word cut at the line end glued back),
    with its place on the page: a PDF keeps no paragraph marks, so where lines start and stop and how
    far apart they stand is what tells its paragraphs (and blank ones) apart."""

    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    end_space: float = 0.0  # the space glyph the renderer printed after the line (parsers/pdf/text.TextLine)
    last: str = ""  # where the reader glued printed lines into this one: the text of the lowest of them


@dataclass
class Cell:
    """One cell of a table row, present once even when it spans several grid columns.

    `paragraphs` are the cell's paragraphs as a reader sees them (DOCX paragraphs; in a PDF, printed
    lines grouped by where they stop and start). `text` is the cell's text with a "\\n" at every line
    break (DOCX: between paragraphs; PDF: between printed lines, words broken at a line end joined).
    `bold` is true when all of the cell's visible text is bold. `vmerged` marks a cell whose text
    was carried down from a vertically merged cell above it (DOCX `w:vMerge` continuation).
    `confidence` is set only for text read by OCR: the lowest line confidence in the cell (0-100), and
    `repaired` when OCR's reading of an item number was replaced by another its neighbours in the plan fit.
    `slots` are every paragraph of a DOCX cell, blank ones too: offices keep measures stacked in one row
    lined up with blank paragraphs (pipeline/structure/stacked.py); None where a reader cannot tell (PDF).
    `lines` are a PDF cell's printed lines, one per line of `text`, and `right` the right edge its text
    may reach (the box less its padding); None where the reader has no geometry. `box` is a ruled
    PDF cell's frame on its page.
    """

    text: str
    paragraphs: list[str] = field(default_factory=list)
    bold: bool = False
    colspan: int = 1
    vmerged: bool = False
    confidence: float | None = None
    repaired: bool = False
    slots: list[str] | None = None
    lines: list[PrintedLine] | None = None
    right: float | None = None
    box: tuple[float, float, float, float] | None = None  # PDF: the ruled cell's box (x0, top, x1, bottom)
    rest_of_word: bool = False  # PDF, a page's first row: the text opens with the rest of a word the page before cut
    # PDF: a lone "и" the cell's last printed line held, glued to the word before ("программам|и"); a page
    # that cut the row may show it a conjunction ("… и" | "методикам …")
    open_tail: str = ""

    def __repr__(self) -> str:
        span = f" x{self.colspan}" if self.colspan > 1 else ""
        flags = ("B" if self.bold else "") + ("V" if self.vmerged else "")
        return f"Cell({self.text[:40]!r}{span}{' ' + flags if flags else ''})"


@dataclass
class Row:
    """A physical table row; `page` is the 1-based PDF page it stands on (None for DOCX).

    `table` and `index` say where a DOCX row is: the table's 1-based number among the document's
    top-level tables and the row's 1-based number among that table's rows, as Word counts them.
    `continued` is what the page's geometry says of a page's first row (parsers/pdf/pagecuts.py):
    True when it goes on the row the page before cut, False when it cannot, None when nobody can tell.
    """

    cells: list[Cell]
    page: int | None = None
    table: int | None = None
    index: int | None = None
    continued: bool | None = None  # PDF, a page's first row: the rest of the row the page before cut
    cut: bool = False  # PDF, a page's last row: the next page's first row is its rest (continued is True)
    wrapped: bool = False  # PDF, a continued row: the page broke the cells above it at a wrap's space

    @property
    def width(self) -> int:
        return sum(c.colspan for c in self.cells)

    def __repr__(self) -> str:
        return f"Row(p{self.page}, {self.cells!r})"


@dataclass
class Table:
    """A physical table as the file holds it; the structure step stitches pieces together."""

    rows: list[Row]
    page_start: int | None = None
    page_end: int | None = None

    def __repr__(self) -> str:
        return f"Table({len(self.rows)} rows, pages {self.page_start}-{self.page_end})"


@dataclass
class Paragraph:
    """Text outside tables. `bold` is true when all visible text is bold."""

    text: str
    bold: bool = False
    page: int | None = None

    def __repr__(self) -> str:
        return f"Paragraph(p{self.page}, {'B ' if self.bold else ''}{self.text[:60]!r})"


Block = Paragraph | Table


@dataclass(frozen=True)
class Damage:
    """Something wrong with the file that the reader worked around: `code` for machines (a warning
    code), `message` for a person (in Russian, with counts), so an "ok" never hides lost content."""

    code: str
    message: str


@dataclass
class Document:
    """A whole file: its blocks in reading order."""

    source: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    damage: list[Damage] = field(default_factory=list)  # what the reader had to repair or skip
    # the text outside tables of pages read by OCR, one line per printed line across the page: the
    # page's layout analysis reads open columns apart, so the paragraphs no longer show a header's
    # words on one line (pipeline.structure.unread looks for one)
    printed_lines: list[str] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]


class ParseError(Exception):
    """A file that cannot be read; the message is for a person and names the problem."""


class NoTextLayer(ParseError):
    """A PDF whose pages carry images but no text (a scan): OCR is needed."""
