"""Letters a document defines as one school ("… «Гимназия № 2» (далее – ОУ)") written straight after the
administration or after the post of a methodical association ("Администрация ОУ", "Руководитель ШМО ОУ") name that
school's own body or post: one role of the school, not a body and a school beside it (a school's administration is
no authority of the municipality, and its association is its own). roles.py reads the administration, as before a
group's letters; roles_over_groups.py the other roles written before such letters."""

from __future__ import annotations

from normalizers.executors.classification import bare
from normalizers.executors.morphology import inflect_phrase
from normalizers.executors.pieces import RULE, Piece
from normalizers.executors.positions import member_bodies
from normalizers.executors.text import items, tidy


def of_one_school(cell: str, left: Piece, right: Piece) -> Piece | None:
    """The administration or the association's post on the left read as one role of the school on the right, or
    None. `right` is a piece of kind school written straight after `left`."""
    right_words = items(cell[right.start:right.end], right.start)
    if len(right_words) != 1 or not right_words[0].is_abbreviation or cell[left.end:right.start].strip():
        return None
    words = items(cell[left.start:left.end], left.start)
    if left.kind != "role" or len(words) < 2 or not words[-1].is_abbreviation or bare(words[-1]) not in member_bodies():
        return None
    name = f"{left.name} {inflect_phrase(right.name, 'gent', 'sing')}"  # the head of the school's own association
    return Piece(tidy(name), None, "role", left.start, right.end, RULE)


def one_school(found) -> bool:
    """A match (entry, end) of letters the glossary reads as one school ("ОУ" a document defines so): "Администрация
    ОУ" is then that school's management team, a role, as before a group's letters."""
    return found is not None and found[0].kind == "school"
