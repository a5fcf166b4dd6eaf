"""The visible text of one w:p and whether all of it is bold.

Walks the paragraph's content the way Word shows it: runs inside hyperlinks, fields, content
controls, smart tags and tracked insertions count; deleted text, field codes, hidden runs, drawings
and text boxes, footnote marks and comments do not. Tabs read as a space, line breaks as "\\n".
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from parsers.docx.styles import StyleSheet, W, on_off

M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
PPR, PSTYLE, VAL = W + "pPr", W + "pStyle", W + "val"

# elements whose children are paragraph content as if they stood in the paragraph itself
CONTAINERS = {W + t for t in ("hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "sdt",
                              "sdtContent", "dir", "bdo")}
MATH = {M + "oMath", M + "oMathPara"}
RUN_CHARS = {W + "tab": " ", W + "ptab": " ", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
# w:sym characters from symbol fonts (private-use code points) that have a plain reading
SYMBOLS = {"F0B7": "•", "F02D": "-", "F0A3": "≤", "F0B3": "≥", "F0B1": "±", "F0D7": "×", "F0AE": "→",
           "F0A7": "•", "F0FC": "✓"}


@dataclass
class ParagraphText:
    text: str
    visible: bool  # has non-whitespace text
    bold: bool  # all non-whitespace text is bold (False when there is none)
    style: str | None  # the paragraph style id in effect


class ParagraphReader:
    """Reads paragraphs with one document's styles; `table_bold` is the cell's table-style bold."""

    def __init__(self, styles: StyleSheet):
        self.styles = styles

    def read(self, p: etree._Element, table_bold: bool | None = None) -> ParagraphText:
        style_id = paragraph_style(p, self.styles)
        pieces: list[tuple[str, bool]] = []
        self._collect(p, style_id, table_bold, pieces)
        text = "".join(t for t, _ in pieces)
        visible = [bold for t, bold in pieces if t.strip()]
        return ParagraphText(text, bool(visible), bool(visible) and all(visible), style_id)

    def _collect(self, parent, style_id, table_bold, pieces) -> None:
        for child in parent:
            tag = child.tag
            if tag == W + "r":
                self._run(child, style_id, table_bold, pieces)
            elif tag in CONTAINERS:
                self._collect(child, style_id, table_bold, pieces)
            elif tag in MATH:
                pieces.append(("".join(t.text or "" for t in child.iter(M + "t")), False))

    def _run(self, r, style_id, table_bold, pieces) -> None:
        rpr = r.find(W + "rPr")
        direct_b = direct_vanish = char_style = None
        if rpr is not None:
            direct_b, direct_vanish = on_off(rpr.find(W + "b")), on_off(rpr.find(W + "vanish"))
            rstyle = rpr.find(W + "rStyle")
            char_style = rstyle.get(W + "val") if rstyle is not None else None
        if self.styles.run_flag("vanish", direct_vanish, style_id, char_style):
            return
        bold = self.styles.run_flag("b", direct_b, style_id, char_style, table_bold)
        out = []
        for child in r:
            tag = child.tag
            if tag == W + "t":
                out.append(child.text or "")
            elif tag in RUN_CHARS:
                out.append(RUN_CHARS[tag])
            elif tag == W + "sym":
                out.append(SYMBOLS.get((child.get(W + "char") or "").upper(), ""))
        if out:
            pieces.append(("".join(out), bold))


def paragraph_style(p: etree._Element, styles: StyleSheet) -> str | None:
    ppr = p.find(PPR)
    pstyle = ppr.find(PSTYLE) if ppr is not None else None
    value = pstyle.get(VAL) if pstyle is not None else None
    return value or styles.default_paragraph_style
