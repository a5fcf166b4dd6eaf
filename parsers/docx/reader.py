"""DOCX -> Document: body paragraphs and tables in reading order, each table cell once.

The package is checked before python-docx opens it (docx_package). The body is then read straight
from the XML: w:p and w:tbl in order (also inside w:sdt content controls), tables cell by cell from
the w:tc elements, because python-docx's `row.cells` repeats merged cells. A horizontally merged cell
is one Cell with its colspan; a vertically merged cell is repeated in every row it spans, the copies
marked `vmerged`. Automatic numbering is rendered in front of the paragraph text as the reader sees
it. Headers, footers, footnotes and comments are not body text and are not read.
"""

from __future__ import annotations

import bisect
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import docx
from lxml import etree

from parsers.docx.numbering import Numbering
from parsers.docx.package import DAMAGED_ZIP, check_package
from parsers.docx.styles import StyleSheet, W, read_num_pr, table_conditions
from parsers.docx.text import ParagraphReader, ParagraphText
from parsers.model import Cell, Document, Paragraph, ParseError, Row, Table
from pipeline.messages import data_text

# block-level wrappers whose content counts as if it stood in their parent
BLOCK_WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo"}


def parse(path: Path) -> Document:
    """Read a .docx file; raise ParseError with a message for a person when it cannot be read."""
    path = Path(path)
    check_package(path)
    try:
        word = docx.Document(str(path))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        raise ParseError(DAMAGED_ZIP) from None
    except Exception:  # python-docx has no exception hierarchy of its own for damaged packages
        raise ParseError(data_text("parse.docx.damaged_parts")) from None
    body = word.element.find(W + "body")
    if body is None:
        raise ParseError(data_text("parse.docx.no_body"))
    reader = _BodyReader(_styles_element(word), _numbering_element(word))
    return Document(source=str(path), format="docx", blocks=reader.blocks(body), pages=None)


def _styles_element(word) -> etree._Element | None:
    try:
        return word.part.styles.element
    except (KeyError, AttributeError, NotImplementedError):
        return None


def _numbering_element(word) -> etree._Element | None:
    try:
        return word.part.numbering_part.element
    except (KeyError, AttributeError, NotImplementedError):
        return None


@dataclass
class _CellContent:
    paragraphs: list[str] = field(default_factory=list)
    slots: list[str] = field(default_factory=list)  # every paragraph, blank ones too
    visible: bool = False
    bold: bool = True  # meaningful only when visible
    text: str | None = None

    def add(self, para: ParagraphText, text: str) -> None:
        if text:
            self.paragraphs.append(text)
        self.slots.append(text)
        if para.visible:
            self.bold = self.bold and para.bold
            self.visible = True

    def extend(self, other: _CellContent) -> None:
        self.paragraphs.extend(other.paragraphs)
        self.slots.extend(other.slots)
        if other.visible:
            self.bold = self.bold and other.bold
            self.visible = True

    def to_cell(self, colspan: int, vmerged: bool = False) -> Cell:
        if self.text is None:  # joined once, shared by the copies of a vertically merged cell
            self.text = "\n".join(self.paragraphs)
        return Cell(text=self.text, paragraphs=list(self.paragraphs),
                    bold=self.visible and self.bold, colspan=colspan, vmerged=vmerged, slots=list(self.slots))


@dataclass
class _GridCell:
    start: int  # grid column where the cell begins
    span: int
    vmerge: str | None  # None, "restart" or "continue"
    table_bold: bool | None  # what the table style says about bold for this cell
    tcs: list[etree._Element] = field(default_factory=list)  # more than one after a legacy hMerge


class _BodyReader:
    """One pass over the body; numbering counters advance in reading order."""

    def __init__(self, styles_element, numbering_element):
        self.styles = StyleSheet(styles_element)
        self.numbering = Numbering(numbering_element, lambda style: self.styles.numbering_of(style)[0])
        self.paragraphs = ParagraphReader(self.styles)

    def blocks(self, body: etree._Element) -> list[Paragraph | Table]:
        out: list[Paragraph | Table] = []
        n_tables = 0
        for element in _block_children(body):
            if element.tag == W + "p":
                para = self.paragraphs.read(element)
                text = self._numbered_text(element, para)
                if text:
                    out.append(Paragraph(text=text, bold=para.bold))
            else:
                n_tables += 1
                table = self.table(element, n_tables)
                if table.rows:
                    out.append(table)
        return out

    def _numbered_text(self, p: etree._Element, para: ParagraphText) -> str:
        """Paragraph text with its automatic number in front, ends stripped."""
        label = self._label(p, para.style)
        return (label + para.text).strip() if label else para.text.strip()

    def _label(self, p: etree._Element, style_id: str | None) -> str:
        num_id, ilvl = self.styles.numbering_of(style_id)
        from_style = num_id is not None
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            direct_id, direct_ilvl = read_num_pr(num_pr)
            if direct_id is not None:
                num_id, from_style = direct_id, False
            if direct_ilvl is not None:
                ilvl = direct_ilvl
        if num_id is None or num_id == "0":
            return ""
        if ilvl is None:
            ilvl = (self.numbering.level_for_style(num_id, style_id) if from_style else None) or 0
        return self.numbering.next_label(num_id, ilvl)

    # ---- tables -------------------------------------------------------------------------------

    def table(self, tbl: etree._Element, number: int | None = None) -> Table:
        """The table's rows; `number` (the table's place in the document) goes on each row with its index."""
        indexed = [(i + 1, self._grid_row(tr, tbl, i, n)) for i, n, tr in _indexed_rows(tbl)]
        indexed = [(i, r) for i, r in indexed if r]
        grid_rows = [r for _, r in indexed]
        columns = _used_edges(grid_rows)
        rows: list[Row] = []
        previous: list[tuple[int, _CellContent]] = []  # (grid start, content) of the row above
        for row_index, grid_row in indexed:
            cells, current = [], []
            if grid_row[0].start > 0:  # w:gridBefore: the reader sees an empty column there
                cells.append(Cell(text="", colspan=max(1, bisect.bisect_left(columns, grid_row[0].start))))
            for gc in grid_row:
                colspan = max(1, bisect.bisect_left(columns, gc.start + gc.span)
                              - bisect.bisect_left(columns, gc.start))
                origin = _cell_above(previous, gc) if gc.vmerge == "continue" else None
                if origin is not None:  # Word does not show (or count) what a continuation cell holds
                    cells.append(origin.to_cell(colspan, vmerged=True))
                    current.append((gc.start, origin))
                else:
                    content = self._cell_content(gc)
                    cells.append(content.to_cell(colspan))
                    current.append((gc.start, content))
            rows.append(Row(cells=cells, table=number, index=row_index if number else None))
            previous = current
        return Table(rows=rows)

    def _grid_row(self, tr: etree._Element, tbl: etree._Element, row_index: int,
                  row_count: int) -> list[_GridCell]:
        trpr = tr.find(W + "trPr")
        if trpr is not None and trpr.find(W + "del") is not None:  # tracked deletion of the row
            return []
        position = _val_int(trpr, "gridBefore") if trpr is not None else 0
        table_style = _val(tbl.find(f"{W}tblPr/{W}tblStyle"))
        look = tbl.find(f"{W}tblPr/{W}tblLook")
        tcs = list(_cell_children(tr))
        out: list[_GridCell] = []
        for col_index, tc in enumerate(tcs):
            tcpr = tc.find(W + "tcPr")
            span = max(1, _val_int(tcpr, "gridSpan") or 1) if tcpr is not None else 1
            conditions = table_conditions(look, row_index, row_count, col_index, len(tcs))
            table_bold = self.styles.table_flag("b", table_style, conditions) if table_style else None
            if _merge_state(tcpr, "hMerge") == "continue" and out:  # legacy merge: widen the cell on the left
                out[-1].span += span
                out[-1].tcs.append(tc)
            else:
                out.append(_GridCell(position, span, _merge_state(tcpr, "vMerge"), table_bold, [tc]))
            position += span
        return out

    def _cell_content(self, gc: _GridCell) -> _CellContent:
        content = _CellContent()
        for element in (e for tc in gc.tcs for e in _block_children(tc)):
            if element.tag == W + "p":
                para = self.paragraphs.read(element, gc.table_bold)
                content.add(para, self._numbered_text(element, para))
            else:  # a nested table: its cells' lines flow into this cell, row by row
                for row in self.table(element).rows:
                    for cell in row.cells:
                        if not cell.vmerged:
                            nested = _CellContent(list(cell.paragraphs), list(cell.slots or cell.paragraphs),
                                                  bool(cell.text.strip()), cell.bold)
                            content.extend(nested)
        return content


def _block_children(parent: etree._Element):
    """w:p and w:tbl children in order, looking through content controls and similar wrappers."""
    for child in parent:
        tag = child.tag
        if tag == W + "p" or tag == W + "tbl":
            yield child
        elif tag in BLOCK_WRAPPERS:
            yield from _block_children(child)


def _indexed_rows(tbl: etree._Element):
    rows = list(_wrapped(tbl, W + "tr"))
    for i, tr in enumerate(rows):
        yield i, len(rows), tr


def _cell_children(tr: etree._Element):
    return _wrapped(tr, W + "tc")


def _wrapped(parent: etree._Element, tag: str):
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in BLOCK_WRAPPERS:
            yield from _wrapped(child, tag)


def _used_edges(grid_rows: list[list[_GridCell]]) -> list[int]:
    """Grid positions where some cell begins or ends: the columns a reader can tell apart."""
    edges = set()
    for row in grid_rows:
        for gc in row:
            edges.update((gc.start, gc.start + gc.span))
    return sorted(edges)


def _cell_above(previous: list[tuple[int, _CellContent]], gc: _GridCell) -> _CellContent | None:
    for start, content in previous:
        if start == gc.start:
            return content
    return None


def _merge_state(tcpr: etree._Element | None, tag: str) -> str | None:
    if tcpr is None:
        return None
    element = tcpr.find(W + tag)
    if element is None:
        return None
    return "restart" if element.get(W + "val") == "restart" else "continue"


def _val(element: etree._Element | None) -> str | None:
    return element.get(W + "val") if element is not None else None


def _val_int(parent: etree._Element, tag: str) -> int:
    try:
        return int(_val(parent.find(W + tag)) or 0)
    except ValueError:
        return 0
