"""A ministry written "Мин" glued to its field, which the common glossary knows as the federal one
("Минобрнауки", "Минздрав"), followed by initials no glossary knows ("Минобрнауки РД", "Минздрав КБР"): the
initials name the region whose ministry it is, one executor read by glued_ministries (issue 11). Without this
the federal ministry and an unknown "РД" came out as two executors. A region's short name does the same
("Минкультуры Чувашии": vocabulary, executor_cues.yaml regional_markers)."""

from __future__ import annotations

import re

from normalizers.executors.text import Item
from normalizers.executors.vocabulary import cues

_INITIALS_RE = re.compile(r"[А-ЯЁ]{2,4}")


def region_initials_end(words: list[Item], i: int, end: int, match) -> int | None:
    """End of the region's initials after the glued ministry words[i:end], or None. The initials close the
    segment or a known name follows them ("Минобрнауки РД МОУО", names run together)."""
    if end - i != 1 or end + 1 > len(words) or not words[i].text.startswith("Мин"):
        return None
    if end + 1 < len(words) and match(end + 1) is None:
        return None
    initials = words[end]
    if initials.capitalised and not initials.is_abbreviation and initials.bare in cues().regional_markers:
        return end + 1  # "Минкультуры Чувашии"
    if not initials.is_abbreviation or _INITIALS_RE.fullmatch(initials.text) is None or match(end) is not None:
        return None
    return end + 1
