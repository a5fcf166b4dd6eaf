"""A role's name as written made whole: abbreviated posts spelt out ("Соц. педагог" -> "социальный педагог"),
a spaced-dash compound post joined ("Преподаватель – организатор ОБЖ"), the deputy, the grades and the area of
work spelt out. Split from roles.py, which finds where a role starts and ends."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.classification import position_of
from normalizers.executors.genitive_areas import spell_genitive_area
from normalizers.executors.morphology import can_be, inflect_phrase, parses
from normalizers.executors.positions import agreeing, deputy_of_the_director, spell_grades
from normalizers.executors.subject_acronyms import spell_subject_acronyms
from normalizers.executors.text import items, tidy
from normalizers.executors.vocabulary import cues, more_cues

_NEXT_WORD_RE = re.compile(r"[А-Яа-яЁё]+")
_CLIPPED_RE = re.compile(r"(?<![А-Яа-яЁё])([А-Яа-яЁё]{2,6})\.?(?=\s|$|,)")
_ABBREVIATED_RE = re.compile(r"(?<![А-Яа-яЁё])([А-Яа-яЁё]{2,5})\.\s*(-?)\s*")
# Two words joined by a dash with spaces around it ("Преподаватель – организатор ОБЖ", "педагог - психолог")
_SPACED_COMPOUND_RE = re.compile(r"([А-Яа-яЁё]+)\s+[-–—]\s+([а-яё]+)")


def finished_role_name(name: str) -> str:
    """The composed name of a role with its compound post, deputy, grades and area of work spelt out."""
    name = spell_grades(deputy_of_the_director(compound_positions(name)))
    return spell_subject_acronyms(spell_genitive_area(tidy(spell_clipped_words(name))))


def _plural_only(word: str) -> bool:
    return can_be(word, "NOUN", "nomn") and not any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing" for p in parses(word))






def expand_role_abbreviations(text: str, abbreviations: dict[str, str]) -> str:
    """"Соц. педагог" -> "социальный педагог", "Пед.-организатор" -> "педагог-организатор"."""
    if "." not in text:
        return text

    governor_end = [-1]  # where the last abbreviated post that governs the next one ends ("Зам. зав.")

    def expand(match: re.Match) -> str:
        full = abbreviations.get(match.group(1).lower())
        if full is None:
            return match.group()
        if "|" in full:  # an adjective agrees in number with the word it qualifies
            singular, plural = full.split("|")[:2]  # a third form, the post ("глава"): roles._position_text
            following = _NEXT_WORD_RE.match(text, match.end())
            full = plural if following and _plural_only(following.group().lower()) else agreeing(singular, following)
        elif match.start() == governor_end[0]:
            full = inflect_phrase(full, "gent")  # "Зам. зав. по ВМР": заместитель заведующего
        governs = " " not in full and full in cues().positions and not match.group(2)
        governor_end[0] = match.end() if governs else -1
        return full + ("-" if match.group(2) else " ")

    return _ABBREVIATED_RE.sub(expand, text).strip()


def spell_clipped_words(name: str) -> str:
    """"глава админ." -> "глава администрации": words of a role clipped with a dot, spelt out (executor_cues)."""
    clipped, openings = _clipped_role_words()
    for opening in openings:  # most names hold none: a substring test per distinct opening
        if opening in name:
            return _CLIPPED_RE.sub(lambda m: clipped.get(m.group(1).lower(), m.group()), name)
    return name


@lru_cache(maxsize=1)
def _clipped_role_words() -> tuple[dict[str, str], tuple[str, ...]]:
    clipped = {str(k): str(v) for k, v in (more_cues().get("clipped_role_words") or {}).items()}
    return clipped, tuple(sorted({word[:3] for word in clipped}))


def compound_positions(name: str) -> str:
    """The name with a teaching position and another joined by a spaced dash written as one compound."""
    if " – " in name or " - " in name or " — " in name:
        return _SPACED_COMPOUND_RE.sub(_compound, name)
    return name


def _compound(match: re.Match) -> str:
    """A teaching position and another joined by a spaced dash are one compound position, written with a hyphen
    as in the dictionary ("преподаватель-организатор", "учитель-логопед"); other dashes stay ("руководитель –
    директор школы" is an apposition)."""
    left, right = items(match.group(1)), items(match.group(2))
    if left and right and left[0].key in (more_cues().get("teaching_positions") or ()) \
            and position_of(right[0]) is not None:
        return f"{match.group(1)}-{match.group(2)}"
    return match.group(0)
