"""Word XML that python-docx has no API for: table rules, vertical merges, repeated header rows,
automatic numbering definitions, page orientation and the document font."""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")


def _border(parent, side: str, on: bool) -> None:
    el = OxmlElement(f"w:{side}")
    if on:
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
    else:
        el.set(qn("w:val"), "nil")
    parent.append(el)


def table_rules(table, sides_on: set[str]) -> None:
    """Table-wide rules: the named sides drawn, every other side explicitly without a rule."""
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for side in SIDES:
        _border(borders, side, side in sides_on)
    tbl_pr.append(borders)


def cell_rules(cell, sides_on: set[str]) -> None:
    """Rules of one cell (over the table's): used for rules only around the header."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "bottom"):
        if side in sides_on:
            _border(borders, side, True)
    tc_pr.append(borders)


def vmerge(cell, restart: bool) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    el = OxmlElement("w:vMerge")
    if restart:
        el.set(qn("w:val"), "restart")
    tc_pr.append(el)


def grid_span(cell, span: int) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    el = OxmlElement("w:gridSpan")
    el.set(qn("w:val"), str(span))
    tc_pr.append(el)


def repeat_as_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    tr_pr.append(el)


def cant_split(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def landscape(section) -> None:
    width, height = section.page_width, section.page_height
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = max(width, height), min(width, height)


def document_font(doc, name: str, size: int, spacing: float) -> None:
    style = doc.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(size)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)
    fmt = style.paragraph_format
    fmt.line_spacing = spacing
    fmt.space_after = Pt(0)
    fmt.space_before = Pt(0)


class Numbering:
    """One-level lists whose label is literal text around a counter ("1.%1." starting at 3 prints 1.3.)."""

    def __init__(self, doc):
        self.root = doc.part.numbering_part.element
        self.next_id = 100

    def new_list(self, prefix: str, suffix: str, start: int) -> int:
        """A fresh abstract definition and its instance; returns the numId for paragraphs."""
        self.next_id += 1
        ident = str(self.next_id)
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), ident)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", str(start)), ("w:numFmt", "decimal"),
                         ("w:lvlText", f"{prefix}%1{suffix}"), ("w:suff", "nothing"), ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        abstract.append(lvl)
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.root.append(abstract)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), ident)
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), ident)
        num.append(ref)
        self.root.append(num)
        return int(ident)


def number_paragraph(paragraph, num_id: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    num_pr.append(ilvl)
    num_pr.append(nid)
    p_pr.append(num_pr)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:hanging"), "0")
    p_pr.append(ind)
