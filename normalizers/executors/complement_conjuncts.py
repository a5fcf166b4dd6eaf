""""Комитет по взаимодействию с органами федеральной власти и органами местного самоуправления": the words after
"и" go on with the complement a preposition opened inside the name ("с органами … и органами …", "по культуре и
туризму"), in the case that preposition governs and in no nominative, so they are part of that one name and no
executor of their own, whatever a glossary knows of them ("органы местного самоуправления", "… с общественностью
и СМИ"). Likewise the action of running something after "и" ("Комитет экономического развития и управления
имуществом"): "управления" with an instrumental object is the committee's second field, not an office ("Управление
…" takes a genitive or "по")."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.morphology import can_be, can_be_nominative, parses
from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues

_WITH = frozenset({"с", "со"})


def continues_a_complement(words: list[Item], i: int, k: int, prepositions: dict[str, str]) -> bool:
    """Whether words[k + 1], after the "и" at k, is a further object of a preposition in words[i + 1:k], or of the
    relative clause the "и" stands in."""
    if _in_a_relative_clause(words, i, k):
        return True  # "органы, в ведении которых находятся школы и колледжи": the clause's "и", one body
    right = words[k + 1]
    if right.is_abbreviation:
        return _partner_of_a_field(words, i, k)
    if right.is_number:
        return False
    lower = right.lower
    if _action_with_an_object(words, k + 1):
        return True
    if can_be_nominative(lower):
        return False
    for m in range(k - 1, i, -1):
        case = prepositions.get(words[m].lower)
        if case is not None and not words[m].is_abbreviation:
            if words[m].lower in _WITH and _ends_a_name(words[m - 1].lower):
                return False  # "Отдел образования с отделом культуры и отделом спорта": partners (with_partners.py)
            return can_be(lower, "NOUN", case) or can_be(lower, "ADJF", case) or _genitive_conjunct(words, m, k, case)
    return False


def _genitive_conjunct(words: list[Item], m: int, k: int, case: str) -> bool:
    """"Департамент по делам казачества и кадетских учебных заведений": after the preposition at m, its object and a
    genitive phrase that depends on it, the "и" at k joins a further genitive to that phrase, in no nominative (checked
    before), so the fields of one name go on."""
    if k - m < 3 or not can_be(words[m + 1].lower, "NOUN", case):
        return False
    if not all(_lower_genitive(word) for word in words[m + 2:k]):
        return False
    right = words[k + 1]
    return can_be(right.lower, "NOUN", "gent") or can_be(right.lower, "ADJF", "gent")


def _lower_genitive(word: Item) -> bool:
    return not (word.capitalised or word.is_abbreviation or word.is_number) and (
        can_be(word.lower, "NOUN", "gent") or can_be(word.lower, "ADJF", "gent"))


def _in_a_relative_clause(words: list[Item], i: int, k: int) -> bool:
    """A relative pronoun ("которых", `relative_pronouns`) between the name's start and the "и" at k."""
    relatives = _cue_lemmas("relative_pronouns")
    return any(words[m].key in relatives for m in range(i + 1, k))


@lru_cache(maxsize=1)
def _cue_lemmas(key: str) -> frozenset[str]:
    return frozenset(map(str, more_cues().get(key) or ()))


def takes_partners(lower: str) -> bool:
    """A noun of joint action ("взаимодействия", "сотрудничества"): the "с" after it opens its own complement,
    no partner body (executor_cues.yaml, partner_governing_nouns)."""
    return any(p.tag.POS == "NOUN" and p.normal_form in _cue_lemmas("partner_governing_nouns") for p in parses(lower))


def _ends_a_name(lower: str) -> bool:
    """A word a name may end with before "с" its partners: one that can be nominative or genitive ("образования"),
    not the dative of "по взаимодействию с …", "по работе с …", nor a noun of joint action."""
    return not takes_partners(lower) and any(p.tag.case in ("nomn", "gent") for p in parses(lower))


def _action_with_an_object(words: list[Item], at: int) -> bool:
    """words[at] a lower-case "управления" or "руководства" (a genitive after a genitive field) whose first noun
    after it is an instrumental and no genitive: the action of running that object."""
    word = words[at]
    if word.capitalised or word.is_abbreviation or at + 1 >= len(words):
        return False
    if not can_be(words[at - 2].lower, "NOUN", "gent"):  # words[at - 1] is the "и"
        return False
    if not any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.normal_form in _cue_lemmas("instrumental_actions")
               for p in parses(word.lower)):
        return False
    for after in words[at + 1:at + 4]:
        if after.is_abbreviation or after.capitalised or after.is_number:
            return False
        if can_be(after.lower, "NOUN"):
            return can_be(after.lower, "NOUN", "ablt") and not can_be(after.lower, "NOUN", "gent")
    return False


def _partner_of_a_field(words: list[Item], i: int, k: int) -> bool:
    """"Управление по связям с общественностью и СМИ": initials after "и" that closes an instrumental object of
    "с" inside a field ("по связям с …", "по работе с …") are a further partner of that field, whatever a glossary
    knows of them; after a name ("Отдел образования с ЦЗН и КДН") they are partners of the body (with_partners.py)."""
    if words[k - 1].is_abbreviation or not can_be(words[k - 1].lower, "NOUN", "ablt"):
        return False
    m = k - 2
    return i < m and words[m].lower in _WITH and m - 1 > i and not _ends_a_name(words[m - 1].lower) \
        and any(words[n].lower == "по" for n in range(i + 1, m - 1))
