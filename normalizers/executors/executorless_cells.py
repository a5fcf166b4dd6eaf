"""Whether a cell names executors at all: dashes, a repeated header, a deadline, a result or a document's text
in the executor column name nobody. The first test of every cell (normalizer.py) and the only one the structure
step asks (names_executors), so it stands apart from the reading of names."""

from __future__ import annotations

import re

from normalizers.deadlines import is_deadline_cell
from normalizers.executors.classification import (
    is_header,
    names_a_place,
    opens_like_a_deadline,
    opens_with_a_body,
    opens_with_a_legal_form,
    opens_with_result,
)
from normalizers.executors.executor_openings import opens_with_an_executor
from normalizers.executors.glossary import Glossary
from normalizers.executors.persons import holder_in_parentheses, opens_with_a_person
from normalizers.executors.splitting import without_agreement
from normalizers.executors.statements import states_something_done
from normalizers.executors.text import field, has_letters, items

AGREED_NAME_WORDS = 3  # "Русская православная церковь (по согласованию)"
# "(далее – ДК)": a definition's dash, no executors after another column's tail
_DASH_THEN_NAME_RE = re.compile(r"(?<!далее)(?<!далее\s)(?:\s[-–—]\s*|\s*[-–—]\s)", re.IGNORECASE)
_WORD_KEY = field("key")


def holds_no_executors(cell: str, words: list, glossary: Glossary) -> bool:
    """Dashes, a repeated header, a deadline, or a result/document text in the executor column."""
    if not has_letters(cell) or not words:
        return True
    if opens_with_a_person(cell):
        return False  # "К.Н. Мухортова", "В.В. Цветкова": initials, not the prepositions "к", "в"
    if holder_in_parentheses(cell) and not is_deadline_cell(cell):
        return False  # "К по МП (В.В. Зубенко)": whatever its first word, it names the holder's body
    lengths = glossary.lengths.get(words[0].key)  # the names the first word opens, longest first
    if lengths is not None and glossary.longest_match(list(map(_WORD_KEY, words[: lengths[0]])), 0):
        return states_something_done(words)
    if opens_with_a_body(words):
        return states_something_done(words)
    if opens_with_a_legal_form(words):
        return states_something_done(words)  # 'МАУ "ДК "Октябрь"': an organisation, not the month in its name
    if opens_with_an_executor(words) and not is_header(words):
        return states_something_done(words)  # "Директор школы, 2019 год": the date is extra text
    if is_header(words) or opens_like_a_deadline(words) or names_a_place(words):
        return True
    unagreed = without_agreement(cell)
    if opens_with_result(words) and not _executors_after_dash(cell, glossary) and not _agreed_name(cell, unagreed):
        return True  # a deadline or not, the cell names nobody: the deadline reading, the dearest test, is spared
    return is_deadline_cell(unagreed)


def _agreed_name(cell: str, unagreed: str) -> bool:
    """"Благочиние (по согласованию)": a short name agreed with is an executor whatever its noun reads like; a
    measure's long text with the same words is not."""
    return unagreed is not cell and len(items(unagreed)) <= AGREED_NAME_WORDS


def _executors_after_dash(cell: str, glossary: Glossary) -> bool:
    """"совещания –МООУСО, ОО": the words before a dash are the tail of another column."""
    match = _DASH_THEN_NAME_RE.search(cell) if "-" in cell or "–" in cell or "—" in cell else None
    if match is None:
        return False
    after = items(cell[match.end():])
    return bool(after) and glossary.longest_match([w.key for w in after], 0) is not None
