"""pdfplumber-like characters for synthetic table tests: each (line number, x, text) typed in lines 14 pt
apart, every glyph 5 pt wide and a space 3 pt (wider than a space gap, narrower than a cell gap)."""

from __future__ import annotations

SIZE = 10.0
GLYPH = 5.0


def line_chars(cells: list[tuple[int, float, str]], face: str = "Arial") -> list[dict]:
    out = []
    for line, x, text in cells:
        top = 100.0 + 14.0 * line
        for word in text.split():
            for ch in word:
                out.append({"text": ch, "x0": x, "x1": x + GLYPH, "top": top, "bottom": top + SIZE,
                            "size": SIZE, "fontname": face})
                x += GLYPH
            x += 3.0
    return out
