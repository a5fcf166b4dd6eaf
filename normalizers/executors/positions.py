"""Position words of school and municipal roles, as text: grades ("5-9 кл." -> "5-9 классов"), deputies of the
director ("Зам. по ВР", "ЗДУВР"), contracted and abbreviated positions ("Завхоз", "Кл. рук."), the number a
position is written in, and a group's name in a case. Pure functions over words and the shared vocabulary
(glossaries/executor_cues.yaml); roles.py composes them into roles."""

from __future__ import annotations

import re
from functools import lru_cache

from normalizers.executors.classification import bare
from normalizers.executors.morphology import can_be, inflect_phrase, is_known, parses
from normalizers.executors.text import Item, as_ignorecase_reads
from normalizers.executors.vocabulary import cues, more_cues

_GRADES_RE = re.compile(r"(?P<numbers>\d+(?:\s*(?:[-–—,]|и\b)\s*\d+)*)\s*(?P<word>кл\b\.?|класс(?:а|ов|ы)?\b)",
                        re.IGNORECASE)
_DEPUTY_OF_WHOM_RE = re.compile(r"^(заместител[ьи])\s+(?=по\s)")
GRADE_WORDS = frozenset({"кл", "класс"})
# Case endings written after a grade's number ("9-х, 11-х классов"): part of the number.
_ORDINAL_ENDINGS = frozenset({"х", "ых", "ые", "й", "го", "м"})


def grade_number(words: list, k: int, start: int) -> bool:
    """Word k is a grade's number, the case ending glued to the number before it ("9-х"), or the "и" between
    two numbers ("9 и 11 классов")."""
    if words[k].is_number:
        return True
    if k == start or not (words[k - 1].is_number or words[k - 1].lower in _ORDINAL_ENDINGS):
        return False
    return words[k].lower in _ORDINAL_ENDINGS or (
        words[k].lower == "и" and k + 1 < len(words) and words[k + 1].is_number)


@lru_cache(maxsize=1)
def member_bodies() -> dict[str, str]:
    """Abbreviations of bodies whose members follow in the genitive ("ШМО учителей начальных классов").
    Built once; callers only read it."""
    return {str(k).lower(): str(v) for k, v in (more_cues().get("member_bodies") or {}).items()}


@lru_cache(maxsize=1)
def _deputy_acronym_cue() -> tuple[str, str, frozenset[str]]:
    """(prefix, expansion, areas) of the deputy_acronym entry of executor_cues.yaml, read once."""
    cue = more_cues().get("deputy_acronym") or {}
    prefix = str(cue.get("prefix", ""))
    return prefix, str(cue["expansion"]) if prefix else "", frozenset(str(a) for a in cue.get("areas") or [])


@lru_cache(maxsize=1)
def team_positions() -> frozenset[str]:
    return frozenset(str(w) for w in more_cues().get("team_positions") or [])


def deputy_acronym(word: Item) -> str | None:
    """"ЗДУВР" -> "заместитель директора по УВР", "ЗД" -> "заместитель директора"; None for other words."""
    prefix, expansion, areas = _deputy_acronym_cue()
    key = bare(word)
    if not word.is_abbreviation or not prefix or not key.startswith(prefix):
        return None
    area = key[len(prefix):]
    if not area:
        return expansion
    if area in areas:
        return f"{expansion} по {word.text[len(prefix):].upper()}"
    return None


def spell_contractions(text: str) -> str:
    """"Завхоз" -> "заведующий хозяйством", "Соцпедагог" -> "социальный педагог" (O67)."""
    contractions = more_cues().get("role_contractions") or {}

    def spell(match: re.Match) -> str:
        full = contractions.get(match.group().lower())
        return str(full) if full is not None else match.group()

    return re.sub(r"[А-Яа-яЁё]+", spell, text) if contractions else text


_CLASS_TEACHERS_RE = re.compile(r"кл\.?\s*рук\.?", re.IGNORECASE)


def class_teachers_abbreviated(text: str) -> str | None:
    """"Кл. рук.", "Кл.рук" -> "классные руководители" (O60: the class teachers as a group)."""
    return "классные руководители" if _CLASS_TEACHERS_RE.fullmatch(text.strip()) else None


def spell_grades(text: str) -> str:
    """"5-9 кл." -> "5-9 классов", "9 кл" -> "9 класса": a grade range takes the plural (O60)."""
    def spell(match: re.Match) -> str:
        numbers = match.group("numbers")
        word = match.group("word").lower().rstrip(".")
        if word == "кл":
            word = "классов" if re.search(r"[-–—,]|\bи\b", numbers) else "класса"  # a range or a list: many
        return f"{numbers} {word}"

    return _GRADES_RE.sub(spell, text) if "кл" in as_ignorecase_reads(text) else text  # both words hold "кл"


def deputy_of_the_director(text: str) -> str:
    """"Зам. по ВР" -> "заместитель директора по ВР": a deputy with no one named is the director's (O60)."""
    return _DEPUTY_OF_WHOM_RE.sub(r"\1 директора ", text) if text.startswith("заместител") else text


def governed_positions(text: str) -> str:
    """"заместитель директор по УВР" (from "Зам. дир.") -> "заместитель директора": a position right after
    another one is in the genitive."""
    words = text.split(" ")
    positions = cues().positions
    for k in range(1, len(words)):
        word, before = words[k], words[k - 1]
        if not word.isalpha() or not before.isalpha():
            continue
        if not any(p.normal_form in positions and p.tag.POS == "NOUN" for p in parses(before.lower())):
            continue  # "ответственный секретарь": an adjective governs no genitive
        if any(p.normal_form in positions for p in parses(word.lower())) and can_be(word.lower(), "NOUN", "nomn") \
                and not can_be(word.lower(), "NOUN", "gent"):
            words[k] = inflect_phrase(word, "gent")
    return " ".join(words)


def agreeing(adjective: str, following: re.Match | None) -> str:
    """"Ст. вожатая" -> "старшая вожатая": the adjective takes the gender of the word it qualifies."""
    if following is None:
        return adjective
    gender = next((p.tag.gender for p in parses(following.group().lower())
                   if p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "nomn" and p.tag.number == "sing"), None)
    if gender not in ("femn", "neut"):
        return adjective
    parse = next((p for p in parses(adjective) if p.tag.POS == "ADJF"), None)
    changed = parse.inflect({"nomn", "sing", gender}) if parse is not None else None
    return changed.word if changed is not None else adjective


def written_plural(word: Item) -> bool:
    """The word as written is a nominative plural ("директора", "руководители"), not a singular."""
    return not word.is_abbreviation and _written_plural(word.lower)


@lru_cache(maxsize=8192)
def _written_plural(lower: str) -> bool:
    variants = [p for p in parses(lower) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    return bool(variants) and any(p.tag.number == "plur" and p.tag.case == "nomn" for p in variants) \
        and not any(p.tag.number == "sing" and p.tag.case == "nomn" for p in variants)


@lru_cache(maxsize=8192)
def oblique_plural(word: str) -> bool:
    """A position written in a plural case other than the nominative ("руководителям", "заместителями",
    "педагогов-психологов"): a list of addressees, read as the nominative plural (the cell names a group). A
    position cut short ("Рук.", read by the dictionary as the genitive plural of "рука") is none."""
    if word in cues().role_abbreviations:
        return False
    variants = [p for p in parses(word.split("-")[0]) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    return bool(variants) and all(p.tag.case not in ("nomn", "accs") or p.tag.number == "plur" for p in variants) \
        and not any(p.tag.case == "nomn" for p in variants) and any(p.tag.number == "plur" for p in variants)


def written_plural_name(name: str) -> bool:
    last = name.split(" ")[-1].split("-")[-1].lower()
    return any(p.tag.number == "plur" and p.tag.case == "nomn" for p in parses(last)) and not any(
        p.tag.number == "sing" and p.tag.case == "nomn" for p in parses(last))


@lru_cache(maxsize=65536)
def inflect_group(name: str, case: str, number: str | None) -> str:
    """A group's name in a case: "городские методические объединения" -> "городских методических объединений".
    The adjectives before the head noun are read as adjectives even where a noun reading exists."""
    words = name.split(" ")
    head = next((k for k, w in enumerate(words) if w.isalpha() and can_be(w.lower(), "NOUN")
                 and not can_be(w.lower(), "ADJF")), None)
    if head is None or not all(can_be(w.lower(), "ADJF") for w in words[:head]):
        return inflect_phrase(name, case, number)
    noun = next((p for p in parses(words[head].lower()) if p.tag.POS == "NOUN" and p.tag.case == "nomn"), None)
    if noun is None:
        return inflect_phrase(name, case, number)
    target = number or noun.tag.number or "sing"
    changed = noun.inflect({case, target})
    if changed is None:
        return inflect_phrase(name, case, number)
    out = list(words)
    out[head] = changed.word
    grammemes = {case, target} | ({noun.tag.gender} if target == "sing" and noun.tag.gender else set())
    for k in range(head):
        adjective = next((p for p in parses(words[k].lower()) if p.tag.POS == "ADJF"), None)
        inflected = adjective.inflect(grammemes) if adjective is not None else None
        if inflected is None:
            return inflect_phrase(name, case, number)
        out[k] = inflected.word
    return " ".join(out)


def group_in_case(name: str, case: str, number: str | None = None) -> str:
    """A group's name as it follows a role ("педагоги дошкольных образовательных учреждений"): inflected,
    its first letter lowered unless it opens with an abbreviation or a quote."""
    inflected = inflect_group(name, case, number)
    first = inflected.split(" ", 1)[0]
    if first[:2].isupper() or first[:1] in "«\"":
        return inflected
    return inflected[:1].lower() + inflected[1:]


_SPACED_BREAK_RE = re.compile(r"(?<![А-Яа-яЁё])([а-яё]+)-[ \t]+([а-яё]+)(?![А-Яа-яЁё])", re.IGNORECASE)


def mend_spaced_breaks(text: str) -> str:
    """"Классные руко- водители" -> "Классные руководители": a word broken by a hyphen and a space (a line
    break of the source, O66) is joined when the whole is a word ("педагог- психолог" is not)."""
    def mend(match: re.Match) -> str:
        left, right = match.group(1), match.group(2)
        whole = left + right
        if is_known(whole.lower()):
            return whole
        return match.group()

    return _SPACED_BREAK_RE.sub(mend, text) if "- " in text or "-\t" in text else text


def names_a_team(word: Item) -> bool:
    """"коллектив", "администрация": a position word that names a team, held by nobody."""
    return bare(word) in team_positions()
