""""Руководители кружков: Иванова А.А. Петрова Б.Б.": a post in the plural, a colon, then persons only. The persons
hold the post, one each (O29: a position with its holder is one role named by the position; O58: a plural head
before a colon distributes over the list after it), so the cell names one role per person, the post in the
singular; the first mention spans the post and its first holder."""

from __future__ import annotations

from normalizers.executors.classification import is_person
from normalizers.executors.colon_bodies import posts_over_listed_bodies
from normalizers.executors.colon_places import posts_over_listed_places
from normalizers.executors.held_posts import singular_post
from normalizers.executors.pieces import HELD, Piece


def holders_after_a_colon(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with a plural post before a colon read as the post of each person listed after it."""
    if len(pieces) < 2 or pieces[0].kind != "role":
        return pieces
    post, persons = pieces[0], pieces[1:]
    if cell[post.end:persons[0].start].strip() != ":" or is_person(cell[post.start:post.end]):
        return pieces
    if not all(p.kind == "role" and is_person(cell[p.start:p.end]) for p in persons):
        return pieces
    name = singular_post(post, cell, written_plural_only=True)
    if name is None:
        return pieces  # "Директор: Иванова А.А.": one post written in the singular stays as the role rules read it
    return [Piece(name, None, "role", post.start if k == 0 else person.start, person.end, HELD)
            for k, person in enumerate(persons)]


def read_colon_lists(pieces: list[Piece], cell: str) -> list[Piece]:
    """A plural post before a colon over the persons who hold it, or over the institutions it heads (colon_bodies),
    or over the settlements whose administrations it heads (colon_places)."""
    return posts_over_listed_places(posts_over_listed_bodies(holders_after_a_colon(pieces, cell), cell), cell)

