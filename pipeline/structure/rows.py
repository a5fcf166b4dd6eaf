"""Reading one table row against its plan's header: cells by role, and what kind of row it is."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.language import clean
from parsers.model import Row

NUMBER = re.compile(r"^(?:№\s*)?(?:\d{1,3}(?:\s*\.\s*\d{1,3})*\.?|[IVXLC]{1,6}\.?)\)?$")
_SENTENCE_START = re.compile(r"^[\W_]*")


@dataclass
class RowCells:
    """A data row's text per role; `spans` tells which roles a spanning cell covers."""

    texts: dict[str, str]
    n_filled: int
    single_cell: bool  # one non-empty cell spanning two or more columns, or the only cell
    page: int | None
    first_paragraph: str = ""  # of the first filled cell: what a one-cell title row is titled by
    inherited: frozenset[str] = frozenset()  # roles whose text a vertically merged cell above carried down
    merged_empty: frozenset[str] = frozenset()  # roles under a merged cell whose text stands on an earlier page
    confidence: float | None = None  # OCR: the lowest confidence of the row's cells; None when not OCR
    start: tuple[int, int] | None = None  # DOCX (table, row) of the first physical row read into these cells
    end: tuple[int, int] | None = None  # and of the last
    continued: bool | None = None  # PDF, a page's first row: what the page's geometry says (Row.continued)
    cut: bool = False  # PDF, a page's last row whose rest opens the next page (Row.cut)
    wrapped: bool = False  # PDF, a continued row whose cells above broke at a wrap's space (Row.wrapped)
    others: dict[str, str] = field(default_factory=dict)  # header -> text of the columns without a role
    rests: frozenset[str] = frozenset()  # PDF: roles whose text opens with the rest of a word the page before cut
    repaired: bool = False  # OCR: a cell's number was chosen to fit the plan, not as first read

    def get(self, role: str) -> str:
        return self.texts.get(role, "")

    @property
    def number(self) -> str:
        return self.get("number")

    @property
    def name(self) -> str:
        return self.get("name")

    def filled_roles(self) -> list[str]:
        return [r for r, t in self.texts.items() if t.strip()]


def project(row: Row, column_roles: list[str | None], labels: list[str] | None = None) -> RowCells:
    """Map the row's cells to roles by grid position; `column_roles` gives each column's role
    (None: a column read as nothing, whose text goes to `others` under its header in `labels`).
    Cells beyond the known columns go to "overflow"."""
    texts: dict[str, str] = {}
    others: dict[str, str] = {}
    inherited: set[str] = set()
    merged_empty: set[str] = set()
    rests: set[str] = set()
    pos = 0
    filled = [c for c in row.cells if c.text.strip()]
    for cell in row.cells:
        text = cell.text.strip()
        if pos < len(column_roles):
            role = column_roles[pos]
        else:
            role = "overflow"
        pos += cell.colspan
        if cell.vmerged and not text and role is not None:
            merged_empty.add(role)
        if text and role is None:
            label = column_label(labels, pos - cell.colspan)
            others[label] = f"{others[label]}\n{text}" if others.get(label) else text
        if not text or role is None:
            continue
        if cell.vmerged:
            inherited.add(role)
        if cell.rest_of_word and not texts.get(role):
            rests.add(role)
        texts[role] = f"{texts[role]}\n{text}" if texts.get(role) else text
    single = len(filled) == 1 and (filled[0].colspan >= 2 or len(row.cells) == 1
                                   or _heading_in_number_column(row, column_roles))
    first = ""
    if filled:
        first = filled[0].paragraphs[0] if filled[0].paragraphs else filled[0].text.strip().split("\n")[0]
    scores = [c.confidence for c in row.cells if c.confidence is not None]
    where = (row.table, row.index) if row.table is not None and row.index is not None else None
    return RowCells(texts, len(filled), single, row.page, clean(first), frozenset(inherited),
                    frozenset(merged_empty), min(scores) if scores else None, where, where, row.continued,
                    row.cut, row.wrapped, others, frozenset(rests), any(c.repaired for c in row.cells))


def column_label(labels: list[str] | None, pos: int) -> str:
    """The header a column is printed under, or "столбец N" (1-based) where it has none."""
    label = labels[pos] if labels and pos < len(labels) else ""
    return label or f"столбец {pos + 1}"


def _heading_in_number_column(row: Row, column_roles: list[str | None]) -> bool:
    """Words alone in the number column ("3. Мониторинг", "Мониторинг"): a section row whose
    spanning cell a reader without rules took for the first column's; a measure's name stands
    in the name column, and the rest of a row cut by a page opens in lowercase."""
    first = row.cells[0].text.strip() if row.cells else ""
    return bool(column_roles) and column_roles[0] == "number" and row.cells[0].colspan == 1 \
        and bool(first) and not is_number(first) and not starts_lowercase(first)


def is_number(text: str) -> bool:
    return bool(NUMBER.match(clean(text))) if text.strip() else False


def starts_lowercase(text: str) -> bool:
    stripped = _SENTENCE_START.sub("", text.strip())
    return bool(stripped) and stripped[0].islower()


def starts_bullet(text: str) -> bool:
    return text.lstrip()[:1] in ("-", "•", "–", "▪", "·")


def strip_leading_number(text: str) -> str:
    return re.sub(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.)\s+", "", text)


def top_level(number: str) -> bool:
    """ "1", "1.", "II." are top level; "1.1" is not."""
    core = clean(number).rstrip(".").strip()
    return bool(core) and "." not in core


def is_child_number(child: str, parent: str) -> bool:
    p = clean(parent).rstrip(".")
    c = clean(child)
    return bool(p) and c.startswith(p + ".") and len(c.rstrip(".")) > len(p)
