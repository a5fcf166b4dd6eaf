"""A team word alone among roles ("Администрация, учителя-предметники, классные руководители"): the management
team of the plan's own school or kindergarten, a role (O60), not a municipal administration, which a plan names
with its territory ("администрация района", "администрация МО")."""

from __future__ import annotations

from normalizers.executors.pieces import Piece
from normalizers.executors.positions import team_positions


def teams_among_roles(pieces: list[Piece]) -> list[Piece]:
    """Re-kind a bare team word read as a body when every other executor of the cell is a role."""
    if len(pieces) < 2:
        return pieces
    teams = team_positions()
    bare = [i for i, p in enumerate(pieces) if p.kind != "role" and p.name.lower() in teams]
    if not bare or any(p.kind != "role" for i, p in enumerate(pieces) if i not in bare):
        return pieces
    out = list(pieces)
    for i in bare:
        p = pieces[i]
        out[i] = Piece(p.name[:1].lower() + p.name[1:], p.abbreviation, "role", p.start, p.end, p.status)
    return out
