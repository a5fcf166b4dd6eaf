"""An acting holder of a post, "и.о. начальника отдела" (исполняющий обязанности): the letters "и.о." are not the
conjunction "и" and a letter, and the post after them is governed in the genitive. The cell is read with "и.о."
written as the abbreviated post "ио." of the same length (executor_cues: a position, spelt out as "исполняющий
обязанности" in the role's name); the mention is found again as the cell writes it."""

from __future__ import annotations

import re

# "и.о.", "И.о.", "и. о." before a word: the dot after "о" tells it from "и" joining two names, the small "о" from
# a person's initials ("Иванов И.О.")
_ACTING_RE = re.compile(r"(?<![А-Яа-яЁёA-Za-z.])([иИ])\. ?о\.(?= ?[А-Яа-яЁё])")
_WRITTEN = r"[иИ]\. ?о\."
_PLACEHOLDER_RE = re.compile(r"[иИ]о\.")


def with_acting_posts(cell: str) -> str:
    """`cell` with every "и.о." before a word written "ио." and padded to its length (offsets are kept)."""
    if "о." not in cell:
        return cell
    return _ACTING_RE.sub(lambda m: m.group() if _after_a_surname(cell, m.start())
                          else f"{m.group(1)}о.".ljust(len(m.group())), cell)


def _after_a_surname(cell: str, start: int) -> bool:
    """"Иванов И.о.": right after a capitalised word the letters are its initials, whatever their case."""
    before = cell[:start].rstrip()
    word = before.rsplit(maxsplit=1)[-1] if before else ""
    return word[:1].isupper() and word[-1:].isalpha() and start > len(before)


def acting_as_written(mention: str, raw: str) -> str:
    """The stretch of `raw` a mention read with "ио." stands for, or the mention when none is found."""
    parts = _PLACEHOLDER_RE.split(mention)
    if len(parts) < 2:
        return mention
    pattern = (r"\s*" + _WRITTEN + r"\s*").join(r"\s+".join(map(re.escape, part.split())) for part in parts)
    found = re.search(pattern, raw)
    return found.group().strip() if found is not None else mention
