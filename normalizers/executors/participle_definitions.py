"""Definitions whose group is qualified by a participle with words of its own ("(далее – …)"):
- after its noun and a comma: "образовательных организаций, реализующих программы дошкольного образования (далее –
  ДОО)" defines the organisations the clause qualifies, not the last words before the parenthesis;
- before its noun: "подведомственных управлению образования муниципальных организаций (далее – ПМО)".
Each is put in the nominative part by part: the noun and its adjectives, the participle agreeing with the noun,
the participle's own words (its object, its complement) as written."""

from __future__ import annotations

import re

from normalizers.executors.morphology import inflect_phrase, parses

_MOST_CLAUSE_WORDS = 8  # the participle and its own words after the comma
_MOST_HEAD_WORDS = 4  # the noun and its adjectives before the comma
_WORD_RE = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


def _forms(word: str, parts: set[str]) -> set[tuple[str, str, str | None]]:
    """(case, number, gender of a singular) of the readings of `word` as one of `parts` of speech."""
    return {(p.tag.case, p.tag.number, p.tag.gender if p.tag.number == "sing" else None)
            for p in parses(word.lower()) if p.tag.POS in parts}


def _agreeing(word: str, noun: str, parts: set[str]) -> set[tuple[str, str, str | None]]:
    return _forms(word, parts) & _forms(noun, {"NOUN"})


def _head_phrase(words: list[str], end: int) -> int | None:
    """Start of the noun words[end - 1] and its agreeing adjectives, or None when words[end - 1] is no noun."""
    if end < 1 or not _forms(words[end - 1], {"NOUN"}) or not words[end - 1].islower():
        return None
    start = end - 1
    while start > max(0, end - _MOST_HEAD_WORDS) and words[start - 1].islower() \
            and _agreeing(words[start - 1], words[end - 1], {"ADJF", "PRTF"}):
        start -= 1
    return start


def _qualifier(words: list[str], noun: str) -> str | None:
    """The number a participle (or an adjective with words of its own: "подведомственных управлению") at words[0]
    shares with `noun`, when the next word is its own (it does not agree with the noun), else None."""
    shared = _agreeing(words[0], noun, {"PRTF", "ADJF"})
    if not shared or len(words) < 2 or _agreeing(words[1], noun, {"ADJF", "PRTF"}) \
            or (_agreeing(words[0], words[1], {"PRTF", "ADJF"}) & shared  # "… системе": the next noun's own
                and not _preposition(words[1])):  # "находящиеся в ведении …": "в" read as a noun too
        return None
    return sorted(number for _, number, _ in shared)[0]


def _in_nominative(participle: str, head: list[str], number: str) -> tuple[str, str]:
    """(the participle, the head phrase) in the nominative, in the number they share as written."""
    agreed = inflect_phrase(f"{participle} {head[-1]}", "nomn", number).split(" ")[0]
    return agreed, inflect_phrase(" ".join(head), "nomn", number)


def clause_definition(before: str) -> str | None:
    """"… организаций, реализующих программы … (далее – X)": the group and its clause, in the nominative."""
    comma = before.rfind(",")
    if comma < 0:
        return None
    clause = before[comma + 1:].split()
    if not clause or len(clause) > _MOST_CLAUSE_WORDS or not all(_WORD_RE.fullmatch(w) for w in clause):
        return None
    head_words = [m.group() for m in _WORD_RE.finditer(before[:comma][-200:])]
    if not before[:comma].rstrip()[-1:].isalpha():
        return None
    capital = head_words[-1].istitle() and _opens_a_sentence(before[:comma].rstrip()[:-len(head_words[-1])])
    if capital:
        head_words[-1] = head_words[-1].lower()  # "Учреждения, подведомственные …": a capital for the sentence alone
    start = _head_phrase(head_words, len(head_words))
    number = _qualifier(clause, head_words[-1]) if start is not None else None
    if number is None:
        return None
    participle, head = _in_nominative(clause[0], head_words[start:], number)
    if capital and number == "sing":
        head = head[:1].upper() + head[1:]  # "Департамент, осуществляющий …": one body keeps its capital
    return f"{head}, {participle} {' '.join(clause[1:])}"


def _preposition(word: str) -> bool:
    variants = parses(word.lower())
    return bool(variants) and variants[0].tag.POS == "PREP"


def _opens_a_sentence(before: str) -> bool:
    """Nothing but the end of a sentence or a heading stands before (the text's start, ".", ";", ":", a line break)."""
    last = before.rstrip(" \t")[-1:]
    return last in ("", "\n", ".", ";", ":")


def preposed_participle(phrase: str) -> str | None:
    """"подведомственных управлению образования муниципальных организаций": the participle agrees with the last
    noun, its own words between stay as written; None for any other phrase."""
    words = phrase.split()
    if len(words) < 3 or not all(_WORD_RE.fullmatch(w) and w.islower() for w in words):
        return None
    start = _head_phrase(words, len(words))
    number = _qualifier(words[:start], words[-1]) if start is not None and start >= 2 else None
    if number is None:
        return None
    participle, head = _in_nominative(words[0], words[start:], number)
    return f"{participle} {' '.join(words[1:start])} {head}"
