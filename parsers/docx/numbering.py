"""Word's automatic paragraph numbering, rendered as the reader sees it ("1.1.", "3)", "IV.", "а)").

Definitions come from numbering.xml: a w:num (numId) points at a w:abstractNum holding up to nine
levels (start, numFmt, lvlText such as "%1.%2.", suffix, lvlRestart). Counting follows Word: the
running counters belong to the abstract definition, so every numId over one abstractNum continues the
same sequence; a numId with w:lvlOverride/w:startOverride restarts the overridden levels the first time
it is used. Bullets render as "-" whatever glyph the level draws, which is how list items are written
elsewhere in these documents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLET = "-"
SUFFIXES = {"tab": " ", "space": " ", "nothing": ""}
MAX_LEVELS = 9
MAX_LEVEL_TEXT = 64  # Word's lvlText is a few characters; a long one would be repeated on every item
MAX_LETTER_REPEAT = 10  # "aaaaaaaaaa" at most; larger counters (hostile start values) print as digits

# Word's Russian list letters skip ё, й, ъ, ь (as LibreOffice reproduces them)
RUSSIAN_LOWER = "абвгдежзиклмнопрстуфхцчшщыэюя"
LATIN_LOWER = "abcdefghijklmnopqrstuvwxyz"
ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
         (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # lvlText; None when the level does not say
    suffix: str = " "
    restart: int | None = None  # lvlRestart: None = after any higher level, 0 = never
    legal: bool = False  # isLgl: show all levels as decimal numbers
    style: str | None = None  # pStyle bound to this level


@dataclass
class NumberingInstance:
    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


@dataclass
class _Counters:
    values: dict[int, int | None] = field(default_factory=dict)
    seen_instances: set[str] = field(default_factory=set)


class Numbering:
    """Numbering definitions of one document plus the counters of one reading pass."""

    def __init__(self, numbering_element: etree._Element | None,
                 style_num_id: Callable[[str], str | None] = lambda _style: None):
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.style_links: dict[str, str] = {}  # abstractNum id -> numbering style it takes levels from
        self.instances: dict[str, NumberingInstance] = {}
        self._style_num_id = style_num_id
        self._counters: dict[str, _Counters] = {}
        if numbering_element is not None:
            self._load(numbering_element)

    def _load(self, root: etree._Element) -> None:
        for abstract in root.iterfind(W + "abstractNum"):
            abstract_id = abstract.get(W + "abstractNumId")
            if abstract_id is None:
                continue
            self.abstracts[abstract_id] = {
                lvl_index: parse_level(lvl) for lvl in abstract.iterfind(W + "lvl")
                if (lvl_index := _int(lvl.get(W + "ilvl"))) is not None and 0 <= lvl_index < MAX_LEVELS}
            link = abstract.find(W + "numStyleLink")
            if link is not None and link.get(W + "val"):
                self.style_links[abstract_id] = link.get(W + "val")
        for num in root.iterfind(W + "num"):
            num_id, abstract = num.get(W + "numId"), num.find(W + "abstractNumId")
            if num_id is None or abstract is None:
                continue
            instance = NumberingInstance(abstract.get(W + "val", ""))
            for override in num.iterfind(W + "lvlOverride"):
                index = _int(override.get(W + "ilvl"))
                if index is None:
                    continue
                start = override.find(W + "startOverride")
                if start is not None and _int(start.get(W + "val")) is not None:
                    instance.start_overrides[index] = _int(start.get(W + "val"))
                lvl = override.find(W + "lvl")
                if lvl is not None:
                    instance.level_overrides[index] = parse_level(lvl)
            self.instances[num_id] = instance

    def _abstract_of(self, num_id: str) -> str | None:
        """Resolved abstractNum id, following numStyleLink through the numbering style."""
        instance = self.instances.get(num_id)
        abstract_id = instance.abstract_id if instance else None
        for _ in range(5):
            if abstract_id not in self.style_links:
                break
            linked_num = self._style_num_id(self.style_links[abstract_id])
            linked = self.instances.get(linked_num) if linked_num else None
            if linked is None or linked.abstract_id == abstract_id:
                break
            abstract_id = linked.abstract_id
        return abstract_id if abstract_id in self.abstracts else None

    def levels(self, num_id: str) -> dict[int, Level] | None:
        """The levels a numId draws with: the abstract's, with the instance's overrides applied."""
        abstract_id = self._abstract_of(num_id)
        if abstract_id is None:
            return None
        instance = self.instances[num_id]
        levels = dict(self.abstracts[abstract_id])
        levels.update(instance.level_overrides)
        for index, start in instance.start_overrides.items():
            levels[index] = replace(levels.get(index, Level()), start=start)
        return levels

    def level_for_style(self, num_id: str, style_id: str | None) -> int | None:
        """The level whose w:pStyle names this paragraph style, when a style brings the numbering."""
        for index, level in (self.levels(num_id) or {}).items():
            if style_id and level.style == style_id:
                return index
        return None

    def next_label(self, num_id: str, ilvl: int) -> str:
        """Count one paragraph at this numId/level and return its label with suffix ("" if none)."""
        levels = self.levels(num_id)
        if levels is None:
            return ""
        ilvl = min(max(ilvl, 0), MAX_LEVELS - 1)
        abstract_id = self._abstract_of(num_id)
        counters = self._counters.setdefault(abstract_id, _Counters())
        if num_id not in counters.seen_instances:
            counters.seen_instances.add(num_id)
            for index in self.instances[num_id].start_overrides:
                counters.values[index] = None
        level = levels.get(ilvl, Level())
        current = counters.values.get(ilvl)
        counters.values[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart != 0 and ilvl < restart):
                counters.values[deeper] = None
        label = render_label(ilvl, levels, counters.values)
        return label + level.suffix if label else ""


def render_label(ilvl: int, levels: dict[int, Level], values: dict[int, int | None]) -> str:
    """Fill the level's lvlText ("%1.%2.") with the counters, each in its own level's format."""
    level = levels.get(ilvl, Level())
    if level.fmt == "bullet":
        return BULLET if level.text else ""
    if level.fmt == "none" and not level.text:
        return ""
    template = (level.text if level.text is not None else f"%{ilvl + 1}.")[:MAX_LEVEL_TEXT]
    out, i = [], 0
    while i < len(template):
        ch = template[i]
        if ch == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            index = int(template[i + 1]) - 1
            source = levels.get(index, Level())
            value = values.get(index)
            fmt = "decimal" if level.legal and source.fmt not in ("none", "bullet") else source.fmt
            out.append(format_number(source.start if value is None else value, fmt))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def format_number(value: int, fmt: str) -> str:
    if fmt == "none":
        return ""
    if fmt == "bullet":
        return BULLET
    if fmt in ("upperRoman", "lowerRoman") and 0 < value < 4000:
        roman = _roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt in ("upperLetter", "lowerLetter") and 0 < value <= MAX_LETTER_REPEAT * len(LATIN_LOWER):
        letters = _letters(value, LATIN_LOWER)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("russianLower", "russianUpper") and 0 < value <= MAX_LETTER_REPEAT * len(RUSSIAN_LOWER):
        letters = _letters(value, RUSSIAN_LOWER)
        return letters.upper() if fmt == "russianUpper" else letters
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)  # decimal and every format not worth a table of its own


def _letters(value: int, alphabet: str) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa.. (the letter repeated)."""
    repeat, index = divmod(value - 1, len(alphabet))
    return alphabet[index] * (repeat + 1)


def _roman(value: int) -> str:
    out = []
    for amount, digits in ROMAN:
        while value >= amount:
            out.append(digits)
            value -= amount
    return "".join(out)


def parse_level(lvl: etree._Element) -> Level:
    def val(tag: str) -> str | None:
        element = lvl.find(W + tag)
        return element.get(W + "val") if element is not None else None

    legal = lvl.find(W + "isLgl")
    return Level(
        start=_int(val("start")) if _int(val("start")) is not None else 1,
        fmt=val("numFmt") or "decimal",
        text=val("lvlText"),
        suffix=SUFFIXES.get(val("suff") or "tab", " "),
        restart=_int(val("lvlRestart")),
        legal=legal is not None and legal.get(W + "val", "true") not in ("0", "false", "off"),
        style=val("pStyle"),
    )


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None
