"""Word-form clues to where an entry of a stacked cell goes on, for cells written in lowercase.

Geometry says little in a narrow column written in lowercase ("мониторинг", "адресные рекомендации"):
no next word would have fitted, no capital opens an entry. Russian grammar still does: an entry of a
plan's cell (a form, a result, an executor, a deadline) opens with a noun in the nominative, a
preposition or an adverb, so a line opening with a noun or adjective that cannot be nominative
("мероприятий", "учебного") goes on with the line above; a full adjective or participle stands before
its noun, so a line ending with one ("адресные", "муниципального") goes on in the next. Usage adds
two more: a year goes with its month, a quoted name with the abbreviation before it."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from normalizers.language import analyser, month_forms

_NAMING = frozenset({"NOUN", "ADJF", "PRTF"})
_ATTRIBUTES = frozenset({"ADJF", "PRTF"})


def _parses(word: str):
    return analyser().parse(word) if word.isalpha() and word.islower() else []


@lru_cache(maxsize=8192)
def oblique_opening(word: str) -> bool:
    """A noun or adjective with no nominative reading: the middle of a phrase, not its head, even with
    a capital ("нарушений|Порядка проведения", "со стороны|Образовательного Фонда")."""
    parses = _parses(word.lower() if word[1:].islower() else word)
    return bool(parses) and all(p.tag.POS in _NAMING and p.tag.case != "nomn" for p in parses)


@lru_cache(maxsize=8192)
def attribute_ending(word: str) -> bool:
    """A lowercase full adjective or participle that serves as no noun ("обучающихся" does): its noun
    comes after it."""
    parses = _parses(word)
    return bool(parses) and all(p.tag.POS in _ATTRIBUTES and "Subx" not in p.tag for p in parses)


def _forms(word: str, parts: frozenset[str]) -> set[tuple]:
    """Case, number, gender (singular) and animacy (accusative) a word may stand in."""
    out = set()
    for p in analyser().parse(word.lower()):
        if p.tag.POS in parts:
            tag = p.tag
            out.add((tag.case, tag.number, tag.gender if tag.number == "sing" else None,
                     tag.animacy if tag.case == "accs" else None))
    return out


def _match(a: tuple, b: tuple) -> bool:
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


@lru_cache(maxsize=8192)
def agrees(attribute: str, word: str) -> bool:
    """`word` may be what `attribute` qualifies, or one more attribute of it: some reading of each in
    the same case and number ("адресные|рекомендации"); a word the dictionary cannot read agrees
    ("муниципального|МКУ"), "обучающихся|Ресурсы" does not."""
    if not word.isalpha() or not (word.islower() or word[1:].islower()):
        return True
    theirs = _forms(word, _NAMING)
    if not theirs:
        return True
    mine = _forms(attribute, _ATTRIBUTES)
    return any(_match(a, b) for a in mine for b in theirs)


_CASES_OPENING = frozenset({"nomn", "accs"})
HEAD_SHARE = 0.5
_TAKES_OBJECT = frozenset({"VERB", "INFN", "PRTS", "GRND"})


@lru_cache(maxsize=8192)
def head_opening(word: str) -> bool:
    """A lowercase noun or adjective that can only be nominative or accusative ("повышение",
    "специалисты", "интерактивная"): the head of a phrase, as an entry opens, not a word governed by
    the noun above ("оценки", "качества" may be genitives and say nothing)."""
    parses = _parses(word)
    if not parses or any(p.tag.POS not in _NAMING for p in parses):
        return False
    return sum(p.score for p in parses if p.tag.case in _CASES_OPENING) >= HEAD_SHARE * sum(p.score for p in parses)


@lru_cache(maxsize=8192)
def _takes_object(word: str) -> bool:
    """A verb, short participle or gerund ("повысят", "проведены"): an accusative after it is its object."""
    parses = _parses(word)
    return bool(parses) and parses[0].tag.POS in _TAKES_OBJECT


def opens_phrase(last: str, opening: str) -> bool:
    """`opening` heads a phrase of its own after a line ending with `last`: it can only be nominative or
    accusative, and `last` is no verb taking it as its object, no attribute it agrees with, no
    preposition (a capitalised first word is read in lowercase)."""
    last = last.lower() if last[1:].islower() else last
    if any(ch.isdigit() for ch in last):
        return False  # a number goes on with what it counts: "2023|год", "3|совещания"
    return head_opening(opening) and not _takes_object(last) and not hangs(last) \
        and not (attribute_ending(last) and agrees(last, opening))


_YEAR = re.compile(r"^(19|20)\d\d\b")
_YEARS = re.compile(r"^(19|20)\d\d\s*[-–—]\s*(19|20)\d\d\s*(гг?\.?|годы|года)?$")  # a period: "2020-2022 гг."


_LONE_YEAR = re.compile(r"^(19|20)\d\d\s*(г\.|год|года)?$")  # a year and nothing more: "2022", "2022 г."
_YEAR_END = re.compile(r"\b(19|20)\d\d(\s*(г\.|год|года))?$")


def date_after_year(prev: str, line: str) -> bool:
    """`line` opens with a month under a line ending with a year and no comma ("1 квартал 2024" over
    "июнь, июль 2024 год"): a date ended with its year, so the month opens another entry."""
    opening = (line.split() or [""])[0].rstrip(",.").lower()
    return bool(_YEAR_END.search(prev.strip())) and opening in _months()


@cache
def _months() -> frozenset[str]:
    return frozenset(form for month in range(1, 13) for form in month_forms(month))


_HANGING = frozenset({"PREP", "CONJ", "PRCL"})


@lru_cache(maxsize=4096)
def hangs(word: str) -> bool:
    """A lowercase preposition, conjunction or particle ("по", "и", "не"): what it ties comes on the
    next line. A pronoun ("ними", "их") ends a phrase as well as any noun."""
    parses = _parses(word)
    return bool(parses) and parses[0].tag.POS in _HANGING


@lru_cache(maxsize=4096)
def _names_kind(word: str) -> bool:
    """A lowercase noun a quoted name may follow ("Фонда «Талант и успех»", "платформе «РЭШ»")."""
    parses = _parses(word.lower() if word[1:].islower() else word)
    return bool(parses) and parses[0].tag.POS == "NOUN"


_DASHES = "-\u2010\u2011\u2012\u2013\u2014"


def goes_on(prev: str, line: str, strict: bool = False) -> bool:
    """Grammar or usage says `line` goes on with `prev`: it opens with a case no entry opens with (a
    compound by its head word), with a dash glued to a word (a range's second half), `prev` ends with
    an attribute, a year follows its month ("март" over "2024, июнь 2024"; not a line of a period
    alone, "февраль" over "2020-2022"), or a quoted
    name follows its organisation's abbreviation or a noun naming its kind ("методист МКУ" over
    "«Центр развития …»", "со стороны Фонда" over "«Талант и успех»"), or a dash standing alone opens
    the line after a month or a year (a range: "Февраль" over "– декабрь 2022 г."), or "г." after a
    year. `strict`: only
    what no entry's opening allows (not a capitalised oblique word, a title may open so; not a year
    standing alone, an entry of its own after a month; a year that goes on into a range or a list,
    "Октябрь" over "2021 г. – июль 2022 г.", is the month's)."""
    last, opening = prev.split()[-1], (line.split() or [""])[0]
    bare = opening.strip("«\"()").rstrip(",.;:»").split("-")[0]  # "Плана-графика": its head word
    if (oblique_opening(bare) and not (strict and bare[:1].isupper())) or (attribute_ending(last)
                                                                            and agrees(last, bare)):
        return True
    if opening[:1] in _DASHES and opening[1:2].isalnum():
        return True  # a range's second half: "Сентябрь 2021 г." over "-май 2022 г."
    month = last.rstrip(",.").lower() in _months()
    if opening and opening.strip("".join(_DASHES)) == "" and (month or _YEAR.match(last)):
        return True  # a dash alone after a month or a year: "Февраль" over "– декабрь 2022 г."
    if _YEAR.match(last) and opening.rstrip(",;") in ("г.", "гг."):
        return True  # a year's abbreviation: "2021" over "г." (no entry opens with it)
    if _YEAR.match(opening) and month and not _YEARS.match(line.strip()) \
            and not (strict and _LONE_YEAR.match(line.strip())):
        return True  # a month's year; a period of years standing alone is an entry of its own
    return opening[:1] in "«\"" and len(last) > 1 and last.isalpha() and (last.isupper() or _names_kind(last))
