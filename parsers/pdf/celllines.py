"""A PDF cell's printed lines kept with their geometry, one per line of the cell's text.

The structure step splits measures stacked in one row by where each cell's lines stand (pipeline/
structure/printed.py); it needs the lines the cell's text is made of, a word cut at a line end glued
back exactly as the text glues it, and the right edge the text could reach."""

from __future__ import annotations

from parsers.model import PrintedLine
from parsers.pdf.linejoin import WordTest, glue


def printed_lines(lines: list, is_word: WordTest | None = None) -> list[PrintedLine]:
    """Text lines (text, top, bottom, x0, x1) -> printed lines, glued as linejoin.join_lines glues."""
    out: list[PrintedLine] = []
    for raw in lines:
        text = " ".join(raw.text.split())
        if not text:
            continue
        if out and glue(out[-1].text, text, is_word):
            last = out[-1]
            out[-1] = PrintedLine(last.text + text, last.top, max(last.bottom, raw.bottom), last.x0, _end(raw),
                                  getattr(raw, "end_space", 0.0), getattr(raw, "last", "") or text)
        else:
            out.append(PrintedLine(text, raw.top, raw.bottom, raw.x0, _end(raw), getattr(raw, "end_space", 0.0),
                                   getattr(raw, "last", "")))
    return out


def _end(raw) -> float:
    """Where a line's text ends: the lowest piece's end when the reader glued a cut word over lines (a
    break after it is measured from there, not from the piece filled to the edge)."""
    return getattr(raw, "last_x1", 0.0) or raw.x1


def text_edge(lines: list[PrintedLine], box: tuple[float, float] | None) -> float | None:
    """The right edge a cell's text may reach: its box less the padding its lines keep on the left."""
    if not lines or box is None:
        return None
    return box[1] - max(min(ln.x0 for ln in lines) - box[0], 0.0)
