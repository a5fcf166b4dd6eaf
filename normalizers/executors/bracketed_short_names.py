"""A body written out and then its short name alone in parentheses ("Управление образования администрации N-ского
района (УО)", "ГАУ «Центр мониторинга образования» (ЦМО)") names one executor: the parenthesis is how the plan
introduces the short name it uses in the next rows, as "(далее – УО)" does. The splitter reads a known short name in
parentheses as a body of its own (a second executor) when its letters are not the initials of the words before; this
folds it back into the body, whose abbreviation it becomes. Two bodies stay two: a short name of another kind of body
("Управление образования (ДДТ)"), or a short name after a short name ("НГТУ (САРФТИ)", sample R17)."""

from __future__ import annotations

import re

from normalizers.executors.pieces import EXTRA, UNKNOWN, Piece

_OPEN_RE = re.compile(r"[»\"”]?\s*\(\s*")  # the closing quote may lie outside the body's span
_CLOSE_RE = re.compile(r"\s*\)")
_SHORT_RE = re.compile(r"[А-ЯЁ][А-ЯЁа-яё]{0,3}[А-ЯЁ][А-ЯЁа-яё]{0,6}")
# Kinds a body may take before the plan's level is read (a state centre is `external` until the region's own plan
# makes it `other` or methodical): a short name of the same family names the same body.
_FAMILIES = {"external": "institution", "other": "institution", "methodical_service": "institution"}
_WRITTEN_OUT_RE = re.compile(r"[а-яё]{3}|«")  # a word in lower case or a quoted name: the body is written out


def join_bracketed_short_names(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces with each short name in parentheses right after a body written out folded into that body."""
    if len(pieces) < 2:
        return pieces
    out: list[Piece] = []
    for piece in pieces:
        if out and _short_name_of(out[-1], piece, cell):
            body = out[-1]
            kind, status = (piece.kind, piece.status) if body.status == UNKNOWN else (body.kind, body.status)
            out[-1] = Piece(body.name, piece.abbreviation or cell[piece.start:piece.end].strip(), kind, body.start,
                            body.end, status)
            continue
        out.append(piece)
    return out


def _short_name_of(body: Piece, short: Piece, cell: str) -> bool:
    """`short` is one abbreviation alone in the parentheses that follow `body`, of `body`'s family of kinds (or `body`
    is a name no rule knows), and `body` is written out."""
    if EXTRA in (body.status, short.status) or short.status == UNKNOWN:
        return False
    opened = _OPEN_RE.fullmatch(cell, body.end, short.start)
    closed = _CLOSE_RE.match(cell, short.end)
    if opened is None or closed is None or "(" not in cell[body.end:short.start]:
        return False
    if _SHORT_RE.fullmatch(cell[short.start:short.end].strip()) is None:
        return False
    if _family(body.kind) != _family(short.kind) and body.status != UNKNOWN:
        return False
    return _WRITTEN_OUT_RE.search(cell, body.start, body.end) is not None


def _family(kind: str) -> str:
    return _FAMILIES.get(kind, kind)
