"""Pieces of a stacked row's cells: their name text, whether a name numbers on from another, and two
pieces of one cell joined as one, a word the page or a row cut glued back."""

from __future__ import annotations

import re
from dataclasses import replace

from normalizers.language import is_known_word
from parsers.model import Cell, PrintedLine, Row
from parsers.pdf.linejoin import CLOSING_SIGNS, FORCED_BREAK_GLYPHS, HYPHENS, LINK_VOWELS, glue
from pipeline.structure import printed
from pipeline.structure.stacked import marker_of, name_groups, roles_of

_WORD_START = re.compile(r"[^\W\d_]+")
PUSHED = ",;:"  # signs no writer puts after a space: a line opening with one was cut before it


def name_text(row: Row, rest: Row | None, roles: list[str | None]) -> str:
    """The text of `row`'s name cell, with its rest's."""
    cell_roles = roles_of(row, roles)
    if "name" not in cell_roles:
        return ""
    k = cell_roles.index("name")
    return "\n".join(r.cells[k].text.strip() for r in (row, rest) if r is not None and len(r.cells) > k)


def names_only(row: Row, cell_roles: list[str | None]) -> bool:
    """Only the row's name cell holds text."""
    return all(not c.text.strip() for c, r in zip(row.cells, cell_roles, strict=True) if r != "name") \
        and any(c.text.strip() for c in row.cells)


def follows(name: str, more: str) -> bool:
    """`more` opens with the number after the last number `name` holds."""
    opening = marker_of(more.split("\n")[0])
    groups = name_groups([ln.strip() for ln in name.split("\n")], None)
    last = marker_of(groups[-1][1] if groups else name.split("\n")[0])
    return opening is not None and last is not None and opening[0].follows(last[0])


def joined_here(a: Cell, b: Cell, mend: bool = False) -> Cell:
    """Two cells of one page as one, each line where it stands (an empty piece has none); `mend`: a
    word cut at the upper piece's last line is glued back with its tail."""
    text = "\n".join(t for t in (a.text.strip("\n"), b.text.strip("\n")) if t)
    placed = all(printed.geometric(c) or not c.text.strip() for c in (a, b))
    lines = [*(a.lines or []), *(b.lines or [])] if placed and text else None
    paragraphs = [*a.paragraphs, *b.paragraphs]
    if mend and word_cut(a, b):
        text = a.text.strip("\n") + b.text.strip("\n")
        paragraphs = [*a.paragraphs[:-1], a.paragraphs[-1] + b.paragraphs[0], *b.paragraphs[1:]]
        if lines is not None:
            last, first = a.lines[-1], b.lines[0]
            lines[len(a.lines) - 1:len(a.lines) + 1] = [PrintedLine(last.text + first.text, last.top, first.bottom,
                                                                    last.x0, first.x1, first.end_space)]
    return replace(a, text=text, paragraphs=paragraphs, lines=lines, right=a.right if a.right is not None else b.right)


def word_cut(a: Cell, b: Cell) -> bool:
    """The page fell inside a word too wide for the column ("образовани|я", "руководите|лей"): the
    upper piece's last line is one token filled to the cell's edge, the rest opens in lowercase (a
    word that fits is moved to the next line whole), and the pieces glue as the reader glues a word
    cut at a line end, or their join is a word even where each piece is one too ("различным|и"); or
    a compound too wide for the column broken before its hyphen ("Организационно|-технологическое") or
    after its linking vowel ("психолог|о-педагогической"), or a closing quote pushed over after the word
    it closes ("образования|»")."""
    if not (printed.geometric(a) and printed.geometric(b)) or a.right is None or not a.paragraphs \
            or not b.paragraphs:
        return False
    last, first = a.lines[-1], b.lines[0].text
    if first[:1] in PUSHED and last.text[-1:].isalnum():
        return True  # a comma or colon pushed over after its word ("Совещание|, семинар"): no line opens so
    glyph = (last.x1 - last.x0) / max(len(last.text), 1)
    if " " in last.text or not last.text[-1:].isalpha() or a.right - last.x1 >= FORCED_BREAK_GLYPHS * glyph:
        return False
    if first[:1] in HYPHENS and first[1:2].islower() and not last.end_space:
        return True
    if first[:1] in CLOSING_SIGNS:
        return True  # a closing quote or bracket pushed over with the word it closes ("образования|»")
    if first[:1] in LINK_VOWELS and first[1:2] in HYPHENS and first[2:3].isalpha() and last.text[-1:].islower():
        return True  # a compound's linking vowel pushed over with its hyphen ("психолог|о-педагогической")
    if not first[:1].islower():
        return False
    tail = _WORD_START.match(first)
    return glue(last.text, first, is_known_word) or (tail is not None and is_known_word(last.text + tail.group(0)))
