"""Letters a document defines as one school ("… «Гимназия № 2» (далее – ОУ)") written straight after the
administration or after the post of a methodical association ("Администрация ОУ", "Руководитель ШМО ОУ") name that
school's own body or post: one role of the school, not a body and a school beside it (a school's administration is
no authority of the municipality, and its association is its own); so does a post before the one word a document
defines the school by, in the genitive ("… «Лицей № 8» (далее – Лицей)": "Учителя Лицея"). roles.py reads the
administration, as before a group's letters; roles_over_groups.py the other roles written before such letters."""

from __future__ import annotations

from normalizers.executors.classification import bare
from normalizers.executors.morphology import can_be, inflect_phrase, lemma
from normalizers.executors.pieces import RULE, Piece
from normalizers.executors.positions import member_bodies
from normalizers.executors.text import Item, items, tidy


def of_one_school(cell: str, left: Piece, right: Piece) -> Piece | None:
    """The administration or the association's post on the left read as one role of the school on the right, or
    None. `right` is a piece of kind school written straight after `left`."""
    right_words = items(cell[right.start:right.end], right.start)
    if len(right_words) != 1 or cell[left.end:right.start].strip() or left.kind != "role":
        return None
    words = items(cell[left.start:left.end], left.start)
    if right_words[0].is_abbreviation:
        if len(words) < 2 or not words[-1].is_abbreviation or bare(words[-1]) not in member_bodies():
            return None  # "Руководитель ШМО" + "ОУ": the head of the school's own association
    elif not _defined_word_in_genitive(right_words[0], right) or words[-1].is_abbreviation:
        return None  # "Учителя" + "Гимназии" a document defines: that school's teachers
    name = f"{left.name} {inflect_phrase(right.name, 'gent', 'sing')}"
    return Piece(tidy(name), None, "role", left.start, right.end, RULE)


def _defined_word_in_genitive(word: Item, right: Piece) -> bool:
    """The school is named by the one capitalised word a document defines it by, written in the genitive."""
    return word.capitalised and right.abbreviation is not None and bare(word) == lemma(right.abbreviation) \
        and can_be(word.lower, "NOUN", "gent")


def one_school(found) -> bool:
    """A match (entry, end) of letters the glossary reads as one school ("ОУ" a document defines so): "Администрация
    ОУ" is then that school's management team, a role, as before a group's letters."""
    return found is not None and found[0].kind == "school"
