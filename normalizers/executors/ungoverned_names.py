"""A known name right after a post that the post cannot govern: "Кл. рук. родители", "Зам. дир. обучающиеся" (a
table's lines joined by a space). A post takes its organisation in the case it governs ("руководители ОО",
"директор школы"); a plural with a nominative reading and none in that case ("родители", never "родителей") is no
complement: it opens the next executor (a singular noun after a post is as often a compound post written with a
space: "Педагог организатор")."""

from __future__ import annotations

from normalizers.executors.classification import position_of
from normalizers.executors.morphology import is_adjective, is_known, parses
from normalizers.executors.text import Item

_NAMING = frozenset({"NOUN", "ADJF", "PRTF"})
_PROPER = frozenset({"Name", "Surn", "Patr", "Abbr"})  # "дир." is no first name


def cannot_be_governed(word: Item, governs: str | None) -> bool:
    """Whether `word`, written in lower case right after a post governing `governs`, names something of its own."""
    if governs is None or word.is_abbreviation or word.is_number or word.capitalised or not is_known(word.lower):
        return False  # "Зам. дир.": a clipped word is read by its post, not by its case
    found = [p for p in parses(word.lower) if p.tag.POS in _NAMING and not _PROPER & p.tag.grammemes]
    return any(p.tag.case == "nomn" and p.tag.number == "plur" for p in found) \
        and not any(p.tag.case == governs for p in found)


def ends_the_posts(words: list[Item], j: int, governs: str | None, gap: str, after: str) -> bool:
    """Whether words[j], after the post words[j - 1] and `gap` (a space or a clipped post's dot, not a hyphen:
    "учителя-предметники"), is a name that post cannot govern. A clipped word ("Зам. зав.") is read by its post,
    and after an adjective ("Ответственные специалисты") the noun is the post the adjective qualifies."""
    return gap.strip() in ("", ".") and after != "." and not is_adjective(words[j - 1].lower) \
        and cannot_be_governed(words[j], governs)


def post_after_posts(words: list[Item], j: int, k: int) -> bool:
    """Whether words[k], a post right after the posts words[..j] ("Кл. рук. родители"), is in no case the last of
    them governs: the next executor, not the post's complement ("заместитель директора")."""
    last = position_of(words[j - 1]) if k == j and j > 0 else None
    return last is not None and position_of(words[k]) is not None and cannot_be_governed(words[k], last.governs)
