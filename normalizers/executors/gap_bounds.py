"""Where a stretch of words no glossary knows splits or stops being a name.

Five signs read the words around one position: a preposition opening words on how the work is done ("по
разнарядке …"; "по" and any word before a body written as initials: "по заявке МОиН"), two abbreviations
joined by "и" inside one complement ("по делам ГО и ЧС"), an abbreviation that names a body of its own
after a complete name ("Отдел образования ИМЦ"), and two such abbreviations side by side ("ЦДТ ДЮСШ"); and a glued
ministry's region in initials that also spell a legal form ("Минобрнауки АО"), which opens no body.
"""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors.abbreviated_bodies import abbreviated_body
from normalizers.executors.classification import classify
from normalizers.executors.glued_ministries import glued_ministry
from normalizers.executors.hyphen_modifiers import modifier_end
from normalizers.executors.morphology import can_be, is_adjective
from normalizers.executors.name_tails import closes_a_list
from normalizers.executors.text import Item, items
from normalizers.executors.vocabulary import cues, more_cues

# Kinds of an abbreviation that names a body by itself, not the complement of the name before it.
_BODIES_OF_THEIR_OWN = frozenset({"methodical_service", "other", "school", "schools", "preschools"})


def extra_phrase_at(words: list[Item], i: int, j: int) -> int | None:
    """Where words about how or why the work is done begin in words[i:j] ("по разнарядке …", "в рамках …"):
    a preposition and one of extra_phrase_heads, with words before it that can name an executor."""
    vocab = cues()
    for k in range(i + 1, j - 1):
        opener = words[k].lower in vocab.prepositions or words[k].lower in vocab.deadline_openers  # "согласно"
        if opener and not words[k + 1].is_abbreviation \
                and (words[k + 1].key in vocab.extra_phrase_heads or words[k + 1].is_number):  # "в 2020-2021 гг."
            return k
        if _by_word_of_a_body(words, k, j):
            return k
    return _list_closed_at(words, i, j)


_CLOSER_WORDS = 3  # "и т. д.", "и другие", "и пр."


def _list_closed_at(words: list[Item], i: int, j: int) -> int | None:
    """Where "и др.", "и другие", "и т.д." close the words of a name no glossary knows ("школы и др."): the
    closer names nobody (as after a known name, name_tails.closes_a_list)."""
    for k in range(max(i + 1, j - _CLOSER_WORDS), j - 1):
        if closes_a_list(words, k) and all(len(word.lower) == 1 for word in words[k + 2:j]):
            return k  # "и др.", "и т. д."; not "и другие организации", which names more bodies
    return None


def _by_word_of_a_body(words: list[Item], k: int, j: int) -> bool:
    """"… по заявке МОиН", "… по разнарядке МОНиМП НО": "по", one lower-case word, then an executive body
    written as initials (two fields at least, so "МО" is never read so): the body whose request or quota the
    work follows, whatever the noun, and the noun may be one no list holds or one misspelt."""
    if words[k].lower != "по" or k + 2 >= j:
        return False
    noun, body = words[k + 1], words[k + 2]
    return not (noun.is_abbreviation or noun.capitalised or noun.is_number) and body.is_abbreviation \
        and abbreviated_body([body]) is not None


def paired_abbreviations(words: list[Item], k: int, j: int, match) -> bool:
    """"Отдел по делам ГО и ЧС": an abbreviation no rule knows, after "и" (words[k]) and after another
    abbreviation, and last or followed by lower-case words that depend on it ("… ГО и ЧС администрации района"),
    completes the complement before it rather than naming an executor. `match(k)` is the glossary's match at k."""
    if k + 2 > j or not words[k - 1].is_abbreviation or not words[k + 1].is_abbreviation:
        return False
    if k + 2 < j and (words[k + 2].capitalised or words[k + 2].is_abbreviation or words[k + 2].is_number) \
            and not _names_a_region(words, k + 2) and bare_key(words[k + 2]) not in cues().public_forms \
            and words[k + 2].lower not in more_cues()["owner_heads"]:
        return False  # "… ГО и ЧС Республики Коми" ("… Администрации района"): whose the whole name is; "… МКУ …" next
    if match(k + 1) is not None:
        return False
    kind = classify([words[k + 1]])
    return kind is None or not kind[1]


_REGION_ADJECTIVES = 2  # "Нижегородской области", "Кабардино-Балкарской Республики"


def _names_a_region(words: list[Item], start: int) -> bool:
    """Whether the words from `start` name a region or the federation: a region noun ("Республики Коми"), perhaps
    after its capitalised adjectives ("Нижегородской области")."""
    vocab = cues()
    for word in words[start:start + _REGION_ADJECTIVES + 1]:
        if word.is_abbreviation:
            return False
        if word.bare in vocab.regional_markers or word.bare in vocab.federal_markers:
            return True
        if not (word.capitalised and is_adjective(word.lower)):
            return False
    return False


def body_after_a_complete_name(words: list[Item], k: int) -> bool:
    """"Отдел образования ИМЦ", "Отдел культуры ДДТ": an abbreviation that names a methodical, school or
    additional-education body by itself, after a head noun and its genitive, opens the next executor.
    Federal bodies and authorities are left alone: "Отдел полиции МВД", "Управление ФСКН" are theirs."""
    before = words[k - 1]
    if k < 2 or before.capitalised or before.is_abbreviation or not can_be(before.lower, "NOUN", "gent"):
        return False
    return _names_a_body_of_its_own(words[k].text)


def after_a_body_of_its_own(words: list[Item], k: int) -> bool:
    """"ЦДТ ДЮСШ", "ИМЦ ДДТ": an abbreviation that names a methodical, school or additional-education body by
    itself, right after another such abbreviation, opens the next executor: neither is the other's complement.
    Abbreviations whose kind is only a guess ("БПК БР") stay together."""
    before = words[k - 1]
    return before.is_abbreviation and words[k].is_abbreviation \
        and _names_a_body_of_its_own(words[k].text) and _names_a_body_of_its_own(before.text)


@lru_cache(maxsize=4096)
def _names_a_body_of_its_own(text: str) -> bool:
    """Whether one abbreviation names a methodical, school or additional-education body by itself (kept per
    word: the pass asks about the same abbreviations cell after cell)."""
    kind = classify(items(text))
    return kind is not None and kind[1] and kind[0] in _BODIES_OF_THEIR_OWN


def kind_after_place_adjectives(words: list[Item], keys: list[str], glossary, i: int, j: int,
                                match=None) -> str | None:
    """"Кимовская ЦРБ", "Районный ЦЗН", "Сельская б-ка": adjectives of a place before a body a glossary knows (or
    `match(k)`, the segment's known name at word k, reads) name that body (its kind, the name as written); None
    when words[i:j] is not read so."""
    k = modifier_end(words, i, j, is_adjective) if words[i].capitalised else None
    if k is None:  # "Жилищно-коммунальные предприятия": a compound adjective is one (hyphen_modifiers.py)
        return None
    while k < j and (end := modifier_end(words, k, j, is_adjective)) is not None:
        k = end
    found = (glossary.longest_match(keys, k) if match is None else match(k)) if k < j else None
    if found is None or found[1] != j or found[0].kind not in cues().body_kinds:
        return None
    return found[0].kind


_TERRITORY_WORDS = 3  # "по Вымышленскому муниципальному району", "в г. Северске"


def after_a_part_of_it(words: list[Item], k: int) -> bool:
    """A part of a body named before words[k], with its number or the territory it serves ("ПСЧ-45 ФГКУ …",
    "Филиал по N-скому району ФКУ УИИ …", "Отделение в г. N УФСБ …"): the body words[k] opens is the part's own."""
    vocab = cues()
    j = k - 1
    while j > 0 and words[j].is_number:
        j -= 1
    if bare_key(words[j]) in vocab.part_heads:
        return True
    for p in range(j, max(j - _TERRITORY_WORDS, 0) - 1, -1):
        if words[p].lower in ("по", "в") and p > 0:
            return bare_key(words[p - 1]) in vocab.part_heads \
                and not any(w.is_abbreviation for w in words[p + 1:k])
    return False


def part_of_a_body_after(words: list[Item], end: int) -> bool:
    """After a known part's name ending at `end`, its number and then a legal form: the body the part belongs to.
    So is a numbered unit in letters with no comma between ("ПСЧ 8 ПСО ФПС …": the station of the 8th detachment;
    the larger unit's number comes first, as the station's own did)."""
    numbered = end
    while end < len(words) and words[end].is_number:
        end += 1
    if end >= len(words) or not words[end].is_abbreviation:
        return False
    return bare_key(words[end]) in cues().public_forms or end > numbered and words[end].text.isupper()


def bare_key(word: Item) -> str:
    return word.key[1:] if word.is_abbreviation else word.key


def closes_a_ministry(words: list[Item], k: int) -> bool:
    """"Минобрнауки АО": initials that close the segment right after a glued ministry name its region, though the
    letters also spell a legal form ("АО", a joint-stock company); a legal form with nothing named after it opens
    no body of its own."""
    return 0 < k == len(words) - 1 and words[k].is_abbreviation and glued_ministry(words[k - 1:]) is not None
