"""Columns a plan's header names nothing we know: their text is kept, and a person is told.

Real orders carry columns no sample shows (financing, sources, indicators); a scan may misread a known
header ("Иаюлнители"). A column without a role keeps its text in the measure's `other_columns`, and the
document says so once per plan and header (`column_unknown`). A core role the header lacks is taken by the
one unnamed column whose header is close to the role's words (a stamp over a header may garble two cells,
"Ответорибиный" beside "Ожазаемые результаты"); when the header lacks exactly one of the core roles and
exactly one column has none, that column takes it if its cells read as the role (`column_role_guessed`).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from normalizers import deadlines, executors
from normalizers.language import is_known_word
from normalizers.outcomes import Code
from parsers.model import Row
from pipeline.structure.headers import Header
from pipeline.structure.model import ColumnNote, Plan
from pipeline.structure.vocabulary import fold, vocabulary

CORE_ROLES = ("name", "deadline", "executors")
_COVERS = {"executors": ("exec_result",)}  # a joint column holds the role as well
# How close a header's letters must be to one of the missing role's phrases, once one column is left:
# looser than a header read alone (misread._FUZZY_RATIO), as only one role and one column are in play.
_CLOSE_RATIO, _MIN_LETTERS = 0.7, 6
# Or its first word opens with the phrase's first word's first letters and is about as long, garbled after them.
_SAME_OPENING, _LENGTH_SLACK = 5, 3
_MOST = 0.6  # the share of the column's filled cells that must read as the role
_MIN_CELLS = 2  # and at least this many filled cells
_CELLS_LOOKED_AT = 40  # rows under the header a guess reads


def guess_missing_role(header: Header, rows: list[Row]) -> tuple[Header, ColumnNote | None]:
    """The header with its one unnamed column given the one core role it lacks, when the column's header
    or its cells (the table's `rows` under the header) say so; else the header as it was."""
    missing = [r for r in CORE_ROLES if r not in header.roles
               and not any(c in header.roles for c in _COVERS.get(r, ()))]
    unnamed = [k for k, role in enumerate(header.roles) if role is None]
    label = lambda k: header.labels[k] if k < len(header.labels) else ""  # noqa: E731
    for role in missing:
        sounding = [k for k in unnamed if k != 0 and sounds_like(label(k), role)]
        if len(sounding) == 1:
            return _given(header, sounding[0], role, label(sounding[0]))
    if len(missing) != 1 or len(unnamed) != 1 or unnamed[0] == 0:
        return header, None
    role, k = missing[0], unnamed[0]
    if not cells_read_as(role, column_texts(rows[:_CELLS_LOOKED_AT], k)):
        return header, None
    return _given(header, k, role, label(k))


def _given(header: Header, k: int, role: str, label: str) -> tuple[Header, ColumnNote]:
    roles = list(header.roles)
    roles[k] = role
    return Header(roles, list(header.labels)), ColumnNote(Code.COLUMN_ROLE_GUESSED, "", label, role)


def _letters(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalpha())


def sounds_like(label: str, role: str) -> bool:
    """The header's first words, letters only, are close to one of the role's phrases of as many words,
    and one of them is no word at all: a misreading ("Иаюлнители"), not another wording ("Исполнение")."""
    words = fold(label).split()
    for phrase in vocabulary()["header_roles"].get(role, []):
        target, n = _letters(phrase), len(phrase.split())
        if len(target) < _MIN_LETTERS or len(words) < n or all(is_known_word(w) for w in words[:n]):
            continue
        if SequenceMatcher(None, _letters(" ".join(words[:n])), target).ratio() >= _CLOSE_RATIO \
                or _same_opening(words[0], phrase.split()[0]):
            return True
    return False


def _same_opening(word: str, first: str) -> bool:
    """A word no dictionary knows that opens with the first letters of the phrase's first word and is about as
    long: the rest of it garbled ("Ответорибиный" under a stamp's ring)."""
    return (len(first) >= _SAME_OPENING and abs(len(word) - len(first)) <= _LENGTH_SLACK
            and word[:_SAME_OPENING] == first[:_SAME_OPENING] and not is_known_word(word))


def column_texts(rows: list[Row], k: int) -> list[str]:
    """The filled cells that stand in grid column `k` alone (a cell spanning more columns is no column's)."""
    texts = []
    for row in rows:
        pos = 0
        for cell in row.cells:
            if pos == k and cell.colspan == 1 and cell.text.strip():
                texts.append(cell.text.strip())
            pos += cell.colspan
    return texts


def cells_read_as(role: str, texts: list[str]) -> bool:
    """Most of the column's cells read as the role by its own normaliser: deadlines that parse, or
    executors of a known kind named without a doubt."""
    if role == "deadline":
        fits = [deadlines.is_deadline_cell(t) for t in texts]
    elif role == "executors":
        fits = [_plain_executors(t) for t in texts]
    else:
        return False
    return len(fits) >= _MIN_CELLS and sum(fits) >= _MOST * len(fits)


def _plain_executors(text: str) -> bool:
    read = executors.normalize(text, None)
    return bool(read.executors) and not read.warnings and all(e.kind != "other" for e in read.executors)


def unknown_column_notes(plan: Plan) -> list[ColumnNote]:
    """One note per header of a column without a role whose text some measure of the plan kept."""
    seen = dict.fromkeys(label for m in plan.measures for label in m.others)
    return [ColumnNote(Code.COLUMN_UNKNOWN, plan.title, label) for label in seen]
