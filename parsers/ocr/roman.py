"""A section title's Roman number as OCR reads it on a blurred scan: "ГУ." for IV, "\\1." for VI.

An order numbers its sections I-X and the items under section V as 5.1., 5.2., ...: the section's number
is what tells a blurred "5.1." read as "1." apart from a list that starts again. On a coarse scan the
engine reads the Roman letters as look-alikes: I as "|", "1", "l", "Г" or "Т", II as "И" or "П", III as
"Ш", V as "У" or a backslash. Each look-alike stands for its letters; what they spell must be a Roman
number, or the title has none.
"""

from __future__ import annotations

import re

# look-alike -> the Roman letters it stands for
_LETTERS = {
    **dict.fromkeys("I|1lі!Г]Т", "I"),
    **dict.fromkeys("VУ\\vу", "V"),
    **dict.fromkeys("XХ", "X"),
    "И": "II", "П": "II", "Ш": "III",
}
_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
# the title's first word, a stop or none after it, then a word of the title (which opens with a capital)
_OPENING = re.compile(r"(\S{1,4}?)([.,:])?\s+(?=[А-ЯЁA-Z])")


def roman_heading(text: str) -> str | None:
    """The section number ("4") a title read as "ГУ. Анализ ..." opens with, or None. Without a stop the
    first word must be more than one look-alike (or "Ш"): a lone "И" or "У" opens a sentence as well."""
    found = _OPENING.match(text.strip())
    if found is None:
        return None
    word, stop = found.groups()
    if stop is None and len(word) < 2 and word != "Ш":
        return None
    if any(ch not in _LETTERS for ch in word):
        return None
    letters = re.sub("V+", "V", "".join(_LETTERS[ch] for ch in word))  # "\\У" is one blurred V read twice
    value = _VALUES.get(letters)
    return None if value is None else str(value)


# What a blurred Roman number reads as, besides the look-alikes above: "1М" for IV, "М" for VI
_BLURRED = set(_LETTERS) | set("МM")
_ROMAN = ["", *sorted(_VALUES, key=_VALUES.get)]  # value -> its Roman letters
_INITIALS = re.compile(r"\s*[А-ЯЁ]\.\s*[А-ЯЁ]")  # a second initial after the first: "И. О. Фамилия"
_SECTION_ITEM = re.compile(r"(\d{1,2})\.\d{1,3}\.?$")  # an item numbered under its section: "4.1", "4.1."


def _opening(text: str) -> re.Match | None:
    """A title's first word made of Roman look-alikes only, with its stop (or more than one look-alike)."""
    found = _OPENING.match(text)
    if found is None or any(ch not in _BLURRED for ch in found.group(1)) or found.group(1).isdigit():
        return None  # digits alone are an Arabic number, read as printed
    return found if found.group(2) or len(found.group(1)) >= 2 else None


def mend_titles(blocks: list) -> None:
    """A section title read as "1М. Анализ" gets the Roman number its items are numbered by: the first
    item under it numbered "4.1" says the section is IV. The items' digits read far surer than a blurred
    Roman number; a title whose number reads right, or with no item so numbered before the next title,
    stays as read."""
    from parsers.model import Paragraph, Table

    pending = None  # the last title (a paragraph, or a cell across its table) opening with look-alikes
    titles = []  # all such titles, in order
    for block in blocks:
        if isinstance(block, Paragraph):
            pending = block if _opening(block.text) else pending
            titles += [block] if _opening(block.text) else []
            continue
        if not isinstance(block, Table):
            continue
        for row in block.rows:
            filled = [c for c in row.cells if c.text.strip()]
            if len(filled) == 1 and _opening(filled[0].text):
                pending = filled[0]
                titles.append(pending)
                continue
            number = _SECTION_ITEM.match(row.cells[0].text.strip()) if row.cells and len(filled) > 1 else None
            if number and pending is not None:
                _renumber(pending, int(number.group(1)))
                pending = None
    mend_by_order(titles)


def _value(text: str) -> int | None:
    """The number a title's opening look-alikes spell ("ГУ." -> 4), or None."""
    found = _opening(text)
    if found is None or any(ch not in _LETTERS for ch in found.group(1)):
        return None
    if _INITIALS.match(text[found.end():]):  # "И. О. Фамилия": a signatory's initials, no section
        return None
    return _VALUES.get(re.sub("V+", "V", "".join(_LETTERS[ch] for ch in found.group(1))))


def mend_by_order(titles: list) -> None:
    """Section titles whose number still reads as look-alikes ("Ш. Мониторинг" for III) get the Roman
    number their place among the titles gives: the number the look-alikes spell when it follows the
    title before or leads to the title after; else, between titles numbered n-1 and n+1, n. A title
    read as Roman letters stays as read. Items numbered 1, 2, ... throughout give no section's number
    (`mend_titles`), the order of the titles still does."""
    values = [_value(t.text) for t in titles]
    for k, title in enumerate(titles):
        opening = _opening(title.text)
        if opening is None or set(opening.group(1)) <= set("IVX"):
            continue
        before = values[k - 1] if k else None
        after = values[k + 1] if k + 1 < len(titles) else None
        fits = values[k] is not None and (values[k] - 1 == before or values[k] + 1 == after)
        section = values[k] if fits else before + 1 if before and after and after - before == 2 else None
        if section is not None:
            _renumber(title, section)
            values[k] = section


def _renumber(title, section: int) -> None:
    found = _opening(title.text)
    if found is None or not 0 < section < len(_ROMAN) or found.group(1) == _ROMAN[section]:
        return
    title.text = _ROMAN[section] + title.text[found.end(1):]
    if getattr(title, "paragraphs", None):
        first = title.paragraphs[0]
        head = _opening(first)
        if head is not None:
            title.paragraphs[0] = _ROMAN[section] + first[head.end(1):]
