"""What joins the pieces of a cell once they are read, in order: owners in the genitive (genitive_owners.py), a
group's abbreviation after a unit of the schools (group_owners.py), an administration's after a post over its unit
(post_unit_owners.py), a territory's initials after a body (territory_initials.py); then a capacity in parentheses
set apart as extra text (parenthesised_capacities.py)."""

from __future__ import annotations

from normalizers.executors.genitive_owners import join_owners
from normalizers.executors.group_owners import join_group_owners
from normalizers.executors.parenthesised_capacities import capacities_apart
from normalizers.executors.pieces import Piece
from normalizers.executors.post_unit_owners import join_post_unit_owners
from normalizers.executors.territory_initials import join_territory_initials


def read_owners(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces (two or more) with their owners, groups and territories joined and capacities set apart."""
    pieces = join_territory_initials(join_post_unit_owners(join_group_owners(join_owners(pieces, cell), cell), cell),
                                     cell)
    return capacities_apart(pieces, cell) if "(" in cell else pieces
