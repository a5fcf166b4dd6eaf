"""A PDF cell's entries beside measures stacked in one row, told apart by where its lines stand.

A PDF keeps no paragraph marks, and a blank paragraph prints nothing; what is left is geometry. The
lines of a row stand on one grid (one line pitch): a blank paragraph is a grid line left empty, so a
cell's empty grid lines before and between its lines are blank entries for certain. Between two
lines that follow each other the break is read from clues, each weighed in the settings: the next
line's first word would have fitted on this one (the renderer wraps only what does not fit), the next
line opens with a capital, this line ends a sentence or runs on (a comma, a hyphen, a preposition),
the next line stands level with the first line of a measure's name (as offices align them), and the
strongest where a renderer gives it: the space glyph it writes where it wraps a line (LibreOffice and
Word do, when the space fits), so a line carrying one goes on and a line without one ended its
paragraph if a space would have fitted after it (a line broken after a dash carries none): that
break is sure whatever grammar or case says (an entry typed as two paragraphs). A doubtful
break between two words the cell prints side by side on another line (a name it repeats) is a wrap. The
cell then has as many entries as the measures when the sure breaks and the likeliest others make them
so; one entry with no break in it serves every measure; more sure entries than measures is a cell
that does not line up. Blank entries after the last line leave no trace: they fill what is missing,
rather than a break the clues say runs on (a line opening in lowercase with nothing for a break),
unless the cut makes entries that read the same (an executor repeated for each measure).
A paragraph mark inside an entry is a cell that does not line up too: a line whose next word would
have fitted after it, so the renderer broke there on a paragraph mark, while grammar says the entry
goes on ("В|течение всего периода", "Проект|дорожной карты", "МКУ|«Центр развития образования»").
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from math import comb

from parsers.model import Cell, PrintedLine
from parsers.settings import current as tolerances
from pipeline.structure import wording
from pipeline.structure.brackets import open_brackets
from pipeline.structure.entrytwins import doubled, printed_whole, split_twin, word_pairs
from pipeline.structure.torn import JOINS, abbreviated, glue_cut_words, torn, wrap_space

SHARED = None  # one entry for every measure of the row
_SAME_POINT = 0.3  # pt: one text printed from one start ends this close
_DOUBT = 0.01  # a sure break the page does not show: weighed just short of sure
_SEARCH = 5000  # break sets weighed one by one up to this many; past it, the heaviest breaks


def geometric(cell: Cell) -> bool:
    """The cell has printed lines that are its text, line for line."""
    return cell.lines is not None and "\n".join(ln.text for ln in cell.lines) == cell.text.strip("\n") \
        and bool(cell.lines)


@dataclass(frozen=True)
class Grid:
    """A row's line grid: the top of its first line, its line pitch and a printed line's height;
    `space`: the width of the space glyph the renderer writes where it wraps a line (0: it writes none)."""

    origin: float
    pitch: float
    height: float
    space: float = 0.0

    def index(self, top: float) -> int:
        return round((top - self.origin) / self.pitch)

    def span(self, line: PrintedLine) -> tuple[int, int]:
        """The first and last grid line a printed line takes (two when a cut word was glued back)."""
        first = self.index(line.top)
        return first, first + max(round((line.bottom - line.top - self.height) / self.pitch), 0)


def row_grid(cells: list[Cell]) -> Grid | None:
    """The grid of the lines of a row's cells (those with geometry): the usual step between two lines
    of a cell (most of them follow each other; a blank line is a wider step), taken from a line of one
    grid line (not a word glued back over two), else a line's height."""
    lines = [c.lines for c in cells if geometric(c)]
    if not lines:
        return None
    origin = min(ln.top for group in lines for ln in group)
    heights = sorted(ln.bottom - ln.top for group in lines for ln in group)
    height = heights[len(heights) // 4]  # a narrow column glues many cut words back over two lines
    steps = [b.top - a.top for group in lines for a, b in zip(group, group[1:], strict=False)
             if b.top - a.top > 0.6 * height and a.bottom - a.top < 1.5 * height]
    steps.sort()
    pitch = steps[len(steps) // 2] if steps else 1.2 * height  # the usual step: a first line may stand closer
    space = min((ln.end_space for group in lines for ln in group if ln.end_space > 0), default=0.0)
    return Grid(origin, max(pitch, 1.0), height, space)


def _break_weight(prev: PrintedLine, line: PrintedLine, right: float, levels: list[float], grid: Grid,
                  head: str = "", glyph: float | None = None, bracket: bool = False) -> float:
    """How strongly the clues say a new entry opens at `line`. `head`: the cell's first word (a cell
    written in lowercase says nothing by a lowercase opening; an entry opening as the first does,
    "выявление …", "выявление …", is likely one more); `glyph`: the mean glyph width of the line when
    its own width does not tell it (a word cut at the line end and glued back spans two lines);
    `bracket`: a bracket or quote opened above is still open."""
    t = tolerances()
    weight = 0.0
    words = line.text.split()
    glyph = glyph if glyph is not None else (line.x1 - line.x0) / max(len(line.text), 1)
    room = right - prev.x1 - glyph * (len(words[0]) + 1) if words else -1.0  # after a space and the word
    if room >= glyph:
        weight += t.stack_fit
    elif room >= 0:
        weight += t.stack_fit_near  # it would have fitted by the glyphs' mean width: near the edge
    first = line.text.lstrip("«\"(")[:1]
    opening = words[0].strip("«\"(") if words else ""
    if room < glyph and words and wording.goes_on(prev.text, line.text):
        weight -= t.stack_grammar  # "… адресные" over "рекомендации", "… проведения" over "мероприятий"
    if (first.isupper() and not abbreviated(opening) and not line.text.startswith("(")) \
            or wording.date_after_year(prev.text, line.text):
        weight += t.stack_opening  # a bracket goes on with what it explains: "(2022 год)", "(ФООП ДО)"
    elif first.islower() and not head[:1].islower():
        weight -= t.stack_opening  # a digit or an abbreviation says nothing: dates run on, "СПТ"
    if first.islower() and not prev.text.endswith(JOINS) and wording.opens_phrase(prev.text.split()[-1], opening):
        weight += t.stack_head_opening  # "… результатами" over "повышение качества"
    if len(head) > 2 and opening.lower() == head.lower():
        weight += t.stack_same_opening
    last = prev.text.split()[-1]
    if prev.text.endswith((".", "!", "?")) and not _abbreviation(last):
        weight += t.stack_full_stop
    closed_quote = prev.text.endswith('"') and not bracket  # a straight quote that closed a name
    if (prev.text.endswith(JOINS) and not closed_quote) or bracket:
        weight -= t.stack_runs_on
    if wording.hangs(last):
        weight -= t.stack_short_word
    if any(abs(line.top - level) <= t.stack_level_share * grid.pitch for level in levels):
        weight += t.stack_level
    return weight + wrap_space(prev, right, grid.space)


def _unlike_its_twin(line: PrintedLine, lines: list[PrintedLine]) -> bool:
    """`line` carries no wrap space, yet the same words printed to the same point elsewhere in the
    cell or its column (the document's `wrapped_lines`) carry one ("Департамент" twice in an
    executors' column): the space had room,
    so `line` ended its paragraph (a renderer's wrap space may hang past the column's edge)."""
    return line.end_space == 0 and any(other.end_space > 0 and other.text == line.text
                                       and abs(other.x1 - line.x1) <= _SAME_POINT
                                       and abs(other.x0 - line.x0) <= _SAME_POINT for other in lines)


def wrapped_lines(blocks: list) -> tuple[PrintedLine, ...]:
    """The printed lines of a document's table cells that carry the space a renderer writes where it
    wraps a line: where it hangs that space past a column's edge, the same words printed to the same
    point without it, in any row of the column, ended a paragraph (an entry typed as two paragraphs,
    its first word alone on a line filled to the edge)."""
    return tuple(ln for block in blocks for row in getattr(block, "rows", ()) for cell in row.cells
                 for ln in cell.lines or () if ln.end_space > 0)


def _abbreviation(word: str) -> bool:
    """A short lowercase word cut with a dot ("доп.", "соц.", "г."): no sentence ends there."""
    return word.endswith(".") and word[:-1].isalpha() and word[:-1].islower() and len(word) <= 5


def folded(text: str) -> str:
    """A cell's text as entries are compared: one case, one space between words."""
    return " ".join(text.split()).casefold()


def entries(cell: Cell, n: int, grid: Grid, levels: list[float], known: frozenset[str] = frozenset(),
            blank_often: bool = False, wrapped: tuple[PrintedLine, ...] = ()) -> list[str] | None | bool:
    """The cell's entry for each of `n` measures, SHARED, or False when it cannot line up. `levels`:
    the tops of the measures' names after the first; `known`: the column's entries in the plan's
    single rows (`folded`). A cell with no sure break whose whole text the plan writes as one entry
    elsewhere ("Управление образования" over "Методический кабинет") is one entry shared. `blank_often`:
    the plan leaves the column blank in a share of its single measures; a cell short of entries then
    leaves its last measures blank (blank paragraphs print nothing) rather than cut at a break no clue
    speaks for (a line filled to the edge, so neither its width nor a wrap space tells, the next line
    opening in the cell's own case). `wrapped`: the document's lines that carry the renderer's
    wrap space (`wrapped_lines`: a line printed as one of them with none ended its paragraph)."""
    lines = cell.lines
    # no edge stands left of the cell's own glyphs (a rest joined from a page whose column reached further)
    right = max([ln.x1 for ln in lines] + ([cell.right] if cell.right is not None else []))
    sure = tolerances().stack_sure
    lines = glue_cut_words(lines, right, _glyph(lines, [grid.span(ln) for ln in lines]))
    places = [grid.span(ln) for ln in lines]
    head = lines[0].text.split()[0].strip("«\"(") if lines[0].text.split() else ""
    # each break: (before line i, blank entries it holds, weight); a gap is a break for certain
    glyph = _glyph(lines, places)
    if torn(lines, places, right, glyph, grid.space):
        return False
    breaks, loose = _weighed(lines, places, right, levels, grid, head, glyph, [*lines, *wrapped])
    breaks = doubled(lines, _same_openings(lines, breaks, sure), sure)
    leading = max(places[0][0], 0)
    chosen = {i for i, _, w in breaks if w >= sure}
    count = leading + 1 + sum(b for _, b, _ in breaks) + len(chosen)
    if count > n and grid.space and count - len(chosen & loose) <= n:  # the renderer's marks leave room
        breaks = [(i, b, min(w, sure - _DOUBT) if i in chosen & loose else w) for i, b, w in breaks]
        chosen, count = chosen - loose, count - len(chosen & loose)
    if count > n or _edge_opening(lines, breaks, chosen, right, glyph, n - count) \
            or split_twin(lines, breaks, chosen):
        return False
    if count == 1 and n > 1 and folded(cell.text) in known:
        return SHARED
    open_ = [(i, w) for i, _, w in breaks if -sure < w < sure]
    picked = choose_breaks(lines, chosen, open_, n - count)
    if not _repeats(lines, chosen | picked):  # a break the clues say runs on ends no entry: blanks fill in
        floor = 0.0 if blank_often else -tolerances().stack_opening
        picked = choose_breaks(lines, chosen, [(i, w) for i, w in open_ if w > floor],
                               n - count)
    determined = sum(w >= 0 for _, w in open_) == n - count  # nothing else may break: an entry each
    # one text for all has few clues of a break inside it (a capital opening a body's second line);
    # entries for clues at half the breaks the measures need are read as entries
    if count == 1 and n > 1 and not _repeats(lines, picked) and 2 * sum(w > 0 for _, w in open_) < n - 1 \
            and not determined:
        return SHARED
    return _cut(lines, breaks, chosen | picked, leading, n)


def _weighed(lines: list[PrintedLine], places: list[tuple[int, int]], right: float, levels: list[float],
             grid: Grid, head: str, glyph: float,
             twins: list[PrintedLine]) -> tuple[list[tuple[int, int, float]], set[int]]:
    """Each break (before line i, blank entries it holds, weight; a gap is a break for certain), and
    the loose ones: after a sentence's end at the column's edge, where the page shows no paragraph
    end (no gap, no room for the wrap space or the next word). Full stop and capital may add up to a
    sure break, but an entry of a few sentences ("… система ПФДОД." over "Организована …") reads the
    same: where the renderer marks its wraps and the cell holds more entries than measures, such a
    break is weighed as doubtful (a capital after a line at the edge alone stays sure: an executor
    repeated, "образования" over "Отдел")."""
    unclosed = open_brackets(lines)
    pairs = word_pairs(lines)
    sure = tolerances().stack_sure
    breaks: list[tuple[int, int, float]] = []
    loose: set[int] = set()
    for i in range(1, len(lines)):
        blanks = places[i][0] - places[i - 1][1] - 1
        if blanks > 0:
            breaks.append((i, blanks, float("inf")))
        elif lines[i].text[:1] in _PUSHED:
            breaks.append((i, 0, float("-inf")))  # no entry opens with a sign the renderer pushed over
        else:
            weight = _break_weight(lines[i - 1], lines[i], right, levels, grid, head,
                                   glyph if places[i][1] > places[i][0] else None, unclosed[i - 1])
            if weight < sure and printed_whole(lines[i - 1], lines[i], pairs):
                weight -= tolerances().stack_grammar  # among the doubtful breaks only: a sure one stays
            if wrap_space(lines[i - 1], right, grid.space) > 0 or _unlike_its_twin(lines[i - 1], twins):
                weight = max(weight, sure)  # no wrap space where one fitted: the paragraph ended there
            elif not _fits(lines[i - 1], lines[i], right, glyph if places[i][1] > places[i][0] else None) \
                    and _sentence_end(lines[i - 1].text):
                loose.add(i)
            breaks.append((i, 0, weight))
    return breaks, loose


def _sentence_end(text: str) -> bool:
    return text.endswith((".", "!", "?")) and not _abbreviation(text.split()[-1])


def _fits(prev: PrintedLine, line: PrintedLine, right: float, glyph: float | None) -> bool:
    """The next line's first word would have fitted after `prev`, a space before it (as `_break_weight`
    measures it)."""
    words = line.text.split()
    glyph = glyph if glyph is not None else (line.x1 - line.x0) / max(len(line.text), 1)
    return bool(words) and right - prev.x1 - glyph * (len(words[0]) + 1) >= 0


def _edge_opening(lines: list[PrintedLine], breaks: list[tuple[int, int, float]], chosen: set[int],
                  right: float, glyph: float, spare: int = 0) -> bool:
    """More entries than the sure breaks leave room for (`spare` wanted): a line filled to the edge
    (its width says nothing) over a line opening in a capital, nothing in grammar or signs against a
    break, where that line is one word ending its paragraph for certain (no room left; not a body's
    short name, "ОО": it ends a wrapped entry as often as it stands alone, its capital says nothing), or a sure
    break already opens an entry in lowercase in a cell that opens in a capital (a paragraph mark
    inside an entry; each such line is one entry more, and a line opening with a count, "13 советников",
    opens one as a capital does). An entry typed as two paragraphs hides there: no lining up."""
    t, found = tolerances(), 0
    lower = lines[0].text[:1].isupper() and any(lines[j].text[:1].islower() for j in chosen)
    for i, blanks, weight in breaks:
        floor = 0.0 if lower and lines[i].text[:1].isdigit() else t.stack_opening
        if blanks or i in chosen or weight < floor or right - lines[i - 1].x1 >= glyph:
            continue
        if lower:
            found += 1
        elif not spare and i + 1 in chosen and len(lines[i].text.split()) == 1 \
                and not abbreviated(lines[i].text.strip("«\"(")) \
                and not _twinned(lines, chosen | {j for j, b, _ in breaks if b}, i):
            return True
    return found > spare


def _twinned(lines: list[PrintedLine], cut: set[int], i: int) -> bool:
    """The entry the sure breaks (`cut`) put line `i` in reads word for word as another of them: an
    office repeating an entry prints it the same way, the word alone on its line wrapped there in each
    (a word too long for the column takes a line of its own whatever stands before it)."""
    texts = _texts(lines, cut)
    k = sum(j <= i for j in cut)
    return texts.count(texts[k]) > 1


def _same_openings(lines: list[PrintedLine], breaks: list[tuple[int, int, float]],
                   sure: float) -> list[tuple[int, int, float]]:
    """A doubtful break before a line that reads as a line opening an entry for certain (the cell's
    first, or one after a blank grid line or a sure break) weighs `stack_same_opening` more: an office
    words its entries alike ("Раз в полугодии" over "в соответствии с", where "в соответствии с"
    opens another entry of the cell). Not after a line carrying the space a renderer writes where it
    wraps: the paragraph went on there, whatever its next line reads like (a body named again after
    another body's name: "Завуч" over "Методист" over "Завуч", two entries for two measures)."""
    openers = {folded(lines[0].text)} | {folded(lines[i].text) for i, b, w in breaks if b or w >= sure}
    bonus = tolerances().stack_same_opening
    return [(i, b, w + bonus if -sure < w < sure and folded(lines[i].text) in openers
             and lines[i - 1].end_space <= 0 else w) for i, b, w in breaks]


_PUSHED = tuple(",;:)»")  # signs a renderer pushes onto the next line with no space before them


def _glyph(lines: list[PrintedLine], places: list[tuple[int, int]]) -> float:
    """The cell's usual glyph width, read from its lines that take one grid line each."""
    widths = sorted((ln.x1 - ln.x0) / max(len(ln.text), 1) for ln, (a, b) in zip(lines, places, strict=True)
                    if a == b) or [(ln.x1 - ln.x0) / max(len(ln.text), 1) for ln in lines]
    return widths[len(widths) // 2]


def choose_breaks(lines: list[PrintedLine], chosen: set[int], open_: list[tuple[int, float]],
                  need: int) -> set[int]:
    """The `need` breaks among the open ones whose clues weigh most, entries that read as another one
    weighing more (an office repeats an executor, beside each measure or a few apart); greedy past a
    bound."""
    need = min(need, len(open_))
    if need <= 0:
        return set()
    if comb(len(open_), need) > _SEARCH:
        return {i for i, _ in sorted(open_, key=lambda b: -b[1])[:need]}
    bonus = tolerances().stack_same_entry
    best: tuple[float, set[int]] = (float("-inf"), set())
    for picked in combinations(open_, need):
        cut = {i for i, _ in picked}
        texts = _texts(lines, chosen | cut)
        score = sum(w for _, w in picked) + bonus * (len(texts) - len(set(texts)))
        if score > best[0]:
            best = (score, cut)
    return best[1]


def _texts(lines: list[PrintedLine], cut: set[int]) -> list[str]:
    """The filled entries the lines make, cut before each line in `cut`, in one case (an office types
    the same entry "В течение года" and "в течение года")."""
    return [" ".join(t).casefold() for t in _groups(lines, cut)]


def _groups(lines: list[PrintedLine], cut: set[int]) -> list[list[str]]:
    out = [[lines[0].text]]
    for i in range(1, len(lines)):
        if i in cut:
            out.append([])
        out[-1].append(lines[i].text)
    return out


def _repeats(lines: list[PrintedLine], cut: set[int]) -> bool:
    """The cut makes two entries that read the same: an entry repeated for another measure, not one
    text shared (a shared text does not say the same thing twice)."""
    texts = _texts(lines, cut)
    return len(set(texts)) < len(texts)


def _cut(lines: list[PrintedLine], breaks: list[tuple[int, int, float]], cut: set[int], leading: int,
         n: int) -> list[str]:
    out: list[str] = [""] * leading
    current = [lines[0].text]
    for i, blanks, _w in breaks:
        if blanks or i in cut:
            out.append("\n".join(current))
            out.extend([""] * blanks)
            current = [lines[i].text]
        elif lines[i].text[:1] in _PUSHED:
            current[-1] += lines[i].text  # a comma the renderer pushed over: "образования" over ", ОО"
        else:
            current.append(lines[i].text)
    out.append("\n".join(current))
    return out + [""] * (n - len(out))
