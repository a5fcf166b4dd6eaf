"""A word the renderer cut at a cell's edge, told by where the printed lines stop (parsers.pdf.linejoin
joins what the text alone tells).

A renderer moves a word that does not fit to the next line whole and cuts one only when it is wider
than the column, filling the line to its last glyph; an office renderer writes the space it breaks a
line at when the space fits. So a line's room to the cell's text edge, and the space glyph after it
or its absence, tell a cut word from a line that ended.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from parsers.pdf.linejoin import (
    _CLOSING,
    _WORD_END,
    _WORD_START,
    DASHES,
    FORCED_BREAK_GLYPHS,
    GUESSED_EDGE_GLYPHS,
    HYPHENS,
    LINK_VOWELS,
    LIST_NUMBER,
    LONG_HEAD,
    SHORT_TAIL,
    SPACE_FITS,
    TIGHT_BREAK_GLYPHS,
    UNKNOWN_TAIL,
    WordTest,
    glue,
    glyph_width,
)
from parsers.pdf.wordsapart import words_apart


def close_forced_breaks(lines: list, box: tuple[float, float] | None, is_word: WordTest | None = None,
                        tight: tuple | None = None,
                        glyphs: float = FORCED_BREAK_GLYPHS, reach: float | None = None) -> list:
    """Lines (with text, x0, x1) of a cell spanning `box` (left, right) -> the same, a word the
    renderer had to cut put back together.

    A renderer moves a word that does not fit to the next line whole; it cuts a word only when the
    word is wider than the column, and then fills the line to its last glyph. So a line holding one
    token that ends within a glyph of the cell's right text edge (the box less the padding seen on
    the left), followed by a line opening in lowercase, ends inside a word ("эффективнос|ти",
    "журналистик|и") when the join is a word or neither piece is one. `tight` (a looser test of the
    join, a test of function words) closes a cut that left no room for a glyph ("юнармейског|о"); its
    test of prepositions and conjunctions keeps "процедур|на" two words; its test of two words alike
    keeps "победителям|и призерам" three (no "победителями"). `reach`: how far the column's text
    reaches beyond this cell (an unruled column read on the whole page), where that is known."""
    tight = (*(tight or ()), None, None, None, None)[:4]
    if len(lines) < 2 or box is None:
        return lines
    cell = _measure(lines, box, glyphs, reach)
    out = [lines[0]]
    printed = lines[0]  # the last printed line in out[-1]: where the text stopped short of the edge
    after = dict(zip(map(id, lines), [ln.text.split(" ", 1)[0] for ln in lines[1:]] + [""], strict=True))
    for line in lines[1:]:
        prev = out[-1]
        token, first = prev.text.strip(), line.text.split(" ", 1)[0]
        if cell.space and printed.end_space and glue(token, line.text, is_word):
            # "2021 г.– |0,337": a dash before the space it broke at
            out[-1] = _joined(prev, line, f"{token} {line.text.strip()}")
        elif _is_cut(token, line, printed, after[id(line)], cell, is_word, tight, glyphs) \
                or _pushed_over(token, first):
            out[-1] = _joined(prev, line, token + line.text.strip())
        else:
            out.append(line)
        printed = line
    return out


class _Cell(NamedTuple):
    """Where a cell's text may reach and the space glyph its breaks carry, measured once for all its
    breaks."""

    right_edge: float  # the box's right side less the padding seen on the left
    space: float  # the narrowest space glyph printed at a break (0.0: the renderer writes none)
    text_edge: float  # the farthest the text reaches, the guessed edge included when it is to be trusted


def _measure(lines: list, box: tuple[float, float], glyphs: float, reach: float | None = None) -> _Cell:
    """The edges a cut is told by: a cut line stops within a glyph of the text edge, so the edge is
    measured from the cell's lines and its box, not from the box alone."""
    left_pad = max(0.0, min(ln.x0 for ln in lines) - box[0])
    right_edge = box[1] - left_pad
    spaces = [ln.end_space for ln in lines[:-1] if getattr(ln, "end_space", 0.0) > 0]
    space = min(spaces, default=0.0)  # the renderer marks its breaks at a space when a space fits
    # the text reaches at least as far as any glyph, a space glyph included; an edge guessed from the
    # white strips beside an unruled column (more doubt, more glyphs) may lie beyond the column's own,
    # the farthest its text reaches on the page (`reach`) does not
    ends = [ln.x1 + getattr(ln, "end_space", 0.0) for ln in lines]
    trusted = [right_edge] if glyphs <= FORCED_BREAK_GLYPHS else [min(reach, right_edge)] if reach else []
    return _Cell(right_edge, space, max(ends + trusted))


def _joined(prev, line, text: str):
    """`prev` grown by `line` into `text`: the joined line ends where `line` ends, so the next break is
    measured from it."""
    lowest = {"last": getattr(line, "last", "") or line.text.strip()} if hasattr(prev, "last") else {}
    if hasattr(prev, "last_x1"):
        lowest["last_x1"] = getattr(line, "last_x1", 0.0) or line.x1
    return replace(prev, text=text, x1=max(prev.x1, line.x1), bottom=line.bottom, end_space=line.end_space, **lowest)


def _is_cut(token: str, line, printed, next_first: str, cell: _Cell, is_word: WordTest | None, tight: tuple,
            glyphs: float) -> bool:
    """Whether the break between `token` (the text so far) and `line` cuts a word: the signs the
    renderer leaves differ with the space glyph its cell's breaks carry, so each kind of cell has its
    own test. `next_first`: the first token of the line after `line`."""
    if cell.space and printed.end_space:
        return False  # the renderer wrote the space it broke the line at
    first = line.text.split(" ", 1)[0]
    room = cell.right_edge - printed.x1
    then = next_first if " " not in line.text.strip() else ""  # a one-token line may be cut too
    if _hyphen_pushed(token, first, room, printed) or _hyphen_alone(token, line, room, printed) \
            or _spaced_compound(token, f"{line.text} {next_first}", room, printed):
        cut = True
    elif not cell.space and _dash_glued(token, first, max(room, cell.text_edge - printed.x1), printed):
        cut = True
    elif cell.space and cell.text_edge - printed.x1 >= SPACE_FITS * cell.space:  # a space would have fit
        cut = _cut_with_no_space(token, first, then, cell.text_edge - printed.x1, printed, is_word, tight, glyphs)
    else:
        cut = _cut_at_the_edge(token, line, then, (room, cell.right_edge - line.x1), printed, bool(cell.space),
                               is_word, tight, glyphs)
    return cut and not _conjoined(token, f"{line.text} {next_first}", is_word, tight[3])


def _cut_with_no_space(token: str, first: str, then: str, room: float, printed, is_word: WordTest | None,
                       tight: tuple, glyphs: float) -> bool:
    """A cell whose breaks carry a space glyph, a line with room for one and none after it: no word
    ended there, so the break is a cut unless the pieces are two words that met at the edge by chance."""
    return (_unmarked_cut(token, first, room, printed, glyphs)
            and ("://" in token or not words_apart(token, first, is_word, then, tight[2], tight[1]))) or (
        _pieces_of_a_word(token, first, room, printed, is_word)) or (
        token[-1:] in HYPHENS + DASHES and first[:1].isalnum()) or (  # after a dash: "совещания –|МООУСО"
        _abbreviation_cut(token, first, room, printed, glyphs))


def _pieces_of_a_word(token: str, first: str, room: float, printed, is_word: WordTest | None) -> bool:
    """A one-token line with no space glyph after it, a lowercase line after it, neither piece a word and
    their join one ("квалификаци|ю"): a cut, up to two average glyphs short of the edge (the glyph that
    did not fit may be wide); a line that stops farther short was not filled."""
    head, tail = _WORD_END.search(token), _WORD_START.search(first)
    if is_word is None or head is None or tail is None or " " in printed.text.strip():
        return False
    if room >= GUESSED_EDGE_GLYPHS * glyph_width(printed):
        return False
    a, b = head.group(1), tail.group(1)
    return head.end() == len(token) and b[0].islower() and not is_word(a) and not is_word(b) and is_word(a + b)


def _cut_at_the_edge(token: str, line, then: str, rooms: tuple[float, float], printed, spaced: bool,
                     is_word: WordTest | None, tight: tuple, glyphs: float) -> bool:
    """A line with no room left for a space glyph (or in a cell whose breaks carry none): only the
    pieces tell a cut word from a word that ended, so the dictionary decides. `rooms`: how far short of
    the edge `printed` and `line` stop; `spaced`: the cell's breaks carry a space glyph."""
    first = line.text.split(" ", 1)[0]
    again = token != printed.text.strip()  # the line before was the rest of a word cut already
    return _cut_word(token, first, rooms[0], printed, is_word, *tight[:3], glyphs=glyphs, again=again,
                     then=then) or (
        spaced and _unknown_tail(token, line, rooms, printed, is_word)) \
        or _abbreviation_cut(token, first, rooms[0], printed, glyphs) \
        or _pieces_of_a_word(token, first, rooms[0], printed, is_word)


def _conjoined(token: str, text: str, is_word: WordTest | None, is_pair: WordTest | None) -> bool:
    """A word filling its line, then a line opening with "и" and a word alike to it in part of speech,
    case and number ("Мониторинг|и анализ", "победителям|и призерам", "программам|и|методикам": `text`
    is the line and the next line's first word): the conjunction between two words, not the ending of
    the first (though "победителями" is a word too). A next word the column cut ("профессио|нальных")
    tells nothing, nor does a name in capitals ("мониторинг|и АИС": "мониторинги АИС")."""
    words = text.split()
    head = _WORD_END.search(token)
    if is_word is None or is_pair is None or head is None or len(words) < 2 or words[0] != "и":
        return False
    second = _WORD_START.match(words[1])
    return head.end() == len(token) and second is not None and is_word(head.group(1)) \
        and second.group(1).islower() and is_word(second.group(1)) and is_pair(head.group(1), second.group(1))


def _unmarked_cut(token: str, first: str, room: float, prev, glyphs: float) -> bool:
    """A line filled to the cell's edge yet with room for the space glyph its cell's other breaks
    carry and none after it: the renderer cut there a word too wide for the column ("неуспешност|и",
    "«PRO_актив5|2»"), whatever the dictionary says of the pieces. A renderer moves a word that fits
    to the next line whole, so a cut word stands alone on its line; a line that stops short, or holds
    more words, ends a paragraph."""
    printed = prev.text.strip()
    if printed in HYPHENS and first[:1].islower():
        return True  # a compound's hyphen left alone on a line ("контрольно|-|измерительных")
    address = "://" in token and first[:1].isalnum()  # "http://единыйурок.|рф"
    if not token or not printed or " " in printed or not (token[-1].isalnum() or address):
        return False
    glyph = (prev.x1 - prev.x0) / max(1, len(printed))
    if room >= glyphs * glyph:
        return False
    if first[:1].isdigit() and LIST_NUMBER.match(first):
        return False  # a paragraph numbered "2.2." opens the line (a measure stacked under another)
    if first[:1].islower() or (first[:1].isdigit() and not token[-1].isalpha()) or address:
        return True  # a word of letters is not cut before digits ("периода|2021 г.")
    # an abbreviation cut in its capitals ("ЦППМиСП|ПО"): a capital inside the piece before
    return first[:1].isupper() and any(ch.isupper() for ch in printed[1:])


_OPENS = {"«": "»", "(": ")", '"': '"'}


def _abbreviation_cut(token: str, first: str, room: float, prev, glyphs: float) -> bool:
    """A one-token line filled to the edge that opens a quote or bracket on an abbreviation
    ("«ЦППМиСПП|О»"), the next line opening with capitals that close it: a name too wide for the
    column, cut in its capitals (a word moved whole would open its own quote)."""
    printed = prev.text.strip()
    if not token or not printed or " " in printed or token[:1] not in _OPENS:
        return False
    closing = _OPENS[token[0]]
    body, rest = token[1:], first.rstrip(",.;:")
    if closing in body or not rest.endswith(closing) or token[0] in rest[:-1]:
        return False
    head, tail = body, rest[:-1]
    # a name of letters glued to digits or signs ("«PRO_актив|52»", "«Волонтер5|2»") goes on in digits
    code = tail.isdigit() and not head.isalpha() and any(ch.isalpha() for ch in head)
    capitals = head.isalpha() and tail.isalpha() and tail.isupper() and sum(ch.isupper() for ch in head) >= 2
    if not (code or capitals):
        return False
    glyph = (prev.x1 - prev.x0) / max(1, len(printed))
    return room < glyphs * glyph


def _head_of_the_next(token: str, first: str, then: str, is_word: WordTest | None) -> bool:
    """A one-token line that is no word, cut again, its rest on the line after spelling a word with it
    ("Кушевского|медицинск|ого"): it is the head of that word, not the tail of the line before."""
    head, tail, rest = _WORD_END.search(token), _WORD_START.match(first), _WORD_START.match(then)
    if is_word is None or head is None or tail is None or rest is None or not then[:1].islower():
        return False
    a, b, c = head.group(1), tail.group(1), rest.group(1)
    return tail.end() == len(first) and not is_word(b) and is_word(b + c) and not is_word(a + b)


def _hyphen_pushed(token: str, first: str, room: float, prev) -> bool:
    """A word with a hyphen too wide for the column ("сентябрь|-октябрь", "педагогов|-психологов"):
    it opened a line of its own and the renderer broke before the hyphen where the line ran out, less
    than a glyph short of the edge, a word or a number after it ("предпринимательства|-2020»"); a dash
    bullet opens a line after room to spare, after a finished item, or after other words ("научных
    знаний|-физическое")."""
    if not token[-1:].isalpha() or first[:1] not in HYPHENS or not (first[1:2].islower() or first[1:2].isdigit()):
        return False
    if " " in prev.text.strip():
        return False
    glyph = glyph_width(prev)
    return room < TIGHT_BREAK_GLYPHS * glyph


def _spaced_compound(token: str, text: str, room: float, prev) -> bool:
    """A compound typed with a space after its hyphen ("информационно- методической") too wide for the
    column: its first part, ending in the linking "о", fills a line of its own to within a glyph of
    the edge, and the next opens with the hyphen, a space and a lowercase word (on it, or on the line
    after: `text` is the line and the next line's first word). A dash bullet follows a finished item,
    or room to spare."""
    words = text.split()
    if len(words) < 2 or words[0] not in HYPHENS or not words[1][:1].islower() or " " in prev.text.strip():
        return False
    if token[-1:] not in "оО" or _WORD_END.search(token) is None:
        return False  # "вдохновение - новой": a noun's "-ие" before a dash between spaces, no compound
    glyph = glyph_width(prev)
    return room < TIGHT_BREAK_GLYPHS * glyph


def _hyphen_alone(token: str, line, room: float, prev) -> bool:
    """A compound too wide for the column printed as "семинаров|-|совещаний": a one-word line filled to
    the edge, then a hyphen alone on its line with no space glyph after it (glued to the next word)."""
    if line.text.strip() not in HYPHENS or getattr(line, "end_space", 0.0) > 0:
        return False
    if not token[-1:].isalpha() or " " in prev.text.strip():
        return False
    glyph = glyph_width(prev)
    return room < FORCED_BREAK_GLYPHS * glyph


def _dash_glued(token: str, first: str, room: float, prev) -> bool:
    """A line ending in a dash that stands after a space, with room for a glyph and no space glyph
    printed after the dash, in a cell whose breaks show no space glyph to compare with: the renderer
    broke after the dash itself, so the writer glued it to the next word ("совещания –|МООУСО")."""
    if token[-1:] not in DASHES or token[-2:-1] != " " or getattr(prev, "end_space", 0.0) > 0:
        return False
    if not first[:1].isalnum():
        return False
    glyph = glyph_width(prev)
    return room >= glyph


def _unknown_tail(token: str, line, rooms: tuple[float, float], prev, is_word: WordTest | None) -> bool:
    """A cell whose breaks carry a space glyph, a one-word line filled with no room for one: a word
    ended there or the column cut one. A short lowercase tail the dictionary does not know, no
    abbreviation and no piece of a word cut again at the next edge, is the rest of a cut word
    ("сформирован|ности"), though the head is a word of its own. `rooms`: how far short of the edge each line stops."""
    text = line.text.strip()
    tail = _WORD_START.search(text)
    glyph = glyph_width(prev)
    if " " not in text and rooms[1] < FORCED_BREAK_GLYPHS * glyph:
        return False
    if is_word is None or tail is None or " " in token or not token[-1:].isalpha():
        return False
    piece = tail.group(1)
    if not 2 <= len(piece) <= UNKNOWN_TAIL or not piece.islower() or text[tail.end():tail.end() + 1] == ".":
        return False
    return rooms[0] < FORCED_BREAK_GLYPHS * glyph and not is_word(piece)


def _pushed_over(token: str, first: str) -> bool:
    """No line opens with a comma, a closing bracket or a closing quote: the renderer pushed it over."""
    if not token or not (token[-1].isalnum() or token[-1] in "»)\"!?"):
        return False
    closing_quote = first[:1] == '"' and not first[1:2].isalnum()
    return first[:1] in _CLOSING or closing_quote


def _cut_word(token: str, first: str, room: float, prev, is_word: WordTest | None,
              is_form: WordTest | None = None, is_function: WordTest | None = None,
              is_link: WordTest | None = None, glyphs: float = FORCED_BREAK_GLYPHS, again: bool = False,
              then: str = "") -> bool:
    """A one-token line filled to the cell's edge (less room than a couple of its glyphs), a lowercase
    line after it: a word too wide for the column, cut where the line ran out. `token` is the text so
    far (pieces already joined), `prev` its last printed line, whose glyphs tell the room left; `again`:
    that line was the rest of a word cut before it; `then`: the first token of the line after a one-token
    line, which may be cut again."""
    # the printed line holds one token, though the text so far may hold more ("Учебно–|тренировочны|е")
    if not token or " " in prev.text.strip() or not first[:1].islower():
        return False
    glyph = glyph_width(prev)
    if room >= glyphs * glyph:
        return False
    if "://" in token and first[:1].isalnum():
        return True  # an address has no spaces: the column cut it ("http://единый|урок.рф", "урок.|рф")
    if not token[-1].isalpha() or _NUMERAL_ENDING.search(token):
        return False
    if _word_then_particle(token, first, is_word, is_link) or _head_of_the_next(token, first, then, is_word):
        return False
    return _may_glue(token, first, is_word) or (
        room < TIGHT_BREAK_GLYPHS * glyph and _tight_cut(token, first, is_word, is_form, is_function, again))


# a numeral's ending after its hyphen ("100%-ным", "5-го"): a whole token, too short for a column to cut
_NUMERAL_ENDING = re.compile(r"\d%?[-\u2010\u2011][^\W\d_]{1,4}$")


def _word_then_particle(left: str, right: str, is_word: WordTest | None, is_link: WordTest | None) -> bool:
    """A word, then a preposition or conjunction standing as a word of its own ("процедур|на"): two
    words, though their join may spell one ("процедурна"); a word cut in two leaves no particle."""
    head, tail = _WORD_END.search(left), _WORD_START.search(right)
    if is_word is None or is_link is None or head is None or tail is None:
        return False
    rest = right[tail.end():tail.end() + 1]
    return (not rest or rest.isspace()) and is_word(head.group(1)) and is_link(tail.group(1))


def _may_glue(left: str, right: str, is_word: WordTest | None) -> bool:
    head, tail = _WORD_END.search(left), _WORD_START.search(right)
    if is_word is None or head is None or tail is None:
        return True
    a, b = head.group(1), tail.group(1)
    return is_word(a + b) or not (is_word(a) or is_word(b))


def _tight_cut(left: str, right: str, is_word: WordTest | None, is_form: WordTest | None,
               is_function: WordTest | None, again: bool = False) -> bool:
    """A head that is no word before a short tail that is no preposition or conjunction ("радикализац|ии",
    "Кушевск|ого"), or any short tail when the head is a word cut twice already ("сформир|ованност|и"),
    or before any tail when the join is a word form ("юнармейског|о"); a head that is a word before a
    short tail that is none when the join is a word form ("неуспешно|сти")."""
    head, tail = _WORD_END.search(left), _WORD_START.search(right)
    if is_word is None or is_form is None or is_function is None or head is None or tail is None:
        return False
    whole = tail.end() == len(right)  # the tail is the line's first word
    signed = not whole and right[tail.end()] in HYPHENS + _CLOSING  # a sign glued after it: "а)", "о-"
    # a preposition or conjunction standing as a word of its own ("и", "на") is no ending; "а)" is
    a, b = head.group(1), tail.group(1)
    # a long word the dictionary lacks, filling its line: the column cut it, even before a one-letter
    # piece that is a conjunction of its own ("профилитаци|и", "волонтерств|а"); a longer preposition
    # ("на", "по") after it opens the next word
    long_head = len(a) >= LONG_HEAD and a[-1].islower() and not is_word(a) and len(b) == 1
    ending = len(b) <= SHORT_TAIL and (signed or (whole and (again or long_head or not is_function(b))))
    if is_word(a):
        # a compound's linking vowel glued to its hyphen ("психолог|о-педагогической") is no word
        linking = len(b) == 1 and b in LINK_VOWELS and not whole and right[tail.end()] in HYPHENS
        return linking or (len(b) <= SHORT_TAIL and not is_word(b) and is_form(a + b))
    return ending or is_form(a + b)
