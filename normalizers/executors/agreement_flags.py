"""Which executors "(по согласованию)" marks: the one that ends last before it, and the lone adjectives before
that one that share its noun ("районные и городские отделы (по согласованию)": both are agreed with), or the
complements before it that share its head ("администрации городов и районов (по согласованию)")."""

from __future__ import annotations

from normalizers.executors.pieces import Piece


def agreement_flags(found: list[Piece], agreement_at: list[int], cell: str) -> list[bool]:
    """"(по согласованию)" belongs to the executor that ends last before it, and to the lone words before that
    executor that share its noun ("районные и городские отделы (по согласованию)", coordinated_adjectives)."""
    flags = [False] * len(found)
    if not agreement_at:
        return flags
    for position in agreement_at:
        before = [i for i, piece in enumerate(found) if piece.end <= position]
        if before:
            last = max(before, key=lambda i: found[i].end)
            flags[last] = True
            while last > 0 and (_shares_the_noun(found[last - 1], found[last], cell)
                                or _shares_the_head(found[last - 1], found[last], cell)):
                last -= 1
                flags[last] = True
    return flags


def _shares_the_noun(piece: Piece, after: Piece, cell: str) -> bool:
    """A one-word piece right before `after` (only "и" or a comma between) named with more words than its own:
    the noun it shares with `after` (coordinated_adjectives)."""
    own, between = cell[piece.start:piece.end].strip(), cell[piece.end:after.start].strip(" ,")
    if " " in own or between not in ("", "и"):
        return False
    return piece.name.lower().startswith(f"{own.lower()} ")


def _shares_the_head(piece: Piece, after: Piece, cell: str) -> bool:
    """`after` named with the head of the piece before it, a head it does not write itself (only "и" or a comma
    between): "администрации городов и районов" (plural_complement_lists)."""
    own, between = cell[after.start:after.end].strip().lower(), cell[piece.end:after.start].strip(" ,")
    if between not in ("", "и") or not own:
        return False
    head, name = piece.name.split(" ", 1)[0].lower(), after.name.lower()
    return name.startswith(f"{head} ") and not own.startswith(head)
