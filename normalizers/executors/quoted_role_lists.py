"""A post over institutions named in a list of quotes ("воспитатели … учреждений «А» и «Б»", "директор
МАОУ «А», «Б»"): the post is of each institution, one role per quoted name, as "руководители хозяйств, предприятий"
is one role per complement (plural_complement_lists). Read once the role has taken the first quoted name; each
quoted name alone after it (no legal form of its own) is the next institution of the same post. A post in the
plural over institutions each with its own legal form ("учителя МБОУ «А» и МАОУ «Б»") is read so too: a post
held by one person ("директор МБОУ «А», МАОУ «Б»") may stand before a list of executors, and is left alone."""

from __future__ import annotations

import re

from normalizers.executors.pieces import RULE, Piece
from normalizers.executors.positions import written_plural
from normalizers.executors.text import items
from normalizers.executors.vocabulary import cues

_LINKS = frozenset({"", ",", "и", ",и"})  # what may stand between two quoted names besides the quotes
_CLOSING = frozenset("»\"”")  # a set: "" (the cell's end) is in none
# the legal forms right before a quoted name ("МАОУ ДО «…»"), and an institution's mention opened so
_FORMS_BEFORE_RE = re.compile(r"(?:^|\s)((?:[А-ЯЁ]{2,7}\s+)*[А-ЯЁ]{2,7})\s*$")
_FORMS_AND_QUOTE_RE = re.compile(r"((?:[А-ЯЁ]{2,7}\s+)*[А-ЯЁ]{2,7})\s*[«\"“]")


def distribute(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each bare quoted name after a role that ends with a quoted name read as that role's post over
    it."""
    if ("«" not in cell and '"' not in cell) or len(pieces) < 2:
        return pieces
    out: list[Piece] = []
    prefix = post = None
    for piece in pieces:
        if prefix is not None and piece.kind != "role" and _bare_quoted(piece, cell) and _linked(out[-1], piece, cell):
            piece = Piece(f"{prefix}«{cell[piece.start:piece.end]}»", None, "role", piece.start, piece.end, RULE)
        elif post is not None and piece.kind != "role" and _own_form_and_name(piece, cell) \
                and _linked(out[-1], piece, cell):
            piece = Piece(f"{post}{piece.name}", None, "role", piece.start, piece.end, RULE)  # "… и МАОУ «Б»"
            prefix = _post_prefix(piece, cell)
        else:
            prefix, post = _post_prefix(piece, cell), _plural_post(piece, cell)
        out.append(piece)
    return out


def _linked(before: Piece, piece: Piece, cell: str) -> bool:
    """Only a comma or "и" stands between the two pieces, besides quotes."""
    return "".join(cell[before.end:piece.start].split()).strip("«»\"“”") in _LINKS


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


def _plural_post(piece: Piece, cell: str) -> str | None:
    """The post of a role written in the plural before one institution's legal forms and quoted name ("учителя " of
    "Учителя МБОУ «А»"), when the role's words end with that name; else None."""
    end = piece.end
    while cell[end:end + 1] in _CLOSING:  # a mention leaves its closing quotes out
        end += 1
    if piece.kind != "role" or cell[end - 1:end] not in _CLOSING or not piece.name.endswith("»"):
        return None
    name, depth = piece.name, 0
    for at in range(len(name) - 1, -1, -1):
        depth += {"»": 1, "«": -1}.get(name[at], 0)
        if depth == 0:
            break
    forms = _FORMS_BEFORE_RE.search(name, 0, at) if depth == 0 else None
    if forms is None or not _legal_forms(forms[1]):
        return None
    words = items(name[:forms.start(1)])
    return name[:forms.start(1)] if words and written_plural(words[0]) else None


def _own_form_and_name(piece: Piece, cell: str) -> bool:
    """The piece is one institution as written: its legal forms, then its quoted name, which ends the piece."""
    opened = _FORMS_AND_QUOTE_RE.match(cell, piece.start, piece.end)
    return opened is not None and _legal_forms(opened[1]) and cell[piece.end - 1:piece.end + 1].strip()[-1:] in _CLOSING


def _legal_forms(text: str) -> bool:
    """Every word of `text` is a legal form ("МАОУ", "МАОУ ДО")."""
    forms = cues().legal_forms
    return all(word.lower() in forms for word in text.split())
