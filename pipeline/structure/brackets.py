"""Brackets and quotes still open at the end of each line of a PDF cell: an entry of a stacked cell does
not end inside "(…)" or «…» (pipeline/structure/printed.py weighs its breaks so)."""

from __future__ import annotations

from parsers.model import PrintedLine

_PAIRS = {"(": ")", "«": "»"}


def open_brackets(lines: list[PrintedLine]) -> list[bool]:
    """For each line, whether a bracket or quote opened on it or above is still open at its end (an
    entry does not end inside "(…)"); straight quotes open and close by turns. Guillemets do not
    nest: an office closes «О внесении изменений в «дорожную карту» with one, as Russian typing drops
    the outer quote where both end together. A bracket or quote the cell never closes after it holds
    nothing open: a typist dropped its closing sign, so it tells nothing of where an entry ends."""
    depth = dict.fromkeys(_PAIRS, 0)
    quotes = 0
    out = []
    rests = [""] * len(lines)  # the text of the cell's lines below each, built once from the bottom
    for k in range(len(lines) - 2, -1, -1):
        rests[k] = lines[k + 1].text + rests[k + 1]
    for line, rest in zip(lines, rests, strict=True):
        for opening, closing in _PAIRS.items():
            if opening == "«":
                for at, char in enumerate(line.text):
                    closes = closing in line.text[at:] or closing in rest
                    depth[opening] = (1 if closes else 0) if char == opening else 0 if char == closing \
                        else depth[opening]
                continue
            depth[opening] = max(depth[opening] + line.text.count(opening) - line.text.count(closing), 0)
            if closing not in rest and closing not in line.text.rsplit(opening, 1)[-1]:
                depth[opening] = 0
        quotes += line.text.count('"')
        out.append(any(depth.values()) or quotes % 2 == 1)
    return out
