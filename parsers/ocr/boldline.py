"""Bold told by the printed line: a short word the stroke measure doubts takes its neighbours' weight.

`page.mark_bold` tells bold print by its strokes against the page's usual line. A short word ("№ п/п"
over a narrow column) holds few strokes, and a blur thins them: its measure may fall just short of
bold while the header words beside it, on the same printed line, are plainly bold. An open table's
header is told by its bold lines (`parsers.pdf.stream`); a header line that reads as not bold counts as
a body row whose group cell ("Исполнение" over "Срок" and "Результат") crosses the gap below it, and
two columns become one. A line is one weight: a doubtful piece (wider strokes than the usual line by
`page.BOLD_WORD`, but not by `page.BOLD_STROKE`) standing at the height of bold pieces, and of no piece
read as regular, is bold. A cell is one weight too: a doubtful piece alone on its printed line, right
under a bold piece it stands below (the last word of a header cell wrapped, "Ожидаемый / результат",
alone under a group cell's columns), is bold; read as regular, it would open a body row of its own.
"""

from __future__ import annotations

from parsers.pdf.text import TextLine


def _same_height(a: TextLine, b: TextLine) -> bool:
    """Do two pieces stand on one printed line: the middle of each within the other's height."""
    return a.top <= (b.top + b.bottom) / 2 <= a.bottom and b.top <= (a.top + a.bottom) / 2 <= b.bottom


def settle_doubtful(doubtful: list[TextLine], lines: list[TextLine]) -> None:
    """Mark bold each `doubtful` piece whose printed line holds a bold piece and no regular one
    (`lines`: every piece of the page, bold already told for the sure ones)."""
    sure = [ln for ln in lines if not any(ln is d for d in doubtful)]
    for piece in doubtful:
        beside = [ln for ln in sure if ln is not piece and _same_height(ln, piece)]
        if beside:
            piece.bold = all(ln.bold for ln in beside)
        else:
            above = _line_above(piece, sure)
            piece.bold = above is not None and above.bold


def _line_above(piece: TextLine, lines: list[TextLine]) -> TextLine | None:
    """The piece right above `piece` in its cell: over it (their spans overlap), ending above its
    middle and less than a line's height above its top (the line before in a wrapped cell)."""
    height = piece.bottom - piece.top
    over = [ln for ln in lines if ln is not piece and ln.x0 < piece.x1 and piece.x0 < ln.x1
            and ln.bottom <= (piece.top + piece.bottom) / 2 and piece.top - ln.bottom < height]
    return max(over, key=lambda ln: ln.bottom, default=None)
