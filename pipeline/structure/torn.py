"""A paragraph mark inside an entry of a PDF cell beside stacked measures, and the wrap space that tells it.

A renderer writes a space glyph where it wraps a line (where the space fits): a line carrying one goes
on, a line without one though it would have fitted ended its paragraph. A line whose next word would
have fitted after it ended its paragraph too; where grammar says the entry goes on there ("В|течение
всего периода", "Проект|дорожной карты"), an entry was typed as two paragraphs and the cell does not
line up (pipeline/structure/printed.py)."""

from __future__ import annotations

from normalizers.language import is_known_word
from parsers.model import PrintedLine
from parsers.settings import current as tolerances
from pipeline.structure import wording

JOINS = tuple(",-–—:;(«\"/+")  # a line ending so goes on in the next one
_SPACED = tuple(",:;")  # signs a space always follows: a wrap after them leaves the space as after a word
_SIGNS = "«»\"(),.;:"  # signs around a word


def wrap_space(prev: PrintedLine, right: float, space: float) -> float:
    """The renderer writes the space it wraps a line at where the space fits: a line carrying one goes
    on; one without it though it would have fitted ended its paragraph (unless it broke after a dash
    or a slash, where no space stands; a comma, a colon or a semicolon has its space after it, so a
    line ending with one and carrying none ended its paragraph too: "Справка," over "рекомендации"; so
    has a straight quote right after a word, which closes a name: «МКУ "Центр"» over "специалисты").
    Silent where the row's renderer marks no wraps at all."""
    if not space:
        return 0.0
    if prev.end_space > 0:
        return -tolerances().stack_wrap_space
    closing = prev.text.endswith('"') and len(prev.text) > 1 and not prev.text[-2].isspace()
    if right - prev.x1 >= space and (prev.text.endswith(_SPACED) or closing or not prev.text.endswith(JOINS)):
        return tolerances().stack_wrap_space
    return 0.0


def torn(lines: list[PrintedLine], places: list[tuple[int, int]], right: float, glyph: float,
         space: float = 0.0) -> bool:
    """A paragraph mark inside an entry: the next line's first word would have fitted after a line
    (by a glyph to spare), yet the line cannot end an entry (grammar goes on, or it ends with a
    preposition or conjunction; a lone first word is read in lowercase). Blank grid lines between
    are left out, and a next line glued over two grid lines is not measured: its width says nothing.
    The word is measured on its own line. A line with room for the space a renderer writes at its
    wraps (`space`) and none written ended its paragraph as surely, whatever line comes next
    ("Консультирование" over "педагогических и", a word cut under it, glued back into a word the
    dictionary knows); there only the grammar no entry's opening allows counts, and a lone "и" the
    reader glued on from the line under is no conjunction for certain (a word's cut end: "фестивал|и"),
    nor is a lone lowercase tail under a word that fills the line to the edge, the two one word: a word
    too long for the column, broken where it met the edge ("мероприяти|и" over "отдельный план")."""
    for i in range(1, len(lines)):
        prev, line = lines[i - 1], lines[i]
        words = line.text.split()
        if not words or places[i][0] != places[i - 1][1] + 1 or prev.end_space > 0 \
                or (places[i][1] > places[i][0] and not is_known_word(words[0].strip(_SIGNS).lower())):
            continue  # a line carrying the space the renderer wraps at was wrapped, not broken by a mark
        if i > 1 and _cut_word_end(lines[i - 2], prev, right, glyph):
            continue
        last = prev.text.split()[-1]
        last = last if " " in prev.text.strip() or abbreviated(last) else last.lower()  # "В" over "течение"
        if places[i][1] == places[i][0] and right - prev.x1 - _word_width(line, words[0]) - glyph >= glyph:
            if wording.goes_on(prev.text, line.text) or wording.hangs(last):
                return True
        elif wrap_space(prev, right, space) > 0 and (wording.goes_on(prev.text, line.text, strict=True)
                                                      or (wording.hangs(last) and prev.last != last)):
            return True  # room for the wrap space and none written: a paragraph's end as sure
    return False


def glue_cut_words(lines: list[PrintedLine], right: float, glyph: float) -> list[PrintedLine]:
    """`lines` with a word too long for the column glued back where its tail stands alone on the next
    line and ends there ("мониторинг|и" under nothing more): the renderer broke the word at the edge with
    no space, the reader left two words; read apart, the tail seemed a paragraph of its own (its line
    carries no wrap space). Glued as the reader glues a cut word, over the two grid lines."""
    out = lines[:1]
    for line in lines[1:]:
        above = out[-1]
        if line.end_space == 0 and _cut_word_end(above, line, right, glyph):
            out[-1] = PrintedLine(above.text + line.text.strip(), above.top, line.bottom, above.x0, line.x1,
                                  line.end_space, line.text)
        else:
            out.append(line)
    return out


def _cut_word_end(above: PrintedLine, line: PrintedLine, right: float, glyph: float) -> bool:
    """`line` is one lowercase token, the end of a word too long for the column that the renderer broke
    at the edge: `above` is one token filling the line to within a glyph, and the two read as one word."""
    head, tail = above.text.strip(), line.text.strip()
    return " " not in head and " " not in tail and tail[:1].islower() and head[-1:].isalpha() \
        and right - above.x1 < glyph and is_known_word((head + tail).strip(_SIGNS).lower())


def _word_width(line: PrintedLine, word: str) -> float:
    """How wide `word`, the first of `line`, prints: by the line's own glyphs (capitals print wider
    than the cell's usual glyph: "«ЦППМиСППО»" would not have fitted where "образования" would)."""
    return (line.x1 - line.x0) * len(word) / max(len(line.text), 1)


def abbreviated(word: str) -> bool:
    """A name cut to its capitals ("МБОУ", "ОбОО", "ЦППМиСП"): it opens an entry as often as it goes on
    one (an executor list wraps before a body's short name), so its capital says nothing."""
    return sum(ch.isupper() for ch in word) >= 2
