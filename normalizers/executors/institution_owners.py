"""A body of a school's own written with its school after it ("Управляющий совет лицея", "Попечительские советы ОУ") is
one executor (extents._of_its_institution) that keeps the school in its name, as a role keeps its organisation (sample
R12) and "Совет РОО" keeps its department: whose council it is tells the councils of different schools apart."""

from __future__ import annotations

from normalizers.executors.positions import group_in_case
from normalizers.executors.text import Item
from normalizers.executors.written_number import in_written_number


def owned_body_name(name: str, words: list[Item], i: int, end: int, own: int, match, span_text) -> str:
    """The glossary's `name` of words[i:end] in the number written, then its owner words[end:own]: an abbreviation
    spelt out in the genitive ("ОО" -> "образовательных организаций"), other words as written (already genitive)."""
    written = in_written_number(name, words[i:end])
    found = match(end) if own - end == 1 and words[end].is_abbreviation else None
    owner = group_in_case(found[0].name, "gent") if found is not None else span_text(end, own)
    return f"{written} {owner}"
