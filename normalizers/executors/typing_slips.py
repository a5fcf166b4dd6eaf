"""Slips of typing inside a cell that break the words of a name: a stray sign inside a word ("Заместите°ль",
"дирек*тор") is dropped, and a word started and typed again ("Зам Заместитель", "З Заместитель") keeps only the
word typed out, like a doubled word (spec: "doubled words are cleaned"). A false start is short (at most four
letters), capitalised, read as an executor of its own, and opens the next one letter for letter; one letter before
a surname ("П Петрова") is an initial, not a false start."""

from __future__ import annotations

import re

from normalizers.executors.morphology import parses
from normalizers.executors.pieces import Piece

# a sign no name holds, between two lower-case letters of one word
_STRAY_SIGN_RE = re.compile(r"(?<=[а-яё])[°*^`´~|](?=[а-яё])")
_LONGEST_START = 4
_SHORTEST_REST = 3  # letters the word typed out has beyond its false start


def mend_stray_signs(cell: str) -> str:
    """The cell with stray signs inside words dropped."""
    if "°" in cell or "*" in cell or "^" in cell or "`" in cell or "´" in cell or "~" in cell or "|" in cell:
        return _STRAY_SIGN_RE.sub("", cell)  # most cells hold none: seven scans in C, nothing else
    return cell


def without_false_starts(pieces: list[Piece], cell: str) -> list[Piece]:
    """The pieces without those that are a false start of the piece right after them."""
    out = []
    for k, piece in enumerate(pieces):
        start = cell[piece.start:piece.end]
        if len(start) <= _LONGEST_START and k + 1 < len(pieces) and _false_start(start, pieces[k + 1], piece, cell):
            continue
        out.append(piece)
    return out


def _false_start(start: str, after: Piece, piece: Piece, cell: str) -> bool:
    word = cell[after.start:after.end].split(" ", 1)[0]
    if not (start.isalpha() and start[0].isupper() and word.startswith(start)
            and len(word) >= len(start) + _SHORTEST_REST and not cell[piece.end:after.start].strip()):
        return False
    return len(start) > 1 or not any("Surn" in p.tag or "Name" in p.tag for p in parses(word.lower()))
