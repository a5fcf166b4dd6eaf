"""Item numbers of a list written inside one cell ("1. УО 2. ИМЦ", "1) Отдел образования; 2) ОО"): each opens the
next executor and is no part of its name (issue 11: "2. ИМЦ" was a name). The marker is blanked, and one inside
the cell becomes a separator, so that the offsets of the words, hence the mentions, stay where they were. A
number after "№" (a school's) or before a lower-case word is left alone."""

from __future__ import annotations

import re

# a digit right before the dot or bracket: in every marker, and found by a fast scan where the pattern, opening
# with lookbehinds, is tried at every character
_MARKER_HINT_RE = re.compile(r"\d[.)]")
_MARKER_RE = re.compile(r"(?:^|(?<=[\s;,]))(?<!№\s)(?<!№)(\d{1,2})[.)](?=\s*[А-ЯЁA-Z«\"])")


def without_list_markers(cell: str) -> str:
    """The cell with its list item numbers blanked (the first) or turned into a ";" (the others)."""
    if ("." not in cell and ")" not in cell) or _MARKER_HINT_RE.search(cell) is None:
        return cell
    return _MARKER_RE.sub(_blank, cell)


def _blank(match: re.Match) -> str:
    width = len(match.group())
    return " " * width if match.start() == 0 or not match.string[:match.start()].strip() else ";" + " " * (width - 1)
