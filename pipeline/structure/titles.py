"""Which paragraphs before a plan table are its title, and the plan's own number.

Offices title plans in different ways: a run of bold heading paragraphs right above the table
(sometimes opened by a non-bold "План мероприятий (…)" line), or, where nothing is bold, the first
paragraph after the previous table — the heading of the analysis that introduces the table — or
the first paragraph of a one-cell row right above the header.
"""

from __future__ import annotations

import re

from normalizers.language import clean
from parsers.model import Paragraph
from parsers.settings import current as tolerances
from pipeline.structure.vocabulary import fold, starts_with_phrase, vocabulary

_PLAN_NUMBER = re.compile(r"дорожн\w*\s+карт\w*\W{0,3}\s*(\d+(?:\.\d+)*)", re.IGNORECASE)
_APPENDIX_MARK = re.compile(r"^приложение\s*(?:№\s*)?\d*\.?\s+", re.IGNORECASE)  # "Приложение 1 " before a title
_APPENDIX = re.compile(r"^(приложение|к приказу|к распоряжению|к постановлению|утвержден|от \d|№)", re.IGNORECASE)
_APPENDIX_WORD = "приложение"
_APPENDIX_ALONE = re.compile(r"^приложение\s*(?:№\s*)?\d+(?:\.\d+)*\.?$", re.IGNORECASE)  # "Приложение № 4"
_GARBLED_LETTERS = 2  # a scan's reading of the appendix mark with a letter or two wrong ("Прило+ение")


def plan_number(title: str) -> str | None:
    """ "План мероприятий («дорожная карта» 2.3) …" -> "2.3"."""
    m = _PLAN_NUMBER.search(title)
    return m.group(1).rstrip(".") if m else None


def is_title_start(text: str) -> bool:
    folded = fold(text)
    return any(starts_with_phrase(folded, p) for p in vocabulary()["plan_title_starts"])


def choose_title(region: list[Paragraph]) -> tuple[str | None, int]:
    """The title among the paragraphs since the previous table, and how many paragraphs precede it.

    Returns (title, index of its first paragraph in `region`), or (None, len(region)).
    """
    paras = [p for p in region if clean(p.text)]
    if not paras:
        return None, len(region)
    # 1. A run of bold paragraphs directly above the table.
    end = len(paras)
    start = end
    while start > 0 and paras[start - 1].bold and len(paras[start - 1].text) <= tolerances().max_title_paragraph:
        start -= 1
    if start < end:
        if start > 0 and not paras[start - 1].bold and is_title_start(paras[start - 1].text) \
                and not is_title_start(paras[start].text) \
                and len(paras[start - 1].text) <= tolerances().max_title_paragraph:
            start -= 1
        return _join(paras[start:end]), region.index(paras[start])
    # 2. The paragraph after the last bold heading (a document-level title), or the first paragraph.
    last_bold = max((i for i, p in enumerate(paras) if p.bold), default=-1)
    candidates = [(p, unmarked(clean(p.text))) for p in paras[last_bold + 1:]]
    candidates = [(p, text) for p, text in candidates if not _is_appendix_line(text)]
    if candidates and len(candidates[0][1]) <= tolerances().max_title_paragraph:
        return candidates[0][1], region.index(candidates[0][0])
    return None, len(region)


def is_appendix_mark(text: str) -> bool:
    """The text is an appendix's mark and nothing more ("Приложение 4"): the line over a plan's title."""
    return bool(_APPENDIX_ALONE.match(clean(text)))


def _is_appendix_line(text: str) -> bool:
    """The appendix's own lines ("Приложение 2", "к приказу …"), its first word also as a scan misread it:
    the word's length, all but a letter or two in place ("Прило+ение"); a word of another length
    ("Положение …") is not the mark."""
    if _APPENDIX.match(text):
        return True
    words = text.split(maxsplit=1)
    first = words[0].lower().rstrip(".") if words else ""
    return len(first) == len(_APPENDIX_WORD) and \
        sum(a != b for a, b in zip(first, _APPENDIX_WORD, strict=True)) <= _GARBLED_LETTERS


def unmarked(text: str, row: bool = False) -> str:
    """A title the reader ran into the appendix mark on the line above ("Приложение 1 План мероприятий …"):
    the title without the mark; any other paragraph as it is. A one-cell row of a table (`row`) that
    titles the next plan is a title whatever its first word, when the mark is not the opening of the
    appendix's own lines ("Приложение 2 к приказу …")."""
    mark = _APPENDIX_MARK.match(text)
    if not mark:
        return text
    rest = text[mark.end():]
    return rest if is_title_start(rest) or (row and rest and not _APPENDIX.match(rest)) else text


def _join(paras: list[Paragraph]) -> str:
    return clean(" ".join(p.text for p in paras))
