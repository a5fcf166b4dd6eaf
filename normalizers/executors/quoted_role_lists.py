"""A post over institutions named in a list of quotes ("воспитатели … учреждений «А» и «Б»", "директор
МАОУ «А», «Б»"): the post is of each institution, one role per quoted name, as "руководители хозяйств, предприятий"
is one role per complement (plural_complement_lists). Read once the role has taken the first quoted name; each
quoted name alone after it (no legal form of its own) is the next institution of the same post."""

from __future__ import annotations

from normalizers.executors.pieces import RULE, Piece

_LINKS = frozenset({"", ",", "и", ",и"})  # what may stand between two quoted names besides the quotes


def distribute(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each bare quoted name after a role that ends with a quoted name read as that role's post over
    it."""
    if "«" not in cell or len(pieces) < 2:
        return pieces
    out: list[Piece] = []
    prefix = None
    for piece in pieces:
        if prefix is not None and piece.kind != "role" and _bare_quoted(piece, cell) \
                and "".join(cell[out[-1].end:piece.start].split()).strip("«»") in _LINKS:
            piece = Piece(f"{prefix}«{cell[piece.start:piece.end]}»", None, "role", piece.start, piece.end, RULE)
        else:
            prefix = _post_prefix(piece, cell)
        out.append(piece)
    return out


def _bare_quoted(piece: Piece, cell: str) -> bool:
    """The piece's words are a quoted name as written, quotes right around them."""
    return piece.start > 0 and cell[piece.start - 1] == "«" and cell[piece.end:piece.end + 1] == "»"


def _post_prefix(piece: Piece, cell: str) -> str | None:
    """The role's name before its last quoted name, when the role's words end with that quoted name; else None."""
    end = piece.end
    while cell[end:end + 1] == "»":  # a mention leaves its closing quotes out
        end += 1
    if piece.kind != "role" or not cell[:end].endswith("»"):
        return None
    mention, depth = cell[piece.start:end], 0
    for at in range(len(mention) - 1, -1, -1):
        depth += {"»": 1, "«": -1}.get(mention[at], 0)
        if depth == 0:
            quoted = mention[at:]
            return piece.name[:-len(quoted)] if piece.name.endswith(quoted) and at > 0 else None
    return None
