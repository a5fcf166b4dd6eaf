"""What an item number looks like as text ("2.4.", "13.10", "5."): its shape, its parts, which number may
follow which in a plan, and whether a plan ends its numbers with a stop. Pure functions on strings, split from
numbers.py, which reads the number cells of a scan."""

from __future__ import annotations

import re

STOPS = ".,:;"  # what a number's final full stop reads as
SHAPE = re.compile(r"\d{1,3}(?:[.,]\d{1,3}){0,3}[.,:;]?")  # "2.4.", "24.", "13.10", "1,6.", "5.4:"
STYLE_RUN = 5  # the numbers of a depth chosen last that tell whether the plan ends them with a stop
HEADER_MARK = "№"  # the number column's header ("№ п/п") shows it; no item number does
OPENING = "0"  # the number before a list's first: "1." follows it
PINNED_MARKS = 3  # characters at most of a cell's marks that may stand for the number its neighbours leave room for


def is_item_number(text: str) -> bool:
    return bool(SHAPE.fullmatch(text))


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def parts(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", text))


def single_stops(text: str) -> str:
    """A number has no two stops in a row: "8. ." or "6.." is a stop and a speck beside it."""
    return re.sub(r"([.,:;])[.,:;]+", r"\1", text)


def inner_stops(text: str) -> str:
    """A colon or semicolon between two digits is a blurred full stop: "4:4." is "4.4."."""
    return re.sub(r"(?<=\d)[:;](?=\d)", ".", text)


def follows(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Does number `b` come right after `a` in a plan: the next at some level, or the first below `a`?"""
    return bool(a) and b in successors(a)


def successors(number: tuple[int, ...]) -> list[tuple[int, ...]]:
    """The numbers that may come right after `number` in a plan: the first below it, or the next at some
    level, or the first below that."""
    found = [(*number, 1)]
    for k in range(len(number)):
        nxt = (*number[:k], number[k] + 1)
        found += [nxt, (*nxt, 1)]
    return found


def splits(text: str) -> list[str]:
    """`text`'s digits cut into numbers of one or two digits, joined by full stops, ended as `text` is."""
    digits, end = digits_of(text), "." if text[-1] in STOPS else ""
    if len(digits) > 4:
        return []
    found = []
    for cuts in range(1, 2 ** (len(digits) - 1)):
        pieces, start = [], 0
        for i in range(1, len(digits)):
            if cuts >> (i - 1) & 1:
                pieces.append(digits[start:i])
                start = i
        pieces.append(digits[start:])
        if all(len(p) <= 2 and not (len(p) > 1 and p[0] == "0") for p in pieces):
            found.append(".".join(pieces) + end)
    return found


def edit_distance(a: str, b: str) -> int:
    """Characters to change, insert or delete to turn `a` into `b` (Levenshtein distance)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def styles(chosen: list[str]) -> dict[int, bool]:
    """Per depth, whether the plan ends its numbers with a stop: as most of the last STYLE_RUN numbers of
    that depth among those `chosen` so far do ("5.3", "5.4" but "5."); a depth they split on is left out,
    and so is one with a single number so far: a list's first number may be written apart ("1.1", then
    "1.2.", "1.3."), and the second, where its readings differ on the stop, would take the first's way."""
    found: dict[int, list[bool]] = {}
    for text in chosen:
        found.setdefault(len(parts(text)), []).append(text[-1] in STOPS)
    out = {}
    for depth, stops in found.items():
        recent = stops[-STYLE_RUN:]
        if len(recent) >= 2 and 2 * sum(recent) != len(recent):
            out[depth] = 2 * sum(recent) > len(recent)
    return out


def style_of(stops: dict[int, bool] | None, number: tuple[int, ...]) -> bool | None:
    return None if stops is None else stops.get(len(number))


def pinned(first: str, before: list[str], after: list[str], stops: dict[int, bool] | None = None) -> str | None:
    """The number the neighbours leave room for, in a cell no reading of which is a number (a blurred
    "11" read "и", "12" read "в", ink no reading found): the one number that comes right after the number
    above and right before one below (11 and 13 leave 12, not 12.1; 11. and 11.2 leave 11.1), of the depth
    of the one above or of the first reading below (11 and 12 leave none: 11.1 is of neither). A mark too
    long to be a number, or the header's "№", is not one. Its stop is the plan's at its depth."""
    if HEADER_MARK in first or len(first.replace(" ", "")) > PINNED_MARKS:
        return None
    below = [parts(t) for t in after if is_item_number(t)]
    above = [parts(p) for p in before if p != OPENING and is_item_number(p)]
    depths = {len(p) for p in above + below[:1]}
    found = {n for p in above for n in successors(p) if len(n) in depths and any(follows(n, b) for b in below)}
    if len(found) != 1:
        return None
    number = found.pop()
    style = style_of(stops, number)
    if style is None:  # the plan's style at this depth not known yet: as the neighbours of its depth write it
        style = any(t[-1] in STOPS for t in [*before, *after[:1]] if is_item_number(t) and len(parts(t)) == len(number))
    return ".".join(map(str, number)) + "." * style
