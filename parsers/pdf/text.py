"""Group PDF characters into printed text lines.

pdfplumber hands out single glyphs with coordinates; a line is the glyphs that share a baseline,
read left to right, with a space wherever the gap is wider than a fraction of the font size (the
file does not always carry space glyphs). Done once per page or cell, never by re-cropping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.settings import current as tolerances

_BOLD_FONT = re.compile(r"bold|black|heavy|demi", re.IGNORECASE)


def is_bold_font(fontname: str) -> bool:
    return bool(_BOLD_FONT.search(fontname or ""))


@dataclass
class TextLine:
    """One printed line: its text, box, font size and whether every visible glyph is bold.

    `end_space`: the width of a space glyph after the last visible one, 0 when there is none. An office
    renderer (LibreOffice, Word) writes the space it broke a left-aligned line at when the space fits
    in the line, and none where it cut a word or broke after a hyphen; the line's text is trimmed."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    end_space: float = 0.0
    last: str = ""  # where the reader glued lines into this one (a word cut at the edge): the lowest one's text
    last_x1: float = 0.0  # where the lowest of the glued lines ends (0: none glued); `x1` is the widest's

    def __repr__(self) -> str:
        return f"TextLine({self.top:.0f} {self.x0:.0f}-{self.x1:.0f} {'B ' if self.bold else ''}{self.text!r})"


def _line_text(chars: list[dict]) -> str:
    parts: list[str] = []
    prev = None
    space_gap = tolerances().space_gap
    for ch in chars:
        if prev is not None and parts and parts[-1] != " " and ch["text"] != " ":
            if ch["x0"] - prev["x1"] > space_gap * max(ch["size"], prev["size"], 1.0):
                parts.append(" ")
        parts.append(ch["text"])
        prev = ch
    return " ".join("".join(parts).split())


def _end_space(chars: list[dict], visible: list[dict]) -> float:
    last = chars[-1]
    if last["text"].isspace() and last["x0"] >= max(c["x1"] for c in visible) - 0.5:
        return last["x1"] - last["x0"]
    return 0.0


def _make_line(chars: list[dict]) -> TextLine | None:
    chars.sort(key=lambda c: c["x0"])
    text = _line_text(chars)
    if not text:
        return None
    visible = [c for c in chars if not c["text"].isspace()]
    return TextLine(
        text=text,
        x0=min(c["x0"] for c in visible),
        x1=max(c["x1"] for c in visible),
        top=min(c["top"] for c in visible),
        bottom=max(c["bottom"] for c in visible),
        size=max(c["size"] for c in visible),
        bold=all(is_bold_font(c["fontname"]) for c in visible),
        end_space=_end_space(chars, visible),
    )


def text_lines(chars: list[dict]) -> list[TextLine]:
    """Characters (any order) -> printed lines, top to bottom."""
    lines: list[TextLine] = []
    current: list[dict] = []
    anchor = None
    line_tolerance = tolerances().line_tolerance
    for ch in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if anchor is not None and ch["top"] - anchor > line_tolerance * max(ch["size"], 1.0):
            line = _make_line(current)
            if line:
                lines.append(line)
            current = []
        if not current:
            anchor = ch["top"]
        current.append(ch)
    if current:
        line = _make_line(current)
        if line:
            lines.append(line)
    return lines
