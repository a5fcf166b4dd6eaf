"""An entry typed as two paragraphs, told by the cell printing the same words whole as another entry.

Beside stacked measures an office repeats an entry ("Департамент образования, ОО" for two measures);
typed once as two paragraphs ("Департамент" | "образования, ОО"), the PDF shows a paragraph end for
certain inside it (no wrap space where one fitted), and the cell then seems to hold the right count
of entries. When the words across such a break, taken from a line that opens a stretch (no wrap
space on the line before) to a line that ends one (no wrap space on it), read exactly as a stretch
the cell prints elsewhere with no sure break inside it, the break is a paragraph mark inside an
entry: the cell does not line up (pipeline/structure/printed.py). Not so where the line after the
break opens with the word another entry opens with for certain: entries worded alike
("Ежегодно" over "Ежегодно") are entries of their own. The other way round, a doubtful break between
two words the cell prints side by side elsewhere (`printed_whole`) is a wrap inside a name it repeats.
"""

from __future__ import annotations

from parsers.model import PrintedLine

_MAX_LINES = 6  # the longest stretch compared: a repeated entry is a short one (an executor, a date)


def split_twin(lines: list[PrintedLine], breaks: list[tuple[int, int, float]], sure: set[int]) -> bool:
    """A sure break (`sure`, line indexes; `breaks` as printed.entries weighs them, blank grid lines
    in the second place) falls inside words the cell prints whole elsewhere."""
    words = [ln.text.casefold().split() for ln in lines]
    opens = {i for i, blanks, _ in breaks if blanks} | sure  # lines that open an entry for certain
    stretches = _stretches(lines, words, opens)
    for i in sure:
        openers = {words[j][0] for j in opens | {0} if j != i and words[j]}
        if not words[i] or words[i][0] in openers:
            continue
        for first in range(i - 1, max(i - _MAX_LINES, -1), -1):
            for last in range(i, min(first + _MAX_LINES, len(lines))):
                if not _bounded(lines, first, last) or any(j in opens for j in range(first + 1, last + 1) if j != i):
                    continue
                text = tuple(w for j in range(first, last + 1) for w in words[j])
                if any(b < first or a > last for a, b in stretches.get(text, ())):
                    return True
            if first in opens:
                break
    return False


def _stretches(lines: list[PrintedLine], words: list[list[str]],
               opens: set[int]) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """The words of each run of lines with no sure break inside, bounded as whole entries are."""
    out: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for first in range(len(lines)):
        for last in range(first, min(first + _MAX_LINES, len(lines))):
            if last > first and last in opens:
                break
            if _bounded(lines, first, last):
                out.setdefault(tuple(w for j in range(first, last + 1) for w in words[j]), []).append((first, last))
    return out


def _bounded(lines: list[PrintedLine], first: int, last: int) -> bool:
    """Lines `first`..`last` may be an entry: no wrap space on the line before nor on the last."""
    return (first == 0 or lines[first - 1].end_space == 0) and lines[last].end_space == 0


def word_pairs(lines: list[PrintedLine]) -> set[tuple[str, str]]:
    """Each two words the cell prints side by side on one line (in one case)."""
    return {(a.casefold(), b.casefold()) for ln in lines for a, b in zip(ln.text.split(), ln.text.split()[1:],
                                                                         strict=False)}


def printed_whole(prev: PrintedLine, line: PrintedLine, pairs: set[tuple[str, str]]) -> bool:
    """The words either side of the break stand side by side on a line of the cell elsewhere: a name
    the cell repeats ("МБОУ ДПО МЦ" over "ОО, МБОУ ДПО" over "МЦ"), wrapped here, not cut."""
    last, words = prev.text.split(), line.text.split()
    return bool(last and words) and (last[-1].casefold(), words[0].casefold()) in pairs


def doubled(lines: list[PrintedLine], breaks: list[tuple[int, int, float]],
            sure: float) -> list[tuple[int, int, float]]:
    """`breaks` (as printed.entries weighs them), a doubtful one weighed sure where it cuts the run of
    lines between two sure breaks into two halves reading the same word for word ("отдел общего
    образования" over "отдел общего образования"): an office repeats an entry for two measures, and no
    entry says the same thing twice, so an entry opens there for certain. Not so where a clue speaks
    for a break inside either half ("Руководители ОО" over "Методический кабинет", twice: the run may
    be cut into more entries than two)."""
    opens = sorted({i for i, blanks, w in breaks if blanks or w >= sure})
    words = [ln.text.casefold().split() for ln in lines]
    weight = {i: w for i, _, w in breaks}
    twins = set()
    for first, end in zip([0, *opens], [*opens, len(lines)], strict=True):
        for i in range(first + 1, end):
            left = [w for j in range(first, i) for w in words[j]]
            if left and left == [w for j in range(i, end) for w in words[j]] \
                    and all(weight[j] <= 0 for j in range(first + 1, end) if j != i):
                twins.add(i)
    return [(i, b, max(w, sure) if i in twins else w) for i, b, w in breaks]
