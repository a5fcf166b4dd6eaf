"""What a run looks like after Word's style inheritance: bold, hidden, and style-given numbering.

Word resolves a run property in layers: document defaults, then the table style, the paragraph style
and the character style (each with its `basedOn` chain), then the run's own formatting. Bold and
hidden are *toggle* properties: where several style layers set them they cancel out pairwise (a bold
character style inside a bold paragraph style shows plain text); direct run formatting always wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_CHAIN = 30  # basedOn chains deeper than this are cycles or garbage

# tblLook bits (ECMA-376 17.4.56) and the table-style conditions they enable, lowest priority first
TABLE_CONDITIONS = (("firstCol", "firstColumn", 0x0080), ("lastCol", "lastColumn", 0x0100),
                    ("firstRow", "firstRow", 0x0020), ("lastRow", "lastRow", 0x0040))


def on_off(element: etree._Element | None) -> bool | None:
    """Value of an on/off property element (w:b, w:vanish): None when absent."""
    if element is None:
        return None
    return element.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


@dataclass
class StyleInfo:
    kind: str
    based_on: str | None
    props: dict[str, bool] = field(default_factory=dict)  # "b", "vanish" when set by this style
    num_id: str | None = None
    ilvl: int | None = None
    conditional: dict[str, dict[str, bool]] = field(default_factory=dict)  # tblStylePr type -> props


class StyleSheet:
    """Styles of one document, looked up by id; answers run flags and style numbering."""

    def __init__(self, styles_element: etree._Element | None):
        self.styles: dict[str, StyleInfo] = {}
        self.defaults: dict[str, bool] = {}
        self.default_paragraph_style: str | None = None
        self._cache: dict[tuple, bool] = {}
        if styles_element is not None:
            self._load(styles_element)

    def _load(self, root: etree._Element) -> None:
        rpr_default = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.defaults = _run_props(rpr_default)
        for style in root.iterfind(W + "style"):
            style_id = style.get(W + "styleId")
            if not style_id:
                continue
            kind = style.get(W + "type", "paragraph")
            based = style.find(W + "basedOn")
            info = StyleInfo(kind, based.get(W + "val") if based is not None else None,
                             _run_props(style.find(W + "rPr")))
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                info.num_id, info.ilvl = read_num_pr(num_pr)
            for cond in style.iterfind(W + "tblStylePr"):
                info.conditional[cond.get(W + "type", "")] = _run_props(cond.find(W + "rPr"))
            self.styles[style_id] = info
            if kind == "paragraph" and style.get(W + "default") in ("1", "true", "on"):
                self.default_paragraph_style = style_id

    def _chain(self, style_id: str | None):
        seen = 0
        while style_id and style_id in self.styles and seen < MAX_CHAIN:
            yield self.styles[style_id]
            style_id = self.styles[style_id].based_on
            seen += 1

    def style_prop(self, style_id: str | None, prop: str, condition: str | None = None) -> bool | None:
        """The property as the style (or one of its table-style conditions) defines it, via basedOn."""
        for info in self._chain(style_id):
            props = info.conditional.get(condition, {}) if condition else info.props
            if prop in props:
                return props[prop]
        return None

    def run_flag(self, prop: str, direct: bool | None, paragraph_style: str | None,
                 character_style: str | None, table_value: bool | None = None) -> bool:
        """Effective bold/vanish of a run (toggle semantics across style layers)."""
        if direct is not None:
            return direct
        key = (prop, paragraph_style, character_style, table_value)
        if key not in self._cache:
            layers = [table_value, self.style_prop(paragraph_style, prop),
                      self.style_prop(character_style, prop)]
            defined = [v for v in layers if v is not None]
            if defined:
                self._cache[key] = sum(defined) % 2 == 1
            else:
                self._cache[key] = self.defaults.get(prop, False)
        return self._cache[key]

    def table_flag(self, prop: str, table_style: str | None, conditions: list[str]) -> bool | None:
        """What a table style says for a cell: the highest-priority applicable condition, else whole table."""
        value = self.style_prop(table_style, prop)
        for condition in conditions:
            conditional = self.style_prop(table_style, prop, condition)
            if conditional is not None:
                value = conditional
        return value

    def numbering_of(self, style_id: str | None) -> tuple[str | None, int | None]:
        """numId/ilvl a paragraph style (or its bases) gives its paragraphs."""
        for info in self._chain(style_id):
            if info.num_id is not None:
                return info.num_id, info.ilvl
        return None, None


def read_num_pr(num_pr: etree._Element) -> tuple[str | None, int | None]:
    num_id = num_pr.find(W + "numId")
    ilvl = num_pr.find(W + "ilvl")
    return (num_id.get(W + "val") if num_id is not None else None,
            _int(ilvl.get(W + "val")) if ilvl is not None else None)


def table_conditions(tbl_look: etree._Element | None, row_index: int, row_count: int,
                     col_index: int, col_count: int) -> list[str]:
    """Table-style conditions (lowest priority first) that apply to one cell, per the table's tblLook."""
    if tbl_look is None:
        return []
    bits = _int(tbl_look.get(W + "val"), base=16) or 0
    where = {"firstRow": row_index == 0, "lastRow": row_index == row_count - 1,
             "firstCol": col_index == 0, "lastCol": col_index == col_count - 1}
    out = []
    for condition, attribute, bit in TABLE_CONDITIONS:
        explicit = tbl_look.get(W + attribute)
        enabled = explicit in ("1", "true", "on") if explicit is not None else bool(bits & bit)
        if enabled and where[condition]:
            out.append(condition)
    return out


def _run_props(rpr: etree._Element | None) -> dict[str, bool]:
    props: dict[str, bool] = {}
    if rpr is None:
        return props
    for prop in ("b", "vanish"):
        value = on_off(rpr.find(W + prop))
        if value is not None:
            props[prop] = value
    return props


def _int(text: str | None, base: int = 10) -> int | None:
    try:
        return int(text, base) if text is not None else None
    except ValueError:
        return None
