"""Recognising a plan table's header row and mapping its columns to roles by synonyms."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.language import clean
from parsers.model import Cell, Row
from parsers.numerals import counting_from
from pipeline.structure.clipped_header import clipped_name
from pipeline.structure.misread import misread_role, spaced_otherwise
from pipeline.structure.unread_name import unread_name
from pipeline.structure.vocabulary import fold, starts_with_phrase, vocabulary

_COLUMN_NUMBERS = re.compile(r"^\d{1,2}\.?$")
_OCR_NUMERAL = 2  # characters (but spaces and stops) of a column's number as OCR may read it
_BROKEN_WORD = re.compile(r"(?<=[а-яё])-[ \t]*\n\s*(?=[а-яё])")
_UNREAD_MARKS = 3  # letters and "№" of an OCR'd first header cell that names nothing: "№ п/п" misread
# as many, where the rest of the header names the core columns (name, deadline, executors): "№ п/п" read "Напа"
_UNREAD_MARKS_BESIDE_CORE = 5
# A header names all its cells but one; one naming the measure, its deadline and its executors may leave two
# unnamed (financing and its source: columns no vocabulary lists), whose text the measures keep.
_UNNAMED_OF_MANY = 2


@dataclass
class Header:
    """Roles per grid column, e.g. ["number", "name", "deadline", "executors", "result"]."""

    roles: list[str | None]
    labels: list[str] = field(default_factory=list)  # each column's header text as printed, cleaned

    @property
    def width(self) -> int:
        return len(self.roles)

    def signature(self) -> tuple:
        return tuple(self.roles)


def header_label(text: str) -> str:
    """A header cell's text as a reader names the column: on one line, a word the narrow cell broke
    with a hyphen ("финанси-|рования") joined again."""
    return clean(_BROKEN_WORD.sub("", text))


def role_of(text: str, fuzzy: bool = False) -> str | None:
    """The column role a header cell names; `fuzzy` (cells read by OCR) forgives a misread letter."""
    folded = fold(text)
    if not folded:
        return None
    best: tuple[int, str] | None = None
    for role, phrases in vocabulary()["header_roles"].items():
        for phrase in phrases:
            if starts_with_phrase(folded, phrase) and (best is None or len(phrase) > best[0]):
                best = (len(phrase), role)
                break
    if best is None and text.strip() in ("№", "N", "#"):
        return "number"
    if best is None:
        best = spaced_otherwise(folded)
    if best is None and fuzzy:
        return misread_role(folded) or _after_speck(text)
    return best[1] if best else None


def _after_speck(text: str) -> str | None:
    """An OCR'd header cell opened by a lowercase one-letter word a speck was read as, before the
    capital the cell's words open with ("в Срок проведения"): the role the rest names, word for word.
    A cell's sentence ("в течение года", "и другие") goes on in lowercase."""
    words = text.split()
    if len(words) < 2 or len(words[0]) != 1 or not words[0].islower() or not words[1][:1].isupper():
        return None
    return role_of(" ".join(words[1:]))


def cell_role(cell: Cell) -> str | None:
    """The role a header cell names; a cell that names none on its first line may on its last ones,
    word for word: a group cell read together with the cell under it ("Исполнение" / "Ответственные
    исполнители"). Word for word, as the rest of a measure's sentences names no column."""
    fuzzy = cell.confidence is not None
    role = role_of(cell.text, fuzzy)
    lines = cell.text.strip().split("\n")
    for k in range(1, len(lines)):
        if role is not None:
            break
        rest = fold("\n".join(lines[k:]))
        role = next((r for r, phrases in vocabulary()["header_roles"].items() if rest in phrases), None)
    return role


def _opens_heading(text: str) -> bool:
    """A header's cells open with a capital or a sign, but for one now and then ("результат"); a row
    whose cells open in lowercase is sentences going on (the rest of a row cut by a page:
    "мероприятия по …" | "период"), however much it sounds like a header."""
    first = text.strip()[:1]
    return bool(first) and not first.islower()


def read_header(row: Row) -> Header | None:
    """The header this row spells, or None when it is not a plan header."""
    header = _read_header_row(row)
    return header if header is not None and set(header.roles) & _needs() else None


def _needs() -> set[str]:
    return set(vocabulary()["header_needs_one_of"])


def _read_header_row(row: Row) -> Header | None:
    """Roles of a row that reads as header words, whether or not it names a deadline or executors."""
    roles: list[str | None] = []
    labels: list[str] = []
    named = capitalised = 0
    filled = 0
    cell_roles = [_role_at(k, cell) for k, cell in enumerate(row.cells)]
    if (name := unread_name(row.cells, cell_roles)) is not None \
            or (name := clipped_name(row.cells, cell_roles)) is not None:
        cell_roles[name] = "name"
    for cell, role in zip(row.cells, cell_roles, strict=True):
        if cell.text.strip():
            filled += 1
            named += role is not None
            capitalised += role is not None and _opens_heading(cell.text)
        roles += [role] * cell.colspan
        labels += [header_label(cell.text)] * cell.colspan
    if "name" not in set(roles) or filled < 2 or named < 2 or capitalised < 2 \
            or filled - named > (_UNNAMED_OF_MANY if _names_the_core(roles) else 1):
        return None
    if roles and roles[0] is None and (not row.cells[0].text.strip() or _unread_marks(row.cells[0]) or (
            _names_the_core(roles) and _unread_marks(row.cells[0], _UNREAD_MARKS_BESIDE_CORE))):
        roles[0] = "number"
    return Header(roles, labels)


def _role_at(k: int, cell: Cell) -> str | None:
    """The role of the row's k-th cell; an OCR'd first cell of a few marks ("№ п/п" read "м ци") is the
    number column: counted as named, or a header whose other words came through but one would be one
    unnamed cell too many."""
    role = cell_role(cell) if cell.text.strip() else None
    return "number" if role is None and k == 0 and cell.text.strip() and (
        _unread_marks(cell) or _sign_after_speck(cell.text)) else role


def _sign_after_speck(text: str) -> bool:
    """A first header cell whose second word is the number sign, a speck's mark before it ("о. № п/п"):
    the number column. A header cut below a group cell carries this text down with no OCR confidence."""
    words = text.split()
    return len(words) >= 2 and words[1] == "№" and len(re.sub(r"[\W_]", "", words[0])) <= 1


def _names_the_core(roles: list[str | None]) -> bool:
    return {"name", "deadline"} <= set(roles) and bool({"executors", "exec_result"} & set(roles))


def _unread_marks(cell: Cell, limit: int = _UNREAD_MARKS) -> bool:
    """A first header cell read by OCR as a few marks ("№ п/п" read as "ы т", "№_ пп"): the number column."""
    return cell.confidence is not None and sum(ch.isalnum() or ch == "№" for ch in cell.text) <= limit


def is_column_numbering(row: Row) -> bool:
    """A row "1 | 2 | 3 | 4 | 5" under a header numbers the columns; it is not a measure. Read by OCR,
    one of its lone numerals may be misread ("4" as "ао", "5" as "5 ."): the others still count on.
    Under a group cell the header's other cells may run down over the row (`Cell.vmerged`, "№ п/п 1"
    over the three rows of a header ruled across only): its own cells then number the columns they
    stand in, every one read (a scan may lose one, or read it with a speck's mark: "6 -")."""
    own = [(pos, c.text.strip()) for pos, c in _starts(row) if not c.vmerged]
    carried = len(own) < len(row.cells)
    texts = [t for _, t in own]
    if len(texts) < (2 if carried else 3):
        return False
    if all(_COLUMN_NUMBERS.match(t) for t in texts):
        numbers = [t.rstrip(".") for t in texts]
        if carried:
            return [int(n) for n in numbers] == [pos + 1 for pos, _ in own]
        return counting_from(numbers) is not None
    if _numerals_in_order(texts):
        return True
    if all(c.confidence is None for c in row.cells):
        return False
    if carried:  # a numeral OCR lost or read with a speck's mark: every one read numbers its column
        read = [(pos, re.sub(r"\W", "", t)) for pos, t in own if re.sub(r"\W", "", t)]
        return bool(read) and all(m.isdigit() and int(m) == pos + 1 for pos, m in read)
    marks = [re.sub(r"[\s.]", "", t) for t in texts]
    if any(len(m) > _OCR_NUMERAL for m in marks):
        return False
    return counting_from(marks, misread=1) is not None


def refine_with_subheader(header: Header, row: Row) -> Header | None:
    """A second header row under the first: its named cells override the roles of the columns they sit in.
    A cell carried down from the header row (`Cell.vmerged`: "№ п/п" over both rows) is that row's own
    and need name nothing here: a scan's "№ п/п" read as marks names no role, the header told it."""
    roles = list(header.roles)
    labels = list(header.labels)
    pos = 0
    named = 0
    filled = 0
    for cell in row.cells:
        text = "" if cell.vmerged or _repeats_above(cell.text, labels[pos:pos + 1]) else cell.text.strip()
        role = cell_role(cell) if text else None
        if text:
            filled += 1
            named += role is not None
            if role:
                for k in range(pos, min(pos + cell.colspan, len(roles))):
                    roles[k] = role
                    if k < len(labels):
                        labels[k] = header_label(text)
        pos += cell.colspan
    if filled == 0 or named < filled:
        return None
    return Header(roles, labels)


def _repeats_above(text: str, above: list[str]) -> bool:
    """A lower header cell that prints again the cell over it, or its last words: a PDF's copy of a cell
    spanning both rows, or the rest of a word a page cut glued onto the cell above and left here too
    ("Исполните" at a page's foot, "ли" overleaf)."""
    words = fold(text).split()
    label = fold(above[0]).split() if above else []
    return bool(words) and len(words) <= len(label) and label[len(label) - len(words):] == words


def refines(header: Header, below: Header) -> bool:
    """A row under a header that reads as a header itself but only names what the header left open
    (a two-row header whose merged cells a DOCX repeats): every role the header gave stays."""
    return below.width == header.width and below.roles != header.roles and all(
        role is None or role == other for role, other in zip(header.roles, below.roles, strict=True))


def tops(row: Row, header: Header, lower: Row | None = None) -> bool:
    """A row over a header that names some of its columns as the header does and the rest not at
    all: the upper row of a two-row header whose group cell ("Организация исполнения") names no
    role, so that the row alone reads as no header. A cell the header row (`lower`) carries down
    (vmerged) is named as the header names it: a scan's "№ п/п" read "1" over both rows."""
    carried = {pos for pos, cell in _starts(lower) if cell.vmerged} if lower is not None else set()
    pos = named = unnamed = 0
    for cell in row.cells:
        text = cell.text.strip()
        if text and pos in carried and cell.colspan == 1 and header.roles[pos] is not None:
            named += 1
        elif text:
            role = cell_role(cell)
            if role is None:
                unnamed += 1
            elif role not in header.roles[pos:pos + cell.colspan] or not _opens_heading(text):
                return False
            else:
                named += 1
        pos += cell.colspan
    return pos <= header.width and named >= 2 and named >= unnamed


def _numerals_in_order(texts: list[str]) -> bool:
    """Every word of the row a numeral, counting on one by one, some cell holding several ("1" | "2" |
    "3 — 4 5"): the reader joined the numbers of columns it read as one (a header's merged cells)."""
    words = [w for t in texts for w in (re.sub(r"[\W_]", "", x) for x in t.split()) if w]
    if len(words) <= len(texts) or not all(w.isdigit() and len(w) <= 2 for w in words):
        return False
    return counting_from(words) is not None


def _starts(row: Row) -> list[tuple[int, Cell]]:
    """Each cell of a row with the grid column it starts at."""
    found, pos = [], 0
    for cell in row.cells:
        found.append((pos, cell))
        pos += cell.colspan
    return found


def header_words(row: Row) -> tuple[str, ...]:
    """A header row's words left to right, however the reader cut them into cells: a header printed
    again on a page whose columns were read from its own words alone ("Сроки" put with "Ответственные
    исполнители") is still the same header, word for word."""
    return tuple(w for cell in row.cells for w in fold(cell.text).split())


def header_bag(rows: list[Row]) -> frozenset[str]:
    """The words of a header's rows (its group cells' and the cells' under them), numerals aside."""
    return frozenset(w for row in rows for w in header_words(row) if not w.strip(".").isdigit())


MIN_BAG = 4  # words a header has at least for its words alone to tell it again
MIN_PART = 3  # words of a piece of a header read apart that tell it as the plan's


def same_words(bag: frozenset[str], other: frozenset[str]) -> bool:
    """The same header's words, one misread at most on either side; a word OCR read in two pieces
    ("Резул ьтат") counts as the word."""
    extra, missing = set(bag - other), set(other - bag)
    for word in sorted(missing):
        pair = next(((a, b) for a in extra for b in extra if a != b and a + b == word), None)
        if pair is not None:
            missing.discard(word)
            extra.difference_update(pair)
    return len(other) >= MIN_BAG and len(extra) <= 1 and len(missing) <= 1


def part_of(bag: frozenset[str], other: frozenset[str]) -> bool:
    """Some of a header's words, every one of them, read apart from the rest (a header read in pieces)."""
    return len(bag) >= MIN_PART and bag <= other


def agrees(roles: list[str | None] | tuple, other: list[str | None] | tuple) -> bool:
    """Two readings of one header: as wide, no column named otherwise, the name and two more columns
    named alike. A header printed again on a page may be cut into its rows otherwise than the first
    (a group cell read with the cell under it names nothing: "Исполнение Ответственные …")."""
    if len(roles) != len(other):
        return False
    alike = {a for a, b in zip(roles, other, strict=True) if a is not None and a == b}
    clash = any(a is not None and b is not None and a != b for a, b in zip(roles, other, strict=True))
    return not clash and "name" in alike and len(alike) >= 3
